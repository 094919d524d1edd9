package org.treatyarchive.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a piece of reference data is used: how many agreements and a few of their references, so a
 * refused deletion can say where to look.
 *
 * @param agreements how many agreements use it
 * @param examples   the references of some of them
 * @param others     other uses in words ("the predecessor of Russian Federation"), possibly empty
 */
public record Usage(long agreements, List<String> examples, List<String> others) {

    public static final int EXAMPLES = 5;

    public boolean isUnused() {
        return agreements == 0 && others.isEmpty();
    }

    /**
     * Refuses a deletion when the record is in use.
     *
     * @param what   the record as people name it ("The party Kazakhstan")
     * @param usedAs how agreements use it ("is party to", "is the subject of")
     */
    public void refuseDeletionIfUsed(String what, String usedAs) {
        if (isUnused()) {
            return;
        }
        StringBuilder message = new StringBuilder(what).append(" cannot be deleted: it ");
        List<String> uses = new ArrayList<>();
        if (agreements > 0) {
            uses.add(usedAs + " " + agreements + (agreements == 1 ? " agreement (" : " agreements (")
                    + String.join(", ", examples) + (agreements > examples.size() ? ", …" : "") + ")");
        }
        uses.addAll(others);
        message.append(String.join(" and ", uses)).append(". Change those records first.");
        throw new InvalidRecordException("delete", message.toString());
    }
}
