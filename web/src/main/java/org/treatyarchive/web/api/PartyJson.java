package org.treatyarchive.web.api;

import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.PartyAgreement;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.LocalizedText;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.treatyarchive.web.api.AgreementJson.iso;

/** The JSON shapes of the party API; days are ISO strings, enumerations their constant names. */
public final class PartyJson {

    private PartyJson() {
    }

    /** @param agreements how many agreements the caller may see the party take part in (its own, not its predecessors') */
    public record Summary(String code, String name, String kind, String href, long agreements) {

        static Summary of(Party party, long agreements) {
            return new Summary(party.getCode(), party.getName(), party.getKind().name(), "/api/parties/" + party.getCode(), agreements);
        }
    }

    /** A party with the next one along its line of succession in each direction, as links. */
    public record Link(String code, String name, String href) {

        static Link of(Party party) {
            return new Link(party.getCode(), party.getName(), "/api/parties/" + party.getCode());
        }
    }

    /**
     * @param names       the names in other languages, by language tag
     * @param predecessors the parties it continues, nearest first (Persia for Iran)
     * @param own          the figures of its own agreements
     * @param withPredecessors the figures with its predecessors' agreements
     */
    public record Detail(String code, String name, Map<String, String> names, String kind, String isoCode, String existedFrom,
                         String existedUntil, List<Link> predecessors, List<Link> successors, String notes, Figures own,
                         Figures withPredecessors, String agreements) {

        static Detail of(Party party, List<Party> predecessors, List<Party> successors, AgreementCatalog.PartyFigures own,
                         AgreementCatalog.PartyFigures withPredecessors) {
            Map<String, String> names = new LinkedHashMap<>();
            for (LocalizedText name : party.getNames()) {
                names.put(name.getLanguage(), name.getText());
            }
            return new Detail(party.getCode(), party.getName(), names, party.getKind().name(), party.getIsoCode(), day(party.getValidFrom()),
                    day(party.getValidTo()), predecessors.stream().map(Link::of).toList(), successors.stream().map(Link::of).toList(),
                    party.getNotes(), Figures.of(own), Figures.of(withPredecessors), "/api/parties/" + party.getCode() + "/agreements");
        }
    }

    public record Figures(long total, Map<String, Long> byStatus, Map<String, Long> byKind) {

        static Figures of(AgreementCatalog.PartyFigures figures) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            figures.byStatus().forEach((status, count) -> byStatus.put(status.name(), count));
            Map<String, Long> byKind = new LinkedHashMap<>();
            figures.byKind().forEach((kind, count) -> byKind.put(kind.name(), count));
            return new Figures(figures.total(), byStatus, byKind);
        }
    }

    public record AgreementList(long total, int page, int size, List<Terms> items) {
    }

    /**
     * One agreement and the party's own part in it.
     *
     * @param asParty     the party that took part: the one asked for, or its predecessor
     * @param predecessor whether it took part through a predecessor
     */
    public record Terms(AgreementJson.Item agreement, String asParty, boolean predecessor, String signed, String consentType,
                        String consent, String inForce, String withdrawn, String reservations) {

        static Terms of(PartyAgreement row, String partyCode) {
            return new Terms(AgreementJson.Item.of(row.agreement(), List.of()), row.asParty().code(), row.throughPredecessorOf(partyCode),
                    day(row.signedOn()), row.consentType() == null ? null : row.consentType().name(), day(row.consentOn()),
                    day(row.inForceOn()), day(row.withdrawnOn()), row.reservations());
        }
    }

    private static String day(LocalDate date) {
        return iso(date);
    }
}
