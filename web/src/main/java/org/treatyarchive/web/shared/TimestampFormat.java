package org.treatyarchive.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;

/** {@code #{timestamps.display(at)}}: moments in the archive's one format, in UTC, in every view, in the reader's language. */
@Named("timestamps")
@ApplicationScoped
public class TimestampFormat {

    public String display(Instant at) {
        return Messages.moment(at);
    }
}
