package org.treatyarchive.persistence.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;

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
    public void add(Party party) {
        em.persist(party);
    }
}
