package org.treatyarchive.shared;

import java.io.Serializable;

import java.time.Instant;

/**
 * One saved state of a record in its history.
 *
 * @param number   the archive-wide revision number, the same for everything one transaction changed
 * @param at       when it was committed
 * @param username who committed it: the archivist who saved, or the reviewer whose approval applied it
 * @param change   whether the record was created, changed or deleted
 */
public record Revision(long number, Instant at, String username, Change change) implements Serializable {

    public enum Change {
        CREATED("created"), CHANGED("changed"), DELETED("deleted");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }
}
