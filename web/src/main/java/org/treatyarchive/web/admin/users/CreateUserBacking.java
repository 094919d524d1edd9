package org.treatyarchive.web.admin.users;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.user.Role;
import org.treatyarchive.web.shared.Messages;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;

/** Backs {@code admin/users/create.xhtml}. */
@Named
@RequestScoped
public class CreateUserBacking {

    static final Map<String, String> FIELDS = Map.of("username", "user:username", "displayName", "user:displayName",
            "email", "user:email", "password", "user:password", "roles", "user:roles");

    @Inject
    AccountService accounts;

    private String username;
    private String displayName;
    private String email;
    private Role[] roles = new Role[]{Role.READER};
    private Classification clearance = Classification.PUBLIC;
    private String password;

    public void create() throws IOException {
        try {
            accounts.createUser(username, displayName, email, rolesAsSet(),
                    clearance, password == null ? new char[0] : password.toCharArray());
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, FIELDS);
            return;
        }
        Messages.doneAfterRedirect("User " + username.strip().toLowerCase() + " created; they must change the password at their first sign-in.");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/users/list.xhtml");
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public Classification getClearance() {
        return clearance;
    }

    public void setClearance(Classification clearance) {
        this.clearance = clearance;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private EnumSet<Role> rolesAsSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Arrays.asList(roles == null ? new Role[0] : roles));
        return set;
    }
}
