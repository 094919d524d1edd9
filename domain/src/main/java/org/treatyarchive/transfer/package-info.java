/**
 * The whole archive written out as one JSON document and read back into an empty archive: for moving
 * an archive to another server or database, and as a backup any other system can read. What goes
 * out is what archivists and administrators keep (records in every publication state, parties,
 * events, subjects, relations and the documents' metadata, with who created and last edited each);
 * what stays with the installation is its own bookkeeping (accounts, review cases and revision
 * history, the security log, import runs), and the documents' files, which are copied as a folder.
 */
package org.treatyarchive.transfer;
