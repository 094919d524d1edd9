/**
 * The use cases that span the agreement and the review aggregates: entering and changing records as
 * drafts ({@link org.treatyarchive.archiving.AgreementEditing}) and reviewing them
 * ({@link org.treatyarchive.archiving.ReviewDesk}). Above both, so that the dependencies run
 * archiving → review → agreement and nothing runs back (as Cargo Tracker keeps its application
 * services above the aggregates).
 */
package org.treatyarchive.archiving;
