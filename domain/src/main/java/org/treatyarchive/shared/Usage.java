package org.treatyarchive.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a piece of reference data is used: how many agreements and a few of their references, so a
 * refused deletion can say where to look.
 *
 * @param agreements how many agreements use it
 * @param examples   the references of some of them
 * @param others     other uses as phrases ("is the predecessor of Russian Federation"), possibly empty
 */
public record Usage(long agreements, List<String> examples, List<Phrase> others) {

    public static final int EXAMPLES = 5;

    public boolean isUnused() {
        return agreements == 0 && others.isEmpty();
    }

    /**
     * Refuses a deletion when the record is in use.
     *
     * @param what   the record as people name it ("The party Kazakhstan")
     * @param usedAs how agreements use it, as the key of a phrase with a {@code .one} and a {@code .many} form
     *               taking the count and the examples ({@code usage.partyTo}: "is party to 3 agreements (…)")
     */
    public void refuseDeletionIfUsed(Phrase what, String usedAs) {
        if (isUnused()) {
            return;
        }
        List<Phrase> uses = new ArrayList<>();
        if (agreements > 0) {
            String listed = String.join(", ", examples) + (agreements > examples.size() ? ", …" : "");
            uses.add(Phrase.of(usedAs + (agreements == 1 ? ".one" : ".many"), agreements, listed));
        }
        uses.addAll(others);
        // "A and B and C": each use is a clause of its own, joined as the language joins clauses.
        Phrase joined = uses.get(0);
        for (Phrase next : uses.subList(1, uses.size())) {
            joined = Phrase.of("usage.and", joined, next);
        }
        throw new InvalidRecordException("delete", Phrase.of("usage.refused", what, joined));
    }
}
