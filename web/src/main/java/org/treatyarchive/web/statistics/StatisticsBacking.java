package org.treatyarchive.web.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.ArchiveFigures;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRegister;
import org.treatyarchive.web.language.LanguageChoice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Backs {@code statistics.xhtml}: the archive's figures within the reader's access, each as a chart
 * (Chart.js through PrimeFaces) and as the table of its numbers beside it, which is what screen
 * readers and printouts get.
 */
@Named
@RequestScoped
public class StatisticsBacking {

    /** The parties the per-party chart shows; the table lists them all. */
    static final int PARTIES_CHARTED = 15;
    /** Colour-blind-safe (Okabe–Ito), one per kind, status or format in a fixed order. */
    private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    @Inject
    AgreementCatalog catalog;

    @Inject
    PartyRegister parties;

    @Inject
    LanguageChoice language;

    private ArchiveFigures figures;
    private List<PartyCount> perParty;

    /** One party's count, named in the reader's language. */
    public record PartyCount(String code, String name, long agreements) {
    }

    public ArchiveFigures getFigures() {
        if (figures == null) {
            figures = catalog.figures();
        }
        return figures;
    }

    public List<Integer> getDecades() {
        return new ArrayList<>(getFigures().byDecadeAndKind().keySet());
    }

    /** The kinds that occur at all, in their order: the columns of the decade table. */
    public List<AgreementKind> getKinds() {
        return List.of(AgreementKind.values()).stream()
                .filter(kind -> getFigures().byDecadeAndKind().values().stream().anyMatch(counts -> counts.containsKey(kind))).toList();
    }

    public long count(int decade, AgreementKind kind) {
        return getFigures().byDecadeAndKind().getOrDefault(decade, Map.of()).getOrDefault(kind, 0L);
    }

    public List<AgreementStatus> getStatuses() {
        return List.copyOf(getFigures().byStatus().keySet());
    }

    public List<AgreementFormat> getFormats() {
        return List.copyOf(getFigures().byFormat().keySet());
    }

    /** Parties by number of agreements, most first, then by name. */
    public List<PartyCount> getPerParty() {
        if (perParty == null) {
            perParty = parties.all().stream()
                    .map((Party party) -> new PartyCount(party.getCode(), language.partyName(party),
                            getFigures().perParty().getOrDefault(party.getCode(), 0L)))
                    .filter(count -> count.agreements() > 0)
                    .sorted(Comparator.comparingLong(PartyCount::agreements).reversed().thenComparing(PartyCount::name))
                    .toList();
        }
        return perParty;
    }

    /** Agreements per decade, stacked by kind. */
    public String getDecadeChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<AgreementKind> kinds = getKinds();
        for (int i = 0; i < kinds.size(); i++) {
            AgreementKind kind = kinds.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            getDecades().forEach(decade -> data.add(count(decade, kind)));
            datasets.add(Json.createObjectBuilder().add("label", language.label(kind)).add("data", data)
                    .add("backgroundColor", PALETTE.get(i % PALETTE.size())));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getDecades().forEach(decade -> labels.add(language.text("partiesView.decadeLabel", decade)));
        return chart("bar", labels, datasets, Json.createObjectBuilder()
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))));
    }

    public String getPartyChart() {
        List<PartyCount> charted = getPerParty().subList(0, Math.min(PARTIES_CHARTED, getPerParty().size()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        charted.forEach(count -> {
            labels.add(count.name());
            data.add(count.agreements());
        });
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", language.text("statistics.agreements"))
                .add("data", data).add("backgroundColor", PALETTE.get(0))), Json.createObjectBuilder().add("indexAxis", "y")
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))));
    }

    public String getFormatChart() {
        return doughnut(getFormats(), format -> getFigures().byFormat().get(format));
    }

    public String getStatusChart() {
        return doughnut(getStatuses(), status -> getFigures().byStatus().get(status));
    }

    private <E extends Enum<E>> String doughnut(List<E> values, Function<E, Long> count) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            labels.add(language.label(values.get(i)));
            data.add(count.apply(values.get(i)));
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        return chart("doughnut", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", data).add("backgroundColor", colours)),
                Json.createObjectBuilder());
    }

    /** A Chart.js configuration: the charts are drawn in the reader's direction and never animate (a reduced-motion default). */
    private String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        JsonObjectBuilder legendAndDirection = Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                .add("locale", language.getTag());
        options.build().forEach(legendAndDirection::add);
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", legendAndDirection).build().toString();
    }
}
