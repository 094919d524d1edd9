package org.treatyarchive.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.treatyarchive.user.LockoutPolicy;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.UserAccount;
import org.treatyarchive.user.UserRepository;

import java.time.Instant;
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

    @Override
    public int recordFailedSignIn(long id, Instant now, LockoutPolicy policy) {
        em.createQuery("update UserAccount u set u.failedLogins = 0, u.lockedUntil = null "
                        + "where u.id = :id and u.lockedUntil is not null and u.lockedUntil <= :now")
                .setParameter("id", id).setParameter("now", now).executeUpdate();
        em.createQuery("update UserAccount u set u.failedLogins = u.failedLogins + 1 where u.id = :id")
                .setParameter("id", id).executeUpdate();
        em.createQuery("update UserAccount u set u.lockedUntil = :until where u.id = :id and u.failedLogins >= :max and u.lockedUntil is null")
                .setParameter("id", id).setParameter("until", now.plus(policy.lockFor())).setParameter("max", policy.maxFailures())
                .executeUpdate();
        return em.createQuery("select u.failedLogins from UserAccount u where u.id = :id", Integer.class)
                .setParameter("id", id).getSingleResult();
    }

    @Override
    public void recordSignIn(long id, Instant now) {
        // A lock that parallel failures set while this sign-in was being checked stays.
        em.createQuery("update UserAccount u set u.failedLogins = 0, u.lockedUntil = null, u.lastLoginAt = :now "
                        + "where u.id = :id and (u.lockedUntil is null or u.lockedUntil <= :now)")
                .setParameter("id", id).setParameter("now", now).executeUpdate();
    }
}
