/**
 * The party register: states, historic states, international organisations and state enterprises
 * that take part in agreements, with their names by language and their predecessors and successors.
 */
package org.treatyarchive.party;
