package org.treatyarchive.persistence.agreement;

import jakarta.persistence.EntityManager;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.Usage;

import java.util.List;

/** Counts the agreements that use a piece of reference data, with a few of their references. */
public final class AgreementUsage {

    private AgreementUsage() {
    }

    /**
     * @param from   a JPQL {@code from ... where ...} clause over {@code Agreement a} with a parameter {@code :used}
     * @param others the record's other uses in words
     */
    public static Usage of(EntityManager em, String from, Object used, List<Phrase> others) {
        long count = em.createQuery("select count(distinct a.id) " + from, Long.class)
                .setParameter("used", used).getSingleResult();
        List<String> examples = count == 0 ? List.of() : em.createQuery("select distinct a.reference " + from + " order by a.reference", String.class)
                .setParameter("used", used).setMaxResults(Usage.EXAMPLES).getResultList();
        return new Usage(count, examples, others);
    }
}
