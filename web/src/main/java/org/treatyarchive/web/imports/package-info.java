/** Backing beans of {@code imports/}: uploading a register for its dry run, and following, importing and approving a run. */
package org.treatyarchive.web.imports;
