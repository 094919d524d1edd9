package org.treatyarchive.web.admin.users;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.UserAccount;
import org.treatyarchive.web.shared.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;

/**
 * Backs {@code admin/users/edit.xhtml?username=...}: name, e-mail, roles and clearance in one save;
 * disabling, enabling, unlocking and resetting the password as separate actions.
 */
@Named
@ViewScoped
public class EditUserBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("displayName", "user:displayName", "email", "user:email",
            "roles", "user:roles", "password", "actions:temporaryPassword", "enabled", "actions:toggle");

    @Inject
    transient AccountService accounts;

    private String username;
    private String displayName;
    private String email;
    private Role[] roles = new Role[0];
    private Classification clearance;
    private boolean enabled;
    private boolean locked;
    private String temporaryPassword;

    public void load() throws IOException {
        try {
            read(accounts.getUser(username));
        } catch (NotFoundException notFound) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, notFound.getMessage());
            faces.responseComplete();
        }
    }

    private void read(UserAccount user) {
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        roles = user.getRoles().toArray(Role[]::new);
        clearance = user.getClearance();
        enabled = user.isEnabled();
        locked = user.isLocked(Instant.now());
    }

    public void save() throws IOException {
        try {
            accounts.updateUser(username, displayName, email, rolesAsSet(), clearance);
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, FIELDS);
            return;
        }
        Messages.doneAfterRedirect("Saved the account of " + username + ".");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/users/list.xhtml");
    }

    public void toggleEnabled() {
        act(() -> {
            if (enabled) {
                accounts.disable(username);
            } else {
                accounts.enable(username);
            }
        }, enabled ? "Account disabled." : "Account enabled.");
    }

    public void unlock() {
        act(() -> accounts.unlock(username), "Account unlocked.");
    }

    public void resetPassword() {
        act(() -> accounts.resetPassword(username, temporaryPassword == null ? new char[0] : temporaryPassword.toCharArray()),
                "Password reset; the user must change it at the next sign-in.");
        temporaryPassword = null;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            read(accounts.getUser(username));
            FacesContext.getCurrentInstance().addMessage(null,
                    new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO, done, null));
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, FIELDS);
        }
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

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isLocked() {
        return locked;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    private EnumSet<Role> rolesAsSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Arrays.asList(roles == null ? new Role[0] : roles));
        return set;
    }
}
