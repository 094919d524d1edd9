package org.treatyarchive.importing;

import org.treatyarchive.agreement.AgreementEdit;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.ConsentType;
import org.treatyarchive.agreement.NoteEntry;
import org.treatyarchive.agreement.PartyEntry;
import org.treatyarchive.agreement.SourceEntry;
import org.treatyarchive.agreement.TitleEntry;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.DatePrecision;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.NoteKind;
import org.treatyarchive.shared.Phrase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns of an imported register and how a row's cells become the fields of an agreement's
 * form. One row is one agreement; the parties are one column ({@code AZ; KZ}), and each party's own
 * dates and consent are columns named after it ({@code party:KZ:consentOn}), so that the whole
 * register fits one sheet that any spreadsheet and any database export can produce. Titles in other
 * languages are {@code title:ru}, {@code title:fa}.
 * <p>
 * A column present in the file sets its field, and a blank cell clears it; a column the file does not
 * have leaves the field as the record holds it. A cell that holds a formula is refused, never
 * evaluated; the leading apostrophe the archive's own exports put before such text is taken off.
 */
public final class RegisterColumns {

    public static final String EXTERNAL_ID = "externalId";
    public static final String OFFICIAL_TITLE = "officialTitle";
    public static final String PARTIES = "parties";
    public static final String SIGNED = "signed";

    /** The columns of one value, in the template's order. */
    public static final List<String> FIELDS = List.of(EXTERNAL_ID, OFFICIAL_TITLE, "shortTitle", "kind", "format", SIGNED,
            "placeOfSignature", "entryIntoForce", "termination", "statedStatus", "classification", "depositary",
            "authenticLanguages", "subjects", PARTIES, "summary", "source", "sourceUrl", "note");

    /** What each party has of its own, as {@code party:<code>:<term>}. */
    public static final List<String> PARTY_TERMS = List.of("signed", "consent", "consentOn", "inForce", "withdrawn", "reservations");

    /**
     * Columns of the archive's own exports that an import leaves alone: the reference is the archive's
     * to issue, the status is derived from the dates, the party names come from the party register.
     */
    public static final Set<String> IGNORED = Set.of("reference", "partyNames", "publication", "status", "href");

    private static final Pattern TITLE = Pattern.compile("(?i)title:([a-z]{2,3}(?:-[a-z0-9]{2,8})*)");
    private static final Pattern PARTY = Pattern.compile("(?i)party:([a-z0-9-]{2,20}):([a-z]+)");
    private static final String NOTE_LABEL = "note";

    private RegisterColumns() {
    }

    /** The template's header: every column, with example columns for one party and two languages. */
    public static List<String> template() {
        List<String> header = new ArrayList<>(FIELDS);
        header.addAll(List.of("title:ru", "title:fa"));
        PARTY_TERMS.forEach(term -> header.add("party:KZ:" + term));
        return header;
    }

    /**
     * The archive's name for a column of the file, whatever its case; {@code title} is taken for
     * {@code officialTitle}, as the archive's JSON export names it.
     */
    public static Optional<String> canonical(String header) {
        String name = header == null ? "" : header.strip();
        if (name.equalsIgnoreCase("title")) {
            return Optional.of(OFFICIAL_TITLE);
        }
        for (String field : FIELDS) {
            if (field.equalsIgnoreCase(name)) {
                return Optional.of(field);
            }
        }
        for (String ignored : IGNORED) {
            if (ignored.equalsIgnoreCase(name)) {
                return Optional.of(ignored);
            }
        }
        Matcher title = TITLE.matcher(name);
        if (title.matches()) {
            return Optional.of("title:" + title.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher party = PARTY.matcher(name);
        if (party.matches()) {
            return PARTY_TERMS.stream().filter(term -> term.equalsIgnoreCase(party.group(2))).findFirst()
                    .map(term -> "party:" + party.group(1).toUpperCase(Locale.ROOT) + ":" + term);
        }
        return Optional.empty();
    }

    /**
     * The file's header in the archive's names.
     *
     * @throws ImportRefusedException when a column is unknown or repeated (a misspelt column would
     *                                otherwise be dropped without a word), or neither a title nor a register number is there
     */
    public static List<String> header(List<String> cells) {
        List<String> names = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> repeated = new ArrayList<>();
        for (String cell : cells) {
            Optional<String> name = canonical(cell);
            if (name.isEmpty()) {
                if (cell != null && !cell.isBlank()) {
                    unknown.add("\"" + cell.strip() + "\"");
                }
                names.add(null);
            } else {
                if (!seen.add(name.get())) {
                    repeated.add(name.get());
                }
                names.add(name.get());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ImportRefusedException(Phrase.of("import.unknownColumns", String.join(", ", unknown)));
        }
        if (!repeated.isEmpty()) {
            throw new ImportRefusedException(Phrase.of("import.repeatedColumn", String.join(", ", repeated)));
        }
        if (!seen.contains(OFFICIAL_TITLE) && !seen.contains(EXTERNAL_ID)) {
            throw new ImportRefusedException(Phrase.of("import.noHeader"));
        }
        return names;
    }

    /**
     * Writes the row's cells over the form: a new record's defaults, or the record as it stands.
     *
     * @return what is wrong with the cells themselves (an unreadable date, an unknown kind, a formula); the record's rules come after
     */
    public static List<ImportProblem> readInto(RegisterRow row, AgreementEdit edit) {
        Cells cells = new Cells(row);
        if (row.cells().containsKey(RegisterRow.EXTRA_CELLS)) {
            // The values have slid one column or more: reading them into the fields would put dates into titles.
            cells.problem("row", "the row has " + row.cells().get(RegisterRow.EXTRA_CELLS) + " cells, more than the header has columns: "
                    + "a value holding the separator (a comma or semicolon) must be in quotes.");
            return cells.problems;
        }
        cells.text(EXTERNAL_ID, edit::setExternalId);
        cells.text(OFFICIAL_TITLE, edit::setOfficialTitle);
        cells.text("shortTitle", edit::setShortTitle);
        cells.choice("kind", AgreementKind.class, AgreementKind::getLabel, edit::setKind);
        cells.choice("format", AgreementFormat.class, AgreementFormat::getLabel, edit::setFormat);
        cells.date(SIGNED, edit::setSigned);
        cells.text("placeOfSignature", edit::setPlaceOfSignature);
        cells.date("entryIntoForce", edit::setEntryIntoForce);
        cells.date("termination", edit::setTermination);
        cells.choice("statedStatus", AgreementStatus.class, AgreementStatus::getLabel, edit::setStatedStatus);
        cells.choice("classification", Classification.class, Classification::getLabel, edit::setClassification);
        cells.text("depositary", edit::setDepositary);
        cells.text("authenticLanguages", typed -> edit.setAuthenticLanguages(typed == null ? null : String.join(", ", list(typed))));
        cells.text("summary", edit::setSummary);
        cells.text("subjects", typed -> {
            List<String> subjects = typed == null ? List.of() : list(typed);
            if (!Set.copyOf(subjects).equals(Set.copyOf(edit.getSubjects()))) {
                edit.setSubjects(new ArrayList<>(subjects));
            }
        });
        cells.text(PARTIES, typed -> parties(typed, edit, cells));
        titles(cells, edit);
        partyTerms(cells, edit);
        sources(cells, edit);
        cells.text(NOTE_LABEL, typed -> note(typed, edit));
        return cells.problems;
    }

    /** The column of the file a refusal of the form's field concerns: the rules name the form's fields. */
    public static String columnOf(String field) {
        return switch (field) {
            case "participations" -> PARTIES;
            case "titles" -> "title";
            case "sources" -> "source";
            case "notes" -> NOTE_LABEL;
            default -> field;
        };
    }

    private static void parties(String typed, AgreementEdit edit, Cells cells) {
        List<String> codes = typed == null ? List.of() : list(typed).stream().map(code -> code.toUpperCase(Locale.ROOT)).toList();
        Set<String> distinct = new LinkedHashSet<>(codes);
        if (distinct.size() < codes.size()) {
            cells.problem(PARTIES, "a party is named more than once (" + typed.strip() + "); name each once.");
            return;
        }
        if (distinct.equals(edit.getParties().stream().map(entry -> entry.getCode().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new)))) {
            return;
        }
        List<PartyEntry> entries = new ArrayList<>();
        for (String code : distinct) {
            entries.add(edit.getParties().stream().filter(entry -> entry.getCode().equalsIgnoreCase(code)).findFirst()
                    .orElseGet(() -> new PartyEntry(code, code)));
        }
        edit.setParties(entries);
    }

    private static void titles(Cells cells, AgreementEdit edit) {
        for (String column : cells.columns()) {
            if (!column.startsWith("title:")) {
                continue;
            }
            String language = column.substring("title:".length());
            cells.text(column, text -> {
                Optional<TitleEntry> existing = edit.getTitles().stream().filter(title -> language.equalsIgnoreCase(title.getLanguage())).findFirst();
                if (text == null) {
                    existing.ifPresent(edit::removeTitle);
                } else if (existing.isPresent()) {
                    existing.get().setText(text);
                } else {
                    edit.getTitles().add(new TitleEntry(language, text));
                }
            });
        }
    }

    private static void partyTerms(Cells cells, AgreementEdit edit) {
        for (String column : cells.columns()) {
            if (!column.startsWith("party:")) {
                continue;
            }
            String[] parts = column.split(":");
            String code = parts[1];
            String term = parts[2];
            String value = cells.value(column);
            if (value == null) {
                continue;
            }
            Optional<PartyEntry> found = edit.getParties().stream().filter(entry -> entry.getCode().equalsIgnoreCase(code)).findFirst();
            if (found.isEmpty()) {
                if (!value.isEmpty()) {
                    cells.problem(column, code + " is not among the row's parties; add it to the parties column or leave this cell empty.");
                }
                continue;
            }
            PartyEntry party = found.get();
            switch (term) {
                case "signed" -> cells.day(column, value, party::setSignedOn);
                case "consentOn" -> cells.day(column, value, party::setConsentOn);
                case "inForce" -> cells.day(column, value, party::setInForceOn);
                case "withdrawn" -> cells.day(column, value, party::setWithdrawnOn);
                case "reservations" -> party.setReservations(value.isEmpty() ? null : value);
                case "consent" -> cells.choice(column, ConsentType.class, ConsentType::getLabel, party::setConsentType);
                default -> throw new IllegalStateException("No party term " + term);
            }
        }
    }

    private static void sources(Cells cells, AgreementEdit edit) {
        String citations = cells.value("source");
        String urls = cells.value("sourceUrl");
        if (citations == null && urls == null) {
            return;
        }
        List<String> citationLines = citations == null || citations.isEmpty() ? List.of() : Arrays.asList(citations.split("\\R"));
        List<String> urlLines = urls == null || urls.isEmpty() ? List.of() : Arrays.asList(urls.split("\\R"));
        if (urlLines.size() > citationLines.size()) {
            cells.problem("sourceUrl", "there are more addresses than sources: give each address its source, one a line.");
            return;
        }
        List<SourceEntry> sources = new ArrayList<>();
        for (int i = 0; i < citationLines.size(); i++) {
            String url = i < urlLines.size() && !urlLines.get(i).isBlank() ? urlLines.get(i).strip() : null;
            sources.add(new SourceEntry(citationLines.get(i).strip(), url));
        }
        boolean same = sources.size() == edit.getSources().size();
        for (int i = 0; same && i < sources.size(); i++) {
            same = sources.get(i).getCitation().equals(edit.getSources().get(i).getCitation())
                    && java.util.Objects.equals(sources.get(i).getUrl(), edit.getSources().get(i).getUrl());
        }
        if (!same) {
            edit.setSources(sources);
        }
    }

    /** The general note: set, replaced or removed; the notes of other kinds (sources disagree, incomplete) stay. */
    private static void note(String typed, AgreementEdit edit) {
        Optional<NoteEntry> general = edit.getNotes().stream().filter(note -> note.getKind() == NoteKind.GENERAL).findFirst();
        if (typed == null) {
            general.ifPresent(edit::removeNote);
        } else if (general.isPresent()) {
            general.get().setText(typed);
        } else {
            edit.getNotes().add(new NoteEntry(NoteKind.GENERAL, typed));
        }
    }

    /** "AZ; KZ", "AZ, KZ" or one a line. */
    private static List<String> list(String typed) {
        return Arrays.stream(typed.split("[;,\\n]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** The row's cells as the readers above take them, with the problems they found. */
    private static final class Cells {

        private final RegisterRow row;
        private final List<ImportProblem> problems = new ArrayList<>();

        Cells(RegisterRow row) {
            this.row = row;
        }

        Collection<String> columns() {
            return row.cells().keySet().stream().filter(column -> !column.startsWith(":")).sorted().toList();
        }

        void problem(String column, String message) {
            problems.add(new ImportProblem(column, message));
        }

        /** The cell as a value: {@code null} when the column is absent or holds a formula (refused), else stripped. */
        String value(String column) {
            String cell = row.cell(column);
            if (cell == null) {
                return null;
            }
            if (cell.startsWith("=")) {
                problem(column, "the cell holds a formula (" + shorten(cell) + "); the archive takes values, never formulas. "
                        + "Type the value itself, or start the text with an apostrophe.");
                return null;
            }
            if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0) {
                return cell.substring(1);
            }
            return cell;
        }

        void text(String column, Consumer<String> field) {
            if (row.cell(column) == null) {
                return;
            }
            String value = value(column);
            if (value != null || !row.cell(column).startsWith("=")) {
                field.accept(value == null || value.isEmpty() ? null : value);
            }
        }

        void date(String column, Consumer<HistoricalDate> field) {
            text(column, typed -> {
                try {
                    field.accept(typed == null ? null : HistoricalDate.read(typed));
                } catch (IllegalArgumentException unreadable) {
                    problem(column, unreadable.getMessage());
                }
            });
        }

        void day(String column, String typed, Consumer<LocalDate> field) {
            if (typed.isEmpty()) {
                field.accept(null);
                return;
            }
            try {
                HistoricalDate date = HistoricalDate.read(typed);
                if (date.precision() != DatePrecision.DAY) {
                    problem(column, "'" + typed + "' is not a day: a party's own dates are days (12 August 2018, 12.08.2018 or 2018-08-12).");
                } else {
                    field.accept(date.earliest());
                }
            } catch (IllegalArgumentException unreadable) {
                problem(column, unreadable.getMessage());
            }
        }

        <E extends Enum<E>> void choice(String column, Class<E> type, Function<E, String> label, Consumer<E> field) {
            text(column, typed -> {
                if (typed == null) {
                    field.accept(null);
                    return;
                }
                String wanted = normal(typed);
                Optional<E> match = Arrays.stream(type.getEnumConstants())
                        .filter(constant -> normal(constant.name()).equals(wanted) || normal(label.apply(constant)).equals(wanted))
                        .findFirst();
                if (match.isPresent()) {
                    field.accept(match.get());
                } else {
                    problem(column, "'" + typed + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                            .collect(Collectors.joining(", ")) + ".");
                }
            });
        }

        private static String normal(String text) {
            return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
        }

        private static String shorten(String text) {
            return text.length() <= 40 ? text : text.substring(0, 39) + "…";
        }
    }
}
