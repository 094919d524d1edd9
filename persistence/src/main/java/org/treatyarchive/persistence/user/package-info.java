/** JPA implementations of the user accounts and the security log. */
package org.treatyarchive.persistence.user;
