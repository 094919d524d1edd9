/**
 * The files the archive holds (signed originals, authentic texts, instruments, maps): what kinds of
 * file it accepts and how it recognises them from their content ({@link org.treatyarchive.document.DocumentType}),
 * the content-addressed store that never loses nor silently changes a file
 * ({@link org.treatyarchive.document.DocumentStore}), the register of stored files with their
 * checksums ({@link org.treatyarchive.document.DocumentFile}) and the fixity audit that re-reads
 * them ({@link org.treatyarchive.document.FixityAudit}). Which record holds which file, and who may
 * read it, is the agreement's business; this package knows no agreement.
 */
package org.treatyarchive.document;
