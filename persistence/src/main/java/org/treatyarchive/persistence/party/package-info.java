/** JPA implementation of the party register. */
package org.treatyarchive.persistence.party;
