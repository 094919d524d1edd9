package org.treatyarchive.web.admin.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.user.UserAccount;
import org.treatyarchive.user.UserAdministration;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
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
    UserAdministration accounts;

    private String username;
    private UserForm form = new UserForm();
    private boolean enabled;
    private boolean locked;
    private String temporaryPassword;

    public void load() throws IOException {
        try {
            read(accounts.getUser(username));
        } catch (NotFoundException notFound) {
            Pages.notFound(notFound.getMessage());
        }
    }

    private void read(UserAccount user) {
        username = user.getUsername();
        form = UserForm.of(user);
        enabled = user.isEnabled();
        locked = user.isLocked(Instant.now());
    }

    public void save() throws IOException {
        try {
            accounts.updateUser(username, form.getDisplayName(), form.getEmail(), form.roleSet(), form.getClearance());
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, FIELDS);
            return;
        }
        Messages.doneAfterRedirect(Messages.text("user.saved", username));
        Pages.redirect("/admin/users/list.xhtml");
    }

    public void toggleEnabled() {
        act(() -> {
            if (enabled) {
                accounts.disable(username);
            } else {
                accounts.enable(username);
            }
        }, Messages.text(enabled ? "user.disabled" : "user.enabled"));
    }

    public void unlock() {
        act(() -> accounts.unlock(username), Messages.text("user.unlocked"));
    }

    public void resetPassword() {
        act(() -> accounts.resetPassword(username, temporaryPassword == null ? new char[0] : temporaryPassword.toCharArray()),
                Messages.text("user.passwordReset"));
        temporaryPassword = null;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            read(accounts.getUser(username));
            Messages.done(done);
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, FIELDS);
        }
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
}
