/** JPA implementation of the event (summit and meeting) repository. */
package org.treatyarchive.persistence.event;
