/** The revision history of audited records, kept by Hibernate Envers. */
package org.treatyarchive.persistence.history;
