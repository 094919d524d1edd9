/**
 * Whether this node can serve: the database answers, the search index is in step with it, the
 * document store can write and has room. Read by the readiness check that load balancers call; it
 * tells how the archive is, never what it holds.
 */
package org.treatyarchive.health;
