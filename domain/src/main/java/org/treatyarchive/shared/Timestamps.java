package org.treatyarchive.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one way the archive shows a moment to people: "22 November 2026, 14:05 UTC". */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String display(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
