/** The read-only JSON API under {@code /api}: agreement lists with filters, and complete records. */
package org.treatyarchive.web.api;
