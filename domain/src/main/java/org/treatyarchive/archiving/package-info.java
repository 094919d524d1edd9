/**
 * The use cases that span the agreement and the review aggregates: entering and changing records as
 * drafts ({@link org.treatyarchive.archiving.AgreementEditing}), reviewing them
 * ({@link org.treatyarchive.archiving.ReviewDesk}), and filing and reading their documents
 * ({@link org.treatyarchive.archiving.DocumentFiling}, which also uses the document store). Above both, so that the dependencies run
 * archiving → review → agreement and nothing runs back (as Cargo Tracker keeps its application
 * services above the aggregates).
 */
package org.treatyarchive.archiving;
