/**
 * The agreement aggregate: an agreement with its titles, parties (participations), articles,
 * relations to other agreements, sources and notes; its status derived from its dates and relations;
 * the repository for it and the catalogue service readers use.
 */
package org.treatyarchive.agreement;
