package org.treatyarchive.persistence.document;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ARCHIVE_FIXITY_CRON is a daily time; anything else is said at start, not silently ignored. */
class FixityScheduleTest {

    private static final ZonedDateTime NOON = ZonedDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theNextRunIsTheNextOccurrenceOfTheDailyTime() {
        assertEquals(Duration.ofHours(14), FixitySchedule.untilNext(FixitySchedule.DEFAULT, NOON), "two in the morning, tomorrow");
        assertEquals(Duration.ofMinutes(30), FixitySchedule.untilNext("30 12 * * *", NOON));
        assertEquals(Duration.ofDays(1), FixitySchedule.untilNext("0 12 * * *", NOON), "now is past: the same time tomorrow");
    }

    @Test
    void whatIsNotADailyTimeIsRefusedWithTheSetting() {
        for (String wrong : new String[] {"0 2 * * 1", "every night", "61 2 * * *", "0 24 * * *"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> FixitySchedule.untilNext(wrong, NOON), wrong);
            assertTrue(refused.getMessage().startsWith("ARCHIVE_FIXITY_CRON='" + wrong + "'"), refused.getMessage());
        }
    }
}
