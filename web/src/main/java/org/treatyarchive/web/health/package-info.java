/**
 * The archive's own checks in MicroProfile Health's {@code /health/ready}: load balancers stop
 * sending a node requests while its database, search index or document store cannot serve them.
 */
package org.treatyarchive.web.health;
