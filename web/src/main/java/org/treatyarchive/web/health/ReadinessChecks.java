package org.treatyarchive.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.treatyarchive.health.ArchiveReadiness;
import org.treatyarchive.health.NodeHealth;

import java.util.Optional;

/**
 * Three readiness checks ({@code database}, {@code search-index}, {@code storage}), each from the
 * same look at the archive. The figures they carry are the ones to alert on (README, "Operating
 * it"); none names a record or a count of records, because {@code /health} answers anyone.
 */
@ApplicationScoped
public class ReadinessChecks {

    static final long DEFAULT_INDEX_LAG = 1_000;
    static final long DEFAULT_FREE_DISK_MB = 256;

    @Inject
    ArchiveReadiness readiness;

    private NodeHealth.Limits limits;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            NodeHealth now = look();
            return answer("database", now.databaseUp(), Optional.ofNullable(now.databaseProblem())).build();
        };
    }

    @Produces
    @Readiness
    HealthCheck searchIndex() {
        return () -> {
            NodeHealth now = look();
            HealthCheckResponseBuilder answer = answer("search-index", now.searchUp(), now.searchProblem())
                    .withData("rebuilding", now.rebuilding())
                    .withData("maxLagAgreements", now.limits().indexLag());
            now.indexLag().ifPresent(lag -> answer.withData("lagAgreements", lag));
            return answer.build();
        };
    }

    @Produces
    @Readiness
    HealthCheck storage() {
        return () -> {
            NodeHealth now = look();
            return answer("storage", now.storageUp(), now.storageProblem())
                    .withData("freeDiskMegabytes", now.freeDiskMegabytes())
                    .withData("minFreeDiskMegabytes", now.limits().freeDiskMegabytes())
                    .build();
        };
    }

    /** The node's health as the readiness checks see it (kept two seconds), for the metrics too. */
    public NodeHealth look() {
        if (limits == null) {
            Config config = ConfigProvider.getConfig(ReadinessChecks.class.getClassLoader());
            limits = new NodeHealth.Limits(
                    config.getOptionalValue("archive.ready.index.lag.max", Long.class).filter(lag -> lag >= 0).orElse(DEFAULT_INDEX_LAG),
                    config.getOptionalValue("archive.ready.free.disk.mb", Long.class).filter(mb -> mb >= 0).orElse(DEFAULT_FREE_DISK_MB));
        }
        return readiness.look(limits);
    }

    private static HealthCheckResponseBuilder answer(String name, boolean up, Optional<String> problem) {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(name).status(up);
        problem.ifPresent(why -> answer.withData("problem", why));
        return answer;
    }
}
