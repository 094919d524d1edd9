package org.treatyarchive.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.ArchiveFigures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /api/statistics}: the figures page's numbers, within the caller's access. */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    private AgreementCatalog catalog;

    /**
     * @param byDecadeAndKind the decade's first year ("1990") to the counts by kind
     * @param perParty        party code to the agreements it takes part in (an agreement counts once per party)
     */
    public record Figures(long total, Map<String, Map<String, Long>> byDecadeAndKind, Map<String, Long> byFormat,
                          Map<String, Long> byStatus, Map<String, Long> perParty) {
    }

    @GET
    public Figures get() {
        ArchiveFigures figures = catalog.figures();
        Map<String, Map<String, Long>> byDecade = new LinkedHashMap<>();
        figures.byDecadeAndKind().forEach((decade, kinds) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            kinds.forEach((kind, count) -> counts.put(kind.name(), count));
            byDecade.put(String.valueOf(decade), counts);
        });
        Map<String, Long> byFormat = new LinkedHashMap<>();
        figures.byFormat().forEach((format, count) -> byFormat.put(format.name(), count));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        figures.byStatus().forEach((status, count) -> byStatus.put(status.name(), count));
        return new Figures(figures.total(), byDecade, byFormat, byStatus, new TreeMap<>(figures.perParty()));
    }
}
