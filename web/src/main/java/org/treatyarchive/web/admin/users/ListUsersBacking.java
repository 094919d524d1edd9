package org.treatyarchive.web.admin.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.treatyarchive.user.UserAccount;
import org.treatyarchive.user.UserAdministration;
import org.treatyarchive.web.shared.PagedModel;

import java.io.Serializable;
import java.time.Instant;

/** Backs {@code admin/users/list.xhtml}: the accounts, a page at a time. */
@Named
@ViewScoped
public class ListUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration accounts;

    private LazyDataModel<UserAccount> users;

    public LazyDataModel<UserAccount> getUsers() {
        if (users == null) {
            users = new PagedModel<>((first, size) -> accounts.listUsers(first, size), UserAccount::getUsername);
        }
        return users;
    }

    public boolean isLocked(UserAccount user) {
        return user.isLocked(Instant.now());
    }
}
