package org.treatyarchive.web.shared;

import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which part of the installation a failure says is away, since readers are told which. */
class OutageTest {

    @Test
    void aRefusedConnectionUnderHibernateSearchIsTheSearchService() {
        Throwable failure = new IllegalStateException("search failed",
                new SearchException("HSEARCH400007: Elasticsearch request failed: Connection refused", new ConnectException("Connection refused")));

        assertEquals(Optional.of(Outage.Part.SEARCH), Outage.of(failure));
    }

    @Test
    void aDatabaseConnectionFailingUnderHibernateSearchIsTheDatabase() {
        // Lucene loading the hits' rows, or the outbox read, while the database is away.
        Throwable failure = new SearchException("HSEARCH000501: loading failed",
                new SQLTransientConnectionException("Communications link failure", "08S01", new ConnectException("Connection refused")));

        assertEquals(Optional.of(Outage.Part.DATABASE), Outage.of(failure));
    }

    @Test
    void aCommitOnAConnectionTheRestartedDatabaseClosedIsTheDatabase() {
        // As seen in ClusterIT while MariaDB restarted: the save's commit, wrapped by the transaction manager.
        Throwable failure = new jakarta.transaction.TransactionalException("Managed bean with Transactional annotation encountered exception during commit",
                new jakarta.transaction.SystemException().initCause(new javax.transaction.xa.XAException(
                        "jakarta.resource.spi.LocalTransactionException: No operations allowed after connection closed.")));

        assertEquals(Optional.of(Outage.Part.DATABASE), Outage.of(failure));
    }

    @Test
    void aRefusedConnectionElsewhereIsTheDatabase() {
        assertEquals(Optional.of(Outage.Part.DATABASE), Outage.of(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void anyOtherFailureIsNoOutage() {
        assertEquals(Optional.empty(), Outage.of(new SearchException("HSEARCH000610: unknown field 'titel'")));
        assertEquals(Optional.empty(), Outage.of(new IllegalArgumentException("bad input")));
    }
}
