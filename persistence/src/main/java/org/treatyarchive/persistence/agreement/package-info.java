/** JPA implementation of the agreement repository: paged filtered lists, complete records, reference numbers. */
package org.treatyarchive.persistence.agreement;
