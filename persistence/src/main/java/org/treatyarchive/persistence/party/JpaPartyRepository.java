package org.treatyarchive.persistence.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.persistence.agreement.AgreementUsage;
import org.treatyarchive.persistence.config.TransactionResources;
import org.treatyarchive.persistence.shared.JpaRecords;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.Usage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPartyRepository extends JpaRecords<Party> implements PartyRepository {

    @Inject
    TransactionResources transaction;

    public JpaPartyRepository() {
        super(Party.class);
    }

    @Override
    public Optional<Party> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase();
        // A code met before in this transaction is answered from the session, without a query: an import's
        // chunk names the same few parties in every row, twice (checking the row, then writing it). Codes never change.
        PartyCodesSeen codesSeen = transaction.get(PartyCodesSeen.class, PartyCodesSeen::new, seen -> { });
        Long known = codesSeen.get(wanted);
        Party party = known == null ? null : em.find(Party.class, known);
        if (party != null) {
            return Optional.of(party);
        }
        Optional<Party> found = findOne("select p from Party p where p.code = :code", "code", wanted);
        found.ifPresent(seen -> codesSeen.put(wanted, seen.getId()));
        return found;
    }

    @Override
    public List<Party> findAllOrderedByName() {
        return list("select p from Party p order by p.name");
    }

    @Override
    public List<Party> search(String text, int limit) {
        String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select p from Party p where lower(p.name) like :pattern escape '\\' or lower(p.code) like :pattern escape '\\' "
                        + "or exists (select 1 from Party q join q.names n where q = p and lower(n.text) like :pattern escape '\\') "
                        + "order by p.name", Party.class)
                .setParameter("pattern", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Party> page(int first, int size) {
        return page("select p from Party p left join fetch p.predecessor order by p.name, p.id", first, size);
    }

    @Override
    public Map<String, String> namesIn(String language) {
        String wanted = language.split("[-_]")[0];
        Map<String, String> names = new HashMap<>();
        em.createQuery("select p.code, n.language, n.text from Party p join p.names n where n.language = :language or n.language like :variant "
                        + "order by n.language desc", Object[].class)
                .setParameter("language", wanted).setParameter("variant", wanted + "-%")
                .getResultList()
                // The plain tag sorts after its variants ("kk" after "kk-Latn"), so it is the one kept.
                .forEach(row -> names.put((String) row[0], (String) row[2]));
        return names;
    }

    @Override
    public List<Party> successorsOf(Party party) {
        return em.createQuery("select p from Party p where p.predecessor = :party order by p.name", Party.class)
                .setParameter("party", party).getResultList();
    }

    @Override
    public Usage usage(Party party) {
        List<Phrase> successors = successorsOf(party).stream().map(successor -> Phrase.of("usage.predecessorOf", successor.getName())).toList();
        return AgreementUsage.of(em, "from Agreement a join a.participations p where p.party = :used", party, successors);
    }
}
