/**
 * Building blocks every aggregate shares: the versioned base entity, the value objects for
 * partially known dates, texts in a language, source citations and archivist notes, paging, and
 * the business exceptions that services throw.
 */
package org.treatyarchive.shared;
