package org.treatyarchive.persistence.party;

import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids of the party codes looked up in the current transaction, so that the next lookup of the
 * same code is answered by the session that already holds the party. It lives exactly as long as
 * that session (one per transaction), so it can never name a party the session does not know.
 */
@TransactionScoped
public class PartyCodesSeen implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Long> ids = new HashMap<>();

    Long get(String code) {
        return ids.get(code);
    }

    void put(String code, Long id) {
        ids.put(code, id);
    }
}
