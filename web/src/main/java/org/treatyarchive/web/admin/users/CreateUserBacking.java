package org.treatyarchive.web.admin.users;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.UserAdministration;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;
import java.util.Map;

/** Backs {@code admin/users/create.xhtml}. */
@Named
@RequestScoped
public class CreateUserBacking {

    private static final Map<String, String> FIELDS = Map.of("username", "user:username", "displayName", "user:displayName",
            "email", "user:email", "password", "user:password", "roles", "user:roles");

    @Inject
    UserAdministration accounts;

    private final UserForm form = new UserForm(Role.READER);
    private String username;
    private String password;

    public void create() throws IOException {
        try {
            accounts.createUser(username, form.getDisplayName(), form.getEmail(), form.roleSet(), form.getClearance(),
                    password == null ? new char[0] : password.toCharArray());
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, FIELDS);
            return;
        }
        Messages.doneAfterRedirect("User " + username.strip().toLowerCase() + " created; they must change the password at their first sign-in.");
        Pages.redirect("/admin/users/list.xhtml");
    }

    public UserForm getForm() {
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
