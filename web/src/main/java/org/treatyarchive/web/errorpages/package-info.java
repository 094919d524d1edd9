/** Backing beans of the error pages in {@code /WEB-INF/errorpages/}. */
package org.treatyarchive.web.errorpages;
