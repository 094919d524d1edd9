package org.treatyarchive.web.export;

import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.PartyRef;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of a tabular export, as the list shows them, and the one rule every cell follows: a
 * text a spreadsheet would take for a formula ({@code =HYPERLINK(...)}, {@code +}, {@code -}, {@code @},
 * or a leading tab or carriage return) is written with a leading apostrophe, so that opening an
 * export never runs what somebody typed into a title.
 */
final class ExportColumns {

    static final List<String> HEADER = List.of("reference", "officialTitle", "shortTitle", "kind", "format", "signed",
            "placeOfSignature", "status", "parties", "partyNames", "publication");

    private ExportColumns() {
    }

    static List<String> cells(AgreementSummary agreement) {
        return List.of(agreement.reference(), nullToEmpty(agreement.officialTitle()), nullToEmpty(agreement.shortTitle()),
                agreement.kind().name(), agreement.format().name(), agreement.signed() == null ? "" : agreement.signed().toIsoString(),
                nullToEmpty(agreement.placeOfSignature()), agreement.status().name(),
                agreement.parties().stream().map(PartyRef::code).collect(Collectors.joining("; ")),
                agreement.parties().stream().map(PartyRef::name).collect(Collectors.joining("; ")),
                agreement.publication().name())
                .stream().map(ExportColumns::safe).toList();
    }

    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
