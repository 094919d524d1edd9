/**
 * Full-text search with Hibernate Search: the index mapping (kept here, so that the domain's
 * entities carry no search annotations), the analyzers per language, and the search repository.
 */
package org.treatyarchive.persistence.search;
