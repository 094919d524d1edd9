package org.treatyarchive.health;

import org.junit.jupiter.api.Test;
import org.treatyarchive.document.DocumentStore;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeHealthTest {

    private static final NodeHealth.Limits LIMITS = new NodeHealth.Limits(100, 256);
    private static final DocumentStore.Space ROOMY = new DocumentStore.Space(true, 10_000L * 1024 * 1024);

    private static NodeHealth look(String databaseProblem, Long stored, Long indexed, DocumentStore.Space space) {
        return new NodeHealth(Instant.EPOCH, LIMITS, databaseProblem, null, stored, indexed, false, space);
    }

    @Test
    void aNodeWhoseDatabaseAnswersAndWhoseIndexIsInStepIsReady() {
        NodeHealth health = look(null, 250_000L, 249_950L, ROOMY);

        assertTrue(health.up());
        assertEquals(50L, health.indexLag().orElseThrow());
        assertEquals(10_000L, health.freeDiskMegabytes());
    }

    @Test
    void aDatabaseThatDoesNotAnswerMakesTheNodeNotReadyButLeavesTheIndexJudgedOnItsOwn() {
        NodeHealth health = look("the database does not answer", null, 250_000L, ROOMY);

        assertFalse(health.up());
        assertFalse(health.databaseUp());
        assertTrue(health.indexLag().isEmpty(), "no lag can be known without the database");
        assertTrue(health.searchUp());
    }

    @Test
    void anIndexFurtherBehindThanTheLimitIsDownAndSaysByHowMuch() {
        NodeHealth health = look(null, 1_000L, 899L, ROOMY);

        assertFalse(health.searchUp());
        assertFalse(health.up());
        assertEquals("the search index is 101 agreements out of step with the database (at most 100)", health.searchProblem().orElseThrow());
        assertTrue(look(null, 1_000L, 900L, ROOMY).searchUp(), "exactly the limit is still ready");
    }

    @Test
    void aFullOrUnwritableDataFolderIsDown() {
        NodeHealth full = look(null, 10L, 10L, new DocumentStore.Space(true, 255L * 1024 * 1024));
        NodeHealth readOnly = look(null, 10L, 10L, new DocumentStore.Space(false, 10_000L * 1024 * 1024));

        assertFalse(full.storageUp());
        assertEquals("the data folder has 255 MB free (at least 256)", full.storageProblem().orElseThrow());
        assertFalse(readOnly.storageUp());
        assertEquals("the document folder is not writable", readOnly.storageProblem().orElseThrow());
    }
}
