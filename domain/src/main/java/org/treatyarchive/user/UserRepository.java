package org.treatyarchive.user;

import java.util.List;
import java.util.Optional;

/** User accounts. */
public interface UserRepository {

    Optional<UserAccount> findByUsername(String username);

    /** One page of accounts ordered by user name. */
    List<UserAccount> list(int firstRow, int size);

    long count();

    /** Enabled accounts that hold the administrator role. */
    long countEnabledAdministrators();

    void add(UserAccount user);
}
