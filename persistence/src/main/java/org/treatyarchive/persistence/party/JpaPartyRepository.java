package org.treatyarchive.persistence.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.persistence.agreement.AgreementUsage;
import org.treatyarchive.shared.Usage;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPartyRepository implements PartyRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<Party> findByCode(String code) {
        return em.createQuery("select p from Party p where p.code = :code", Party.class)
                .setParameter("code", code == null ? null : code.strip().toUpperCase())
                .getResultStream().findFirst();
    }

    @Override
    public List<Party> findAllOrderedByName() {
        return em.createQuery("select p from Party p order by p.name", Party.class).getResultList();
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
        return em.createQuery("select p from Party p left join fetch p.predecessor order by p.name, p.id", Party.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Party p", Long.class).getSingleResult();
    }

    @Override
    public List<Party> successorsOf(Party party) {
        return em.createQuery("select p from Party p where p.predecessor = :party order by p.name", Party.class)
                .setParameter("party", party).getResultList();
    }

    @Override
    public Usage usage(Party party) {
        List<String> successors = successorsOf(party).stream().map(successor -> "is the predecessor of " + successor.getName()).toList();
        return AgreementUsage.of(em, "from Agreement a join a.participations p where p.party = :used", party, successors);
    }

    @Override
    public void add(Party party) {
        em.persist(party);
    }

    @Override
    public void remove(Party party) {
        em.remove(party);
    }
}
