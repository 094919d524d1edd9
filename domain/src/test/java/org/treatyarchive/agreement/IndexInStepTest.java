package org.treatyarchive.agreement;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.ArchiveChange;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When an answer read from the search index may be validated and kept under the archive's newest change. */
class IndexInStepTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private final AtomicBoolean waiting = new AtomicBoolean();
    private final AgreementCatalog catalog = new AgreementCatalog(null, null, Clock.fixed(NOW, ZoneOffset.UTC));

    IndexInStepTest() {
        catalog.indexing = new SearchIndexing();
        catalog.search = (AgreementSearch) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AgreementSearch.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("indexWorkWaiting")) {
                        return waiting.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aChangeOfAMomentAgoMayNotBeInTheIndexYet() {
        assertFalse(catalog.indexInStepWith(new ArchiveChange(7, NOW.minusSeconds(1))));
        assertFalse(catalog.indexInStepWith(new ArchiveChange(7, NOW.minus(AgreementCatalog.INDEX_FOLLOWS_WITHIN))));
    }

    @Test
    void anOlderChangeIsInTheIndexUnlessWorkStillWaits() {
        ArchiveChange older = new ArchiveChange(7, NOW.minus(AgreementCatalog.INDEX_FOLLOWS_WITHIN).minusMillis(1));
        assertTrue(catalog.indexInStepWith(older));
        waiting.set(true);
        assertFalse(catalog.indexInStepWith(older), "the outbox still holds a change: the index is behind, however old the newest change");
    }
}
