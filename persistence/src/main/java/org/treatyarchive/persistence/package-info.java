/**
 * The JPA side of the archive, by aggregate (agreement, party, event, subject, review, user, history,
 * search) beside the database configuration (config) and the starter collection (starter); the
 * reference-data repositories share {@code shared.JpaRecords}.
 * <p>
 * Where the repositories are tested: against the real databases, inside the application as it
 * ships, by the web module's in-container tests ({@code web/src/test/java/org/treatyarchive/web/ArchiveInContainerIT},
 * run once on embedded H2 and once on MariaDB: queries, paging, the status rule in SQL, optimistic
 * locking, statement counts; and {@code security/ClassificationIT} for the access rules). A repository
 * needs the container's transactions, Hibernate Search and Envers, so it is not tested alone. This
 * module's own tests cover the connection settings and the migrations on both databases
 * ({@code config.DatabaseConnectionIT}).
 */
package org.treatyarchive.persistence;
