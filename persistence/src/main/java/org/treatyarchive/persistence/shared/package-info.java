/** What the JPA repositories share: the base of the reference-data repositories. */
package org.treatyarchive.persistence.shared;
