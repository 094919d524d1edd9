/**
 * Bringing a ministry's existing register in: a spreadsheet (CSV or XLSX) or the archive's own JSON,
 * one row per agreement, read in the background in chunks. A dry run only reports what each row
 * would become and what the form would refuse in it, field by field; a real run writes each valid
 * row whole or not at all, as drafts that go to review as one batch (an administrator may publish
 * at once, which the security log records). The ministry's register number ({@code externalId})
 * makes a second import of the same register update its records instead of duplicating them.
 * {@link org.treatyarchive.importing.RegisterColumns} is the one description of the columns.
 */
package org.treatyarchive.importing;
