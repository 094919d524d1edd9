package org.treatyarchive.review;

/** A step in a record's review history, with the kind of work it belonged to. */
public record RecordStep(ProposalKind kind, ReviewStep step) implements java.io.Serializable {
}
