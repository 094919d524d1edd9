package org.treatyarchive.web.parties;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRegister;
import org.treatyarchive.web.shared.PagedModel;

import java.util.Map;

/** Backs {@code parties/list.xhtml}: the party register, a page at a time, by name. */
@Named
@RequestScoped
public class ListPartiesBacking {

    @Inject
    PartyRegister register;

    private final PagedModel<Party> parties = new PagedModel<>((first, size) -> register.list(first, size), Party::getCode);

    @Inject
    AgreementCatalog catalog;

    /** Agreements per party, within the reader's access: one grouped count for the whole list, read once for the page. */
    private Map<String, Long> counts;

    public PagedModel<Party> getParties() {
        return parties;
    }

    public long agreementsOf(Party party) {
        if (counts == null) {
            counts = catalog.agreementsPerParty();
        }
        return counts.getOrDefault(party.getCode(), 0L);
    }
}
