package org.treatyarchive.party;

import org.treatyarchive.shared.RecordRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The party register; a party's {@link #usage usage} is the agreements it is party to and the parties that succeed it. */
public interface PartyRepository extends RecordRepository<Party> {

    Optional<Party> findByCode(String code);

    /**
     * Every party, ordered by name. The register is reference data of a few hundred rows at most
     * (every state that ever existed), so loading it whole for a selection list is deliberate.
     */
    List<Party> findAllOrderedByName();

    /** Parties whose name, code or name in any language contains the text, by name, at most {@code limit}. */
    List<Party> search(String text, int limit);

    /** One page of the register by name. */
    List<Party> page(int first, int size);

    long count();

    /** Each party's name in a language (matched by its first subtag: "kk" finds "kk-Cyrl"), by party code. */
    Map<String, String> namesIn(String language);

    /** The parties that name this one as their predecessor. */
    List<Party> successorsOf(Party party);
}
