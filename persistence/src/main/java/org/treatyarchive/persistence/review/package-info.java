/** The review workflow's proposals in JPA. */
package org.treatyarchive.persistence.review;
