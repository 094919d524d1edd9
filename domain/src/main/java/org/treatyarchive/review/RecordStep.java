package org.treatyarchive.review;

import java.io.Serializable;

/** A step in a record's review history, with the kind of work it belonged to. */
public record RecordStep(ProposalKind kind, ReviewStep step) implements Serializable {
}
