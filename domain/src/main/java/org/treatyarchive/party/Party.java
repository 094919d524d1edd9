package org.treatyarchive.party;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.EditableRecord;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.LocalizedText;
import org.treatyarchive.shared.Phrase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A party to agreements: a state, a historic state, an international organisation or a state
 * enterprise.
 * <p>
 * Its {@code code} is the archive's own stable key (the ISO 3166 alpha-2 code for current states,
 * a mnemonic such as {@code USSR} otherwise). A party may have a predecessor, so that the archive
 * can follow Persia to Iran and the USSR to the Russian Federation.
 */
@Entity
@Table(name = "party")
@Audited
public class Party extends EditableRecord {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 300;
    public static final int NOTES_MAX = 4000;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1," + (CODE_MAX - 1) + "}");
    private static final Pattern ISO_3166 = Pattern.compile("[A-Z]{2}");

    @Column(name = "code", length = CODE_MAX, nullable = false, unique = true)
    private String code;

    @Column(name = "iso_code", length = 2)
    private String isoCode;

    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private PartyKind kind;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    private Party predecessor;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    // Not in the history: Envers cannot key a list of nullable embeddables without an order column.
    // A change of names still raises the party's version (Hibernate versions the owner of a changed
    // collection), so two archivists editing names at once meet the optimistic lock as for any field.
    // Eager: every page that names a party names it in the reader's language, often after the
    // transaction that read it has ended. The register is small and the names are read in batches
    // (hibernate.default_batch_fetch_size), not one query per party.
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "party_name", joinColumns = @JoinColumn(name = "party_id"))
    @AttributeOverrides({
            @AttributeOverride(name = "language", column = @Column(name = "language")),
            @AttributeOverride(name = "text", column = @Column(name = "name"))
    })
    @OrderBy("language")
    private List<LocalizedText> names = new ArrayList<>();

    protected Party() {
        // for JPA
    }

    public Party(String code, String name, PartyKind kind) {
        this.code = checkCode(code);
        rename(name);
        this.kind = Check.required("kind", "The kind of party", kind);
    }

    private static String checkCode(String code) {
        String value = Check.requiredText("code", "The party code", code, CODE_MAX).toUpperCase();
        if (!CODE.matcher(value).matches()) {
            throw new InvalidRecordException("code", Phrase.of("party.codeRule", value, CODE_MAX));
        }
        return value;
    }

    public void reclassify(PartyKind kind) {
        this.kind = Check.required("kind", "The kind of party", kind);
    }

    public void rename(String name) {
        this.name = Check.requiredText("name", "The name of the party", name, NAME_MAX);
    }

    public void assignIsoCode(String isoCode) {
        String value = Check.optionalText("isoCode", "The ISO code", isoCode, 2);
        if (value != null && !ISO_3166.matcher(value.toUpperCase()).matches()) {
            throw new InvalidRecordException("isoCode", Phrase.of("party.isoRule"));
        }
        this.isoCode = value == null ? null : value.toUpperCase();
    }

    /** Sets the period in which the party existed as such; either end may be unknown or open. */
    public void existed(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRecordException("validTo", Phrase.of("party.endsBeforeStart", to, from));
        }
        this.validFrom = from;
        this.validTo = to;
    }

    /**
     * Records that this party continues or succeeds another, as the Russian Federation continues the
     * USSR.
     */
    public void succeed(Party predecessor) {
        if (predecessor != null) {
            if (predecessor.equals(this) || predecessor == this) {
                throw new InvalidRecordException("predecessor", Phrase.of("party.ownPredecessor"));
            }
            for (Party earlier = predecessor.predecessor; earlier != null; earlier = earlier.predecessor) {
                if (earlier == this || earlier.equals(this)) {
                    throw new InvalidRecordException("predecessor", Phrase.of("party.loop", predecessor.getName(), name));
                }
            }
        }
        this.predecessor = predecessor;
    }

    /** Adds or replaces the name in one language. */
    public void nameIn(String language, String text) {
        LocalizedText localized = new LocalizedText(language, Check.requiredText("names", "The name", text, NAME_MAX));
        names.removeIf(existing -> existing.getLanguage().equals(localized.getLanguage()));
        names.add(localized);
    }

    /**
     * Replaces the names in other languages with those of a form's text, one per line as
     * {@code ru: Республика Казахстан}; an empty text removes them all.
     */
    public void renameIn(String lines) {
        List<LocalizedText> read = new ArrayList<>();
        int number = 0;
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                throw new InvalidRecordException("names", Phrase.of("party.nameLine", number, line.strip()));
            }
            String language = Check.asField("names", () -> LocalizedText.normalizeLanguage(line.substring(0, colon).strip()));
            String text = Check.requiredText("names", "The name", line.substring(colon + 1).strip(), NAME_MAX);
            if (read.stream().anyMatch(earlier -> earlier.getLanguage().equals(language))) {
                throw new InvalidRecordException("names", Phrase.of("party.nameTwice", language));
            }
            read.add(new LocalizedText(language, text));
        }
        read.sort(Comparator.comparing(LocalizedText::getLanguage));
        // Only when they differ: touching the collection rewrites its rows and raises the version.
        if (!read.equals(names)) {
            names.clear();
            names.addAll(read);
        }
    }

    /** The names in other languages as the form shows them, one per line. */
    public String getNamesText() {
        StringBuilder text = new StringBuilder();
        names.forEach(localized -> text.append(localized.getLanguage()).append(": ").append(localized.getText()).append('\n'));
        return text.toString().strip();
    }

    /** The name in a language (its first subtag matching), if the register holds one. */
    public Optional<String> nameIn(String language) {
        if (language == null) {
            return Optional.empty();
        }
        String wanted = language.split("[-_]")[0];
        return names.stream().filter(localized -> localized.getLanguage().split("-")[0].equals(wanted)).map(LocalizedText::getText).findFirst();
    }

    public void describe(String notes) {
        this.notes = Check.optionalText("notes", "The notes", notes, NOTES_MAX);
    }

    public String getCode() {
        return code;
    }

    public String getIsoCode() {
        return isoCode;
    }

    /**
     * The name with the code, the code only once: "Republic of Kazakhstan (KZ)", and "State Oil
     * Company of the Azerbaijan Republic (SOCAR)" for a name that already ends with it.
     */
    public String getLabel() {
        return labelOf(name, code);
    }

    public static String labelOf(String name, String code) {
        String suffix = "(" + code + ")";
        return name == null || name.isBlank() ? code : name.endsWith(suffix) ? name : name + " " + suffix;
    }

    public String getName() {
        return name;
    }

    public PartyKind getKind() {
        return kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Optional<Party> getPredecessor() {
        return Optional.ofNullable(predecessor);
    }

    public String getNotes() {
        return notes;
    }

    public List<LocalizedText> getNames() {
        return Collections.unmodifiableList(names);
    }

    @Override
    public String toString() {
        return code;
    }
}
