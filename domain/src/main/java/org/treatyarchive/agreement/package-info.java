/**
 * The agreement aggregate: an agreement with its titles, parties (participations), articles,
 * relations to other agreements, sources and notes; its status derived from its dates and relations;
 * the repository for it and the catalogue service readers use.
 * <p>
 * The root, {@link org.treatyarchive.agreement.Agreement}, keeps its rules in the values and lists it
 * hands out: {@link org.treatyarchive.agreement.AgreementDates} (the dates and the order between
 * them), {@link org.treatyarchive.agreement.PartyList}, {@link org.treatyarchive.agreement.ArticleList}
 * and {@link org.treatyarchive.agreement.RelationList} (each list's rules, changes made on the root's
 * own collections), {@link org.treatyarchive.agreement.AgreementFormat} (how many parties a format
 * binds). {@link org.treatyarchive.agreement.AgreementField} names every field the rules may refuse,
 * and the part of the record that holds it. The edit form is
 * {@link org.treatyarchive.agreement.AgreementEdit}; {@link org.treatyarchive.agreement.AgreementLines}
 * makes it the lines a comparison shows and {@link org.treatyarchive.agreement.AgreementDraft} the
 * versioned content a draft change is stored as. Nothing here uses the review package: the use cases
 * that span both are in {@code org.treatyarchive.archiving}.
 */
package org.treatyarchive.agreement;
