/**
 * How the archive reaches its database: the settings that choose the embedded H2 database or
 * MySQL/MariaDB, the data source that applies them and names connection problems plainly, the
 * Flyway migrations run before Hibernate starts, and the startup sequence.
 */
package org.treatyarchive.persistence.config;
