package org.treatyarchive.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.user.SignInResult;
import org.treatyarchive.web.language.InterfaceLanguage;
import org.treatyarchive.web.language.LanguageFilter;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;

/** Backs {@code account/login.xhtml}. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            Messages.error(null, SignInResult.FAILURE_MESSAGE);
            return;
        }
        // A new session id at sign-in, so that an id planted before it is worth nothing after.
        request.changeSessionId();
        // The language the user chose on another browser follows them here, from the next page on.
        accounts.ownLanguage().flatMap(InterfaceLanguage::of).ifPresent(language -> LanguageFilter.remember(request, response, language));
        boolean mustChange = accounts.mustChangeOwnPassword();
        String target = mustChange ? "/account/password.xhtml" : safeNext();
        Pages.redirect(target);
    }

    /** Only a path inside the archive: "next" comes from the URL and must not send people elsewhere. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.startsWith("/account/login")) {
            return "/agreements/list.xhtml";
        }
        return next;
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
