package org.treatyarchive.agreement;

import java.time.Instant;

/**
 * What a harvester asks for (OAI-PMH): the public records changed in a span of time, of one kind or
 * with one party, in the order of their last change, from a position on.
 *
 * @param from        the earliest last change, inclusive; {@code null} for no bound
 * @param before      the last change before which to stop, exclusive; {@code null} for no bound
 * @param kind        only this kind, or {@code null}
 * @param partyCode   only agreements this party is party to, or {@code null}
 * @param afterChange with {@code afterId}, the position after the last record of the page before; {@code null} from the start
 * @param afterId     the id of that record, breaking ties between records changed at the same instant
 */
public record HarvestQuery(Instant from, Instant before, AgreementKind kind, String partyCode, Instant afterChange, long afterId) {

    /** The same question, from after the given record on. */
    public HarvestQuery after(Agreement last) {
        return new HarvestQuery(from, before, kind, partyCode, last.getUpdatedAt(), last.getId());
    }
}
