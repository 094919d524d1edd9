/** OAI-PMH 2.0 at {@code /oai}: the public records for other archives to harvest, in Dublin Core and the archive's own format. */
package org.treatyarchive.web.oai;
