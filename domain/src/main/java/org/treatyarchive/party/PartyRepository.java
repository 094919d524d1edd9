package org.treatyarchive.party;

import java.util.List;
import java.util.Optional;

/** The party register. */
public interface PartyRepository {

    Optional<Party> findByCode(String code);

    /**
     * Every party, ordered by name. The register is reference data of a few hundred rows at most
     * (every state that ever existed), so loading it whole for a selection list is deliberate.
     */
    List<Party> findAllOrderedByName();

    void add(Party party);
}
