package org.treatyarchive.web.agreements;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.shared.NotFoundException;

import java.io.IOException;

/**
 * Backs {@code agreements/view.xhtml?ref=AGR-2018-0001}: the complete record. An unknown reference
 * answers 404 with the archive's not-found page.
 */
@Named
@RequestScoped
public class ViewAgreementBacking {

    @Inject
    private AgreementCatalog catalog;

    private String ref;
    private Agreement agreement;
    private AgreementStatus status;

    /** Called by {@code f:viewAction}, before rendering. */
    public void load() throws IOException {
        try {
            agreement = catalog.getByReference(ref);
            status = agreement.status(catalog.today());
        } catch (NotFoundException notFound) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, notFound.getMessage());
            faces.responseComplete();
        }
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public AgreementStatus getStatus() {
        return status;
    }
}
