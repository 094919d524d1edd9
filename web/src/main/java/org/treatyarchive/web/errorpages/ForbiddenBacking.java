package org.treatyarchive.web.errorpages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.treatyarchive.user.AccountService;

/**
 * Backs the 403 page. The container refuses pages by their URL constraints before any application
 * code runs; this is where such a refusal reaches the security log.
 */
@Named
@RequestScoped
public class ForbiddenBacking {

    @Inject
    AccountService accounts;

    /** Called by {@code f:viewAction}, once per refused request. */
    public void record() {
        Object path = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        accounts.recordRefusedPage(String.valueOf(path));
    }
}
