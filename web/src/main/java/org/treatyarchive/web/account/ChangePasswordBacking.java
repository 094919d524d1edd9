package org.treatyarchive.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.web.security.PasswordChangeFilter;

import java.io.IOException;

/** Backs {@code account/password.xhtml}: the signed-in user replaces their password. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    AccountService accounts;

    private String current;
    private String replacement;
    private String confirmation;

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (replacement == null || !replacement.equals(confirmation)) {
            faces.addMessage("password:confirmation", new FacesMessage(FacesMessage.SEVERITY_ERROR, "The two new passwords differ.", null));
            return;
        }
        try {
            accounts.changeOwnPassword(chars(current), chars(replacement));
        } catch (InvalidRecordException invalid) {
            String field = "currentPassword".equals(invalid.getField()) ? "password:current" : "password:replacement";
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, invalid.getMessage(), null));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.getSessionMap().remove(PasswordChangeFilter.MUST_CHANGE);
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your password was changed.", null));
        external.redirect(external.getRequestContextPath() + "/agreements/list.xhtml");
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
