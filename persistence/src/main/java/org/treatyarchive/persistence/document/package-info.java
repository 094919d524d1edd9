/**
 * The document store on the file system, the register of stored files, and the inspection of a
 * received file (PDFBox for PDFs) before it is kept.
 */
package org.treatyarchive.persistence.document;
