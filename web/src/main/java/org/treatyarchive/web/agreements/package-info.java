/** Backing beans of the views in {@code /agreements/}: the list and the detail page. */
package org.treatyarchive.web.agreements;
