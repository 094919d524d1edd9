package org.treatyarchive.persistence.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.treatyarchive.document.FixityAudit;
import org.treatyarchive.persistence.config.ManagedBackgroundWork;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nightly fixity audit. {@code ARCHIVE_FIXITY_CRON} says when, as a daily cron expression
 * {@code "MINUTE HOUR * * *"} in UTC (default {@code 0 2 * * *}, two in the morning), or {@code off}.
 * Only daily times are understood; anything else stops the start with a message rather than
 * silently never auditing.
 */
@ApplicationScoped
public class FixitySchedule {

    private static final Logger LOG = Logger.getLogger(FixitySchedule.class.getName());
    private static final Pattern DAILY = Pattern.compile("(\\d{1,2})\\s+(\\d{1,2})\\s+\\*\\s+\\*\\s+\\*");
    static final String DEFAULT = "0 2 * * *";

    @Inject
    FixityAudit audit;

    /** Schedules the audit; called once at start. */
    public void start() {
        String cron = ConfigProvider.getConfig(FixitySchedule.class.getClassLoader())
                .getOptionalValue("archive.fixity.cron", String.class).map(String::strip).filter(value -> !value.isEmpty()).orElse(DEFAULT);
        if (cron.equalsIgnoreCase("off")) {
            LOG.info("ARCHIVE_FIXITY_CRON=off: no scheduled fixity audit; administrators can run one from the administration.");
            return;
        }
        Duration delay = untilNext(cron, ZonedDateTime.now(ZoneOffset.UTC));
        ManagedBackgroundWork.scheduler("the fixity audit").scheduleAtFixedRate(this::run, delay.toSeconds(), TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
        LOG.info(() -> "Fixity audit scheduled daily (" + cron + " UTC), next in " + delay.toMinutes() + " minutes.");
    }

    /** How long from {@code now} until the daily time the expression names. */
    static Duration untilNext(String cron, ZonedDateTime now) {
        Matcher daily = DAILY.matcher(cron);
        if (!daily.matches() || Integer.parseInt(daily.group(1)) > 59 || Integer.parseInt(daily.group(2)) > 23) {
            throw new IllegalStateException("ARCHIVE_FIXITY_CRON='" + cron + "' is not a daily time such as '0 2 * * *' "
                    + "(minute, hour, then * * *), nor 'off'.");
        }
        ZonedDateTime next = now.withHour(Integer.parseInt(daily.group(2))).withMinute(Integer.parseInt(daily.group(1)))
                .withSecond(0).withNano(0);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    private void run() {
        try {
            FixityAudit.Report report = audit.audit();
            LOG.info(() -> "Fixity audit: " + report.checked() + " files checked, " + report.intact() + " intact, "
                    + report.damaged().size() + " damaged, " + report.missing().size() + " missing.");
        } catch (RuntimeException failed) {
            // A failed run must not cancel the schedule (an exception would end scheduleAtFixedRate).
            LOG.log(Level.SEVERE, "The scheduled fixity audit failed; it runs again tomorrow", failed);
        }
    }
}
