/**
 * Exports of what a list or a search shows, every match rather than one page: CSV, XLSX and JSON,
 * streamed as the index gives the rows.
 */
package org.treatyarchive.web.export;
