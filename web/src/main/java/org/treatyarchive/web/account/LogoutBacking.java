package org.treatyarchive.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;

/** Signs out from the layout's menu. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    AccountService accounts;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        accounts.recordSignOut();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        Pages.redirect("/agreements/list.xhtml");
    }
}
