package org.treatyarchive.persistence.party;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids of the party codes looked up in the current transaction, so that the next lookup of the
 * same code is answered by the session that already holds the party. It lives exactly as long as
 * that session (one per transaction, kept in the transaction's registry by the repository), so it can never name a party the session does not know.
 */
class PartyCodesSeen {

    private final Map<String, Long> ids = new HashMap<>();

    Long get(String code) {
        return ids.get(code);
    }

    void put(String code, Long id) {
        ids.put(code, id);
    }
}
