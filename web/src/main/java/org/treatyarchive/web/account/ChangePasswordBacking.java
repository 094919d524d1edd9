package org.treatyarchive.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.web.security.AccessFilter;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;
import java.util.Map;

/** Backs {@code account/password.xhtml}: the signed-in user replaces their password. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    private static final Map<String, String> FIELDS = Map.of("currentPassword", "password:current", "password", "password:replacement");

    @Inject
    AccountService accounts;

    private String current;
    private String replacement;
    private String confirmation;

    public void change() throws IOException {
        if (replacement == null || !replacement.equals(confirmation)) {
            Messages.error("password:confirmation", Messages.text("password.differ"));
            return;
        }
        try {
            accounts.changeOwnPassword(chars(current), chars(replacement));
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, FIELDS);
            return;
        }
        // The session was granted under the old password; the next request grants it under the new one.
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(AccessFilter.GRANT);
        Messages.doneAfterRedirect(Messages.text("password.changed"));
        Pages.redirect("/agreements/list.xhtml");
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
