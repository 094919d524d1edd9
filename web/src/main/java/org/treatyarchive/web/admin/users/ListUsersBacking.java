package org.treatyarchive.web.admin.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.user.UserAccount;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Backs {@code admin/users/list.xhtml}: the accounts, a page at a time. */
@Named
@ViewScoped
public class ListUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private LazyDataModel<UserAccount> users;

    public LazyDataModel<UserAccount> getUsers() {
        if (users == null) {
            users = new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filterBy) {
                    return (int) accounts.listUsers(0, 1).total();
                }

                @Override
                public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                    return accounts.listUsers(first, pageSize).items();
                }

                @Override
                public String getRowKey(UserAccount user) {
                    return user.getUsername();
                }
            };
        }
        return users;
    }

    public boolean isLocked(UserAccount user) {
        return user.isLocked(Instant.now());
    }
}
