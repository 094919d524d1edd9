package org.treatyarchive.web.agreements;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementRelation;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Timestamps;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;
import java.util.List;

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
            Pages.notFound(notFound.getMessage());
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

    /** When the record last changed, in the archive's one date format and in UTC, said so. */
    public String getLastChanged() {
        return Timestamps.display(agreement.getUpdatedAt());
    }

    /** Relations this agreement holds, to agreements the reader may see. */
    public List<AgreementRelation> getRelations() {
        return agreement.getRelations().stream().filter(relation -> catalog.isVisible(relation.getTarget())).toList();
    }

    /** Relations other agreements the reader may see hold towards this one. */
    public List<AgreementRelation> getIncomingRelations() {
        return agreement.getIncomingRelations().stream().filter(relation -> catalog.isVisible(relation.getSource())).toList();
    }
}
