/**
 * Building blocks every aggregate shares: the versioned base entity, the value objects for
 * partially known dates, texts in a language, source citations and archivist notes, paging, and
 * the business exceptions that services throw.
 * <p>
 * The edit forms' common ground lives here too: {@link org.treatyarchive.shared.RecordForm} (the
 * version a form was read at, and its key), {@link org.treatyarchive.shared.FormJson} (the one JSON
 * shape of forms, for stored drafts, history lines and API bodies), {@link org.treatyarchive.shared.FormLines}
 * (forms as labelled lines for comparisons), and for the reference data (parties, events, subjects)
 * {@link org.treatyarchive.shared.ReferenceRegister}, which the registers implement and one page
 * base calls, {@link org.treatyarchive.shared.RecordKeeping} (checks, stamps, history) and
 * {@link org.treatyarchive.shared.RecordRepository}. {@link org.treatyarchive.shared.BackgroundWork}
 * is how a service runs work after its request, without knowing how the container provides threads.
 */
package org.treatyarchive.shared;
