package org.treatyarchive.agreement;

/** A relation as the form holds it, for {@link Agreement#reviseRelations(java.util.List)}. */
public record RelationTerms(RelationType type, Agreement target, String note) {
}
