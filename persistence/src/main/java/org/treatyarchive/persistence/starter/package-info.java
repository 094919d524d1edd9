/**
 * The starter collection: the Caspian and Central Asian agreements, summits and parties the archive
 * ships with, loaded once into an empty database.
 */
package org.treatyarchive.persistence.starter;
