package org.treatyarchive.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.shared.Classification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What other archives harvest (OAI-PMH): the public records that were published, withdrawn ones
 * included so that a harvester learns to delete its copy. Whoever asks gets the same answer, signed
 * in or not: a harvester keeps what it takes, so nothing above public or still in review goes out.
 * Records are handed to the caller one at a time inside the transaction, so that it can write each
 * with its titles and parties while they can still be read.
 */
@ApplicationScoped
@Transactional
public class AgreementHarvest {

    @Inject
    AgreementRepository agreements;

    @Inject
    PartyRepository parties;

    /**
     * Hands over up to {@code max} records after the query's position.
     *
     * @return the query for the next page, or empty when this page ends the list
     */
    public Optional<HarvestQuery> page(HarvestQuery query, int max, Consumer<Agreement> each) {
        List<Agreement> page = agreements.harvest(query, max + 1);
        page.stream().limit(max).forEach(each);
        return page.size() > max ? Optional.of(query.after(page.get(max - 1))) : Optional.empty();
    }

    /** One public, published or withdrawn record, handed to the caller; whether there is one. */
    public boolean record(String reference, Consumer<Agreement> found) {
        Optional<Agreement> agreement = agreements.findByReference(reference).filter(AgreementHarvest::isHarvested);
        agreement.ifPresent(found);
        return agreement.isPresent();
    }

    /** The time of the oldest change a harvester can be given, for the repository's description. */
    public Optional<Instant> earliestChange() {
        return agreements.earliestHarvestedChange();
    }

    /** The parties, as sets to harvest by: a few hundred at most. */
    public List<Party> parties() {
        return parties.findAllOrderedByName();
    }

    static boolean isHarvested(Agreement agreement) {
        return agreement.getClassification() == Classification.PUBLIC
                && agreement.getPublication() != Publication.UNPUBLISHED;
    }
}
