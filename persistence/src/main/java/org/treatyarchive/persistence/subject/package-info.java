/** JPA implementation of the subject vocabulary. */
package org.treatyarchive.persistence.subject;
