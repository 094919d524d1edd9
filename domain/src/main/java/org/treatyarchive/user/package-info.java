/**
 * Users of the archive, their roles and clearance, how they sign in (passwords hashed with PBKDF2,
 * lockout after repeated failures), the security log, and the check that every protected service
 * method applies to its caller.
 */
package org.treatyarchive.user;
