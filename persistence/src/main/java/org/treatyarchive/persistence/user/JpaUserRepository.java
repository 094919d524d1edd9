package org.treatyarchive.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.UserAccount;
import org.treatyarchive.user.UserRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> list(int firstRow, int size) {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .setFirstResult(firstRow)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public long countEnabledAdministrators() {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where u.enabled = true and r = :role", Long.class)
                .setParameter("role", Role.ADMINISTRATOR)
                .getSingleResult();
    }

    @Override
    public void add(UserAccount user) {
        em.persist(user);
    }
}
