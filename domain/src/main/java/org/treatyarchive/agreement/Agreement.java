package org.treatyarchive.agreement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.treatyarchive.event.Event;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.EditableRecord;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.LocalizedText;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.SourceCitation;
import org.treatyarchive.subject.Subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.treatyarchive.agreement.AgreementField.AUTHENTIC_LANGUAGES;
import static org.treatyarchive.agreement.AgreementField.CLASSIFICATION;
import static org.treatyarchive.agreement.AgreementField.DEPOSITARY;
import static org.treatyarchive.agreement.AgreementField.EXTERNAL_ID;
import static org.treatyarchive.agreement.AgreementField.FORMAT;
import static org.treatyarchive.agreement.AgreementField.KIND;
import static org.treatyarchive.agreement.AgreementField.NOTES;
import static org.treatyarchive.agreement.AgreementField.OFFICIAL_TITLE;
import static org.treatyarchive.agreement.AgreementField.PLACE_OF_SIGNATURE;
import static org.treatyarchive.agreement.AgreementField.SHORT_TITLE;
import static org.treatyarchive.agreement.AgreementField.SOURCES;
import static org.treatyarchive.agreement.AgreementField.STATED_STATUS;
import static org.treatyarchive.agreement.AgreementField.SUBJECTS;
import static org.treatyarchive.agreement.AgreementField.SUMMARY;
import static org.treatyarchive.agreement.AgreementField.TITLES;

/**
 * An agreement between parties, as the archive records it: what it is called in each language, what
 * kind of instrument it is, when and where it was signed, when it entered into force and ended, who
 * is party to it and how, what its articles say, how it relates to other agreements, and the sources
 * and notes behind the record.
 * <p>
 * The aggregate root guards the rules an archivist relies on: entry into force not before
 * signature, no party twice, a bilateral agreement between exactly two parties, no relation to
 * itself, unique article numbers. Its {@link #status(LocalDate) status} is derived, never stored.
 */
@Entity
@Table(name = "agreement")
@Audited
public class Agreement extends EditableRecord {

    public static final int REFERENCE_MAX = 20;
    public static final int TITLE_MAX = 1000;
    public static final int SHORT_TITLE_MAX = 300;
    public static final int PLACE_MAX = 200;
    public static final int DEPOSITARY_MAX = 300;
    public static final int SUMMARY_MAX = 20000;
    public static final int EXTERNAL_ID_MAX = 100;

    /** {@code AGR-2018-0007}: the year of signature and a number within it. */
    public static final Pattern REFERENCE = Pattern.compile("AGR-\\d{4}-\\d{4,6}");

    @Column(name = "reference", length = REFERENCE_MAX, nullable = false, unique = true, updatable = false)
    private String reference;

    /**
     * The number the ministry's own register gives the agreement, when it has one: what a second
     * import of the same register recognises the record by, so that it updates instead of duplicating.
     */
    @Column(name = "external_id", length = EXTERNAL_ID_MAX, unique = true)
    private String externalId;

    @Column(name = "official_title", length = TITLE_MAX, nullable = false)
    private String officialTitle;

    @Column(name = "short_title", length = SHORT_TITLE_MAX)
    private String shortTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private AgreementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", length = 20, nullable = false)
    private AgreementFormat format;

    @Embedded
    @AttributeOverride(name = "earliest", column = @Column(name = "signed_on", nullable = false))
    @AttributeOverride(name = "precision", column = @Column(name = "signed_precision", length = 5, nullable = false))
    private HistoricalDate signed;

    @Column(name = "signed_at", length = PLACE_MAX)
    private String placeOfSignature;

    @Embedded
    @AttributeOverride(name = "earliest", column = @Column(name = "in_force_on"))
    @AttributeOverride(name = "precision", column = @Column(name = "in_force_precision", length = 5))
    private HistoricalDate entryIntoForce;

    @Embedded
    @AttributeOverride(name = "earliest", column = @Column(name = "terminated_on"))
    @AttributeOverride(name = "precision", column = @Column(name = "terminated_precision", length = 5))
    private HistoricalDate termination;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification", length = 20, nullable = false)
    private Classification classification = Classification.PUBLIC;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication", length = 20, nullable = false)
    private Publication publication = Publication.UNPUBLISHED;

    @Enumerated(EnumType.STRING)
    @Column(name = "stated_status", length = 20)
    private AgreementStatus statedStatus;

    @Column(name = "depositary", length = DEPOSITARY_MAX)
    private String depositary;

    @Column(name = "summary", length = SUMMARY_MAX)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @ElementCollection
    @CollectionTable(name = "agreement_title", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("language")
    private Set<LocalizedText> titles = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_language", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "language", length = LocalizedText.LANGUAGE_MAX, nullable = false)
    @OrderColumn(name = "position")
    private List<String> authenticLanguages = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "agreement_subject", joinColumns = @JoinColumn(name = "agreement_id"), inverseJoinColumns = @JoinColumn(name = "subject_id"))
    @OrderBy("name")
    private Set<Subject> subjects = new LinkedHashSet<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<Participation> participations = new LinkedHashSet<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Article> articles = new ArrayList<>();

    @OneToMany(mappedBy = "source", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<AgreementRelation> relations = new LinkedHashSet<>();

    // Belongs to the history of the agreements that hold these relations, not to this one's.
    @NotAudited
    @OneToMany(mappedBy = "target")
    private Set<AgreementRelation> incomingRelations = new LinkedHashSet<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgreementDocument> documents = new ArrayList<>();

    // Not audited: when a record first reached readers is a fact of the archive, not of a revision.
    @NotAudited
    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @ElementCollection
    @CollectionTable(name = "agreement_source", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<SourceCitation> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_note", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<ArchivistNote> notes = new ArrayList<>();

    protected Agreement() { /* for JPA */ }

    /**
     * @param reference the archive reference, issued by the repository ({@code AGR-2018-0007})
     * @param signed    the date of signature, as precisely as known
     */
    public Agreement(String reference, String officialTitle, AgreementKind kind, AgreementFormat format, HistoricalDate signed) {
        String ref = Check.requiredText(AgreementField.REFERENCE.key(), "The archive reference", reference, REFERENCE_MAX);
        if (!REFERENCE.matcher(ref).matches()) {
            throw new InvalidRecordException(AgreementField.REFERENCE.key(), Phrase.of("agreement.badReference", ref));
        }
        this.reference = ref;
        retitle(officialTitle, null);
        this.kind = Check.required(KIND.key(), "The kind of agreement", kind);
        this.format = Check.required(FORMAT.key(), "Whether the agreement is bilateral or multilateral", format);
        hold(AgreementDates.signedOn(signed));
    }

    // --- titles and description -------------------------------------------------------------

    public void retitle(String officialTitle, String shortTitle) {
        this.officialTitle = Check.requiredText(OFFICIAL_TITLE.key(), "The official title", officialTitle, TITLE_MAX);
        this.shortTitle = Check.optionalText(SHORT_TITLE.key(), "The short title", shortTitle, SHORT_TITLE_MAX);
    }

    /** Adds the title in another language, replacing any earlier title in that language. */
    public void addTitle(String language, String title) {
        LocalizedText text = new LocalizedText(language, Check.requiredText(TITLES.key(), "The title", title, TITLE_MAX));
        titles.removeIf(existing -> existing.getLanguage().equals(text.getLanguage()));
        titles.add(text);
    }

    public void classifyAs(AgreementKind kind, AgreementFormat format) {
        Check.required(KIND.key(), "The kind of agreement", kind);
        Check.required(FORMAT.key(), "Whether the agreement is bilateral or multilateral", format);
        format.checkAllows(participations.size());
        this.kind = kind;
        this.format = format;
    }

    /** Who may see the record: readers without clearance see only public ones. */
    public void classify(Classification classification) {
        this.classification = Check.required(CLASSIFICATION.key(), "The classification", classification);
    }

    /** Sets (or clears) the ministry register's number for the record; the archive keeps each number on one record. */
    public void registerAs(String externalId) {
        this.externalId = Check.optionalText(EXTERNAL_ID.key(), "The register number", externalId, EXTERNAL_ID_MAX);
    }

    public void depositedWith(String depositary) {
        this.depositary = Check.optionalText(DEPOSITARY.key(), "The depositary", depositary, DEPOSITARY_MAX);
    }

    /** Sets the languages whose texts are equally authentic, as BCP 47 tags, in the order the final clauses name them. */
    public void authenticIn(List<String> languages) {
        List<String> tags = LocalizedText.distinctLanguages(AUTHENTIC_LANGUAGES.key(), languages);
        authenticLanguages.clear();
        authenticLanguages.addAll(tags);
    }

    public void summarize(String summary) {
        this.summary = Check.optionalText(SUMMARY.key(), "The summary", summary, SUMMARY_MAX);
    }

    /** Replaces the titles in other languages; one title per language. */
    public void retitleIn(List<LocalizedText> wanted) {
        LocalizedText.checkOnePerLanguage(TITLES.key(), wanted);
        titles.clear();
        titles.addAll(wanted);
    }

    /** Replaces the subjects the agreement is classified under. */
    public void reviseSubjects(Collection<Subject> wanted) {
        subjects.clear();
        wanted.forEach(this::classifyUnder);
    }

    public void adoptedAt(Event event) {
        this.event = event;
    }

    public void classifyUnder(Subject subject) {
        subjects.add(Check.required(SUBJECTS.key(), "The subject", subject));
    }

    // --- dates ----------------------------------------------------------------------------------

    public void signedOn(HistoricalDate date, String place) {
        AgreementDates changed = dates().withSignature(date);
        this.placeOfSignature = Check.optionalText(PLACE_OF_SIGNATURE.key(), "The place of signature", place, PLACE_MAX);
        hold(changed);
    }

    /** Sets signature, entry into force and termination together, checked as one {@link AgreementDates}. */
    public void redate(HistoricalDate signed, String place, HistoricalDate entryIntoForce, HistoricalDate termination) {
        AgreementDates changed = new AgreementDates(signed, entryIntoForce, termination);
        this.placeOfSignature = Check.optionalText(PLACE_OF_SIGNATURE.key(), "The place of signature", place, PLACE_MAX);
        hold(changed);
    }

    /** Records entry into force; {@code null} when it has not entered into force or the date is not known. */
    public void enteredIntoForce(HistoricalDate date) {
        hold(dates().withEntryIntoForce(date));
    }

    public void terminatedOn(HistoricalDate date) {
        hold(dates().withTermination(date));
    }

    /**
     * Records the status the sources state, for an agreement whose dates they do not give (the 1921
     * treaty cited as in force, a pipeline agreement reported terminated). Recorded dates and
     * relations take precedence; {@code null} removes it.
     */
    public void stateStatus(AgreementStatus status) {
        if (status == AgreementStatus.UNKNOWN) {
            throw new InvalidRecordException(STATED_STATUS.key(), Phrase.of("agreement.statedUnknown"));
        }
        this.statedStatus = status;
    }

    /** The dates as one value, with the rules between them. */
    public AgreementDates dates() {
        return new AgreementDates(signed, entryIntoForce, termination);
    }

    private void hold(AgreementDates dates) {
        this.signed = dates.signed();
        this.entryIntoForce = dates.entryIntoForce();
        this.termination = dates.termination();
    }

    // --- parties, articles, relations ------------------------------------------------------------

    /** The parties, with the rules of that list. */
    public PartyList parties() { return new PartyList(this, participations); }

    /** Checks the rules that only hold once a record is complete, such as the number of parties its format needs. */
    public void verifyComplete() {
        format.checkComplete(participations.size());
    }

    /** The articles in reading order, with the rules of that list. */
    public ArticleList articles() { return new ArticleList(this, articles); }

    /** The documents it holds, with the rules of that list; checked against the record's classification, so set that first. */
    public DocumentList documents() { return new DocumentList(this, documents); }

    /** The relations this agreement holds, with the rules of that list. */
    public RelationList relations() { return new RelationList(this, relations); }

    /** Another agreement's relation towards this one, kept in step by that agreement's {@link RelationList}. */
    void receive(AgreementRelation relation) { incomingRelations.add(relation); }
    void release(AgreementRelation relation) { incomingRelations.remove(relation); }

    // --- sources and notes ----------------------------------------------------------------------

    public void cite(SourceCitation source) {
        addOnce(sources, Check.required(SOURCES.key(), "The source", source));
    }

    public void annotate(ArchivistNote note) {
        addOnce(notes, Check.required(NOTES.key(), "The note", note));
    }

    /** Replaces the sources, in the order given; a source listed twice is kept once. */
    public void reviseSources(List<SourceCitation> wanted) {
        replace(sources, wanted.stream().map(source -> Check.required(SOURCES.key(), "The source", source)).toList());
    }

    /** Replaces the archivist's notes, in the order given; a note listed twice is kept once. */
    public void reviseNotes(List<ArchivistNote> wanted) {
        replace(notes, wanted.stream().map(note -> Check.required(NOTES.key(), "The note", note)).toList());
    }

    private static <T> void addOnce(List<T> held, T item) {
        if (!held.contains(item)) {
            held.add(item);
        }
    }

    private static <T> void replace(List<T> held, List<T> wanted) {
        List<T> distinct = wanted.stream().distinct().toList();
        held.clear();
        held.addAll(distinct);
    }

    // --- publication ----------------------------------------------------------------------------

    /** Makes the record visible to readers; called when a reviewer approves it. */
    public void publish() {
        publication = Publication.PUBLISHED;
        if (firstPublishedAt == null) {
            // The first time only: a change approved later does not make the agreement new to readers.
            firstPublishedAt = Instant.now();
        }
    }

    /** When readers first got the record, or {@code null} while it never was published. */
    public Instant getFirstPublishedAt() { return firstPublishedAt; }

    /** Takes the record out of the public archive; called when a reviewer approves its withdrawal. */
    public void withdraw() {
        publication = publication.withdrawn(reference);
    }

    /** The publication another archive recorded, with its first publication: for a restore from the archive's own export only. */
    public void restorePublication(Publication restored, Instant firstPublished) {
        publication = Objects.requireNonNull(restored, "publication");
        firstPublishedAt = firstPublished;
    }

    public Publication getPublication() { return publication; }
    public boolean isPublished() { return publication == Publication.PUBLISHED; }

    // --- derived --------------------------------------------------------------------------------

    /** The status on the given day; needs the incoming relations, which the detail query loads. */
    public AgreementStatus status(LocalDate today) {
        RelationType endedBy = getEndedBy();
        return AgreementStatus.derive(entryIntoForce, termination, endedBy == RelationType.SUPERSEDES,
                endedBy == RelationType.TERMINATES, statedStatus, today);
    }

    /**
     * The kind of relation by which another agreement ended this one, superseding before
     * terminating, or {@code null}: what the status needs of the incoming relations, as one value the
     * search index can hold.
     */
    public RelationType getEndedBy() {
        return RelationType.endingOf(incomingRelations);
    }

    /** The first year of the decade of signature (1990 for 1997), a search facet. */
    public int getSignedDecade() { return signed.year() / 10 * 10; }

    /** The short title where there is one, for lists and links. */
    public String getDisplayTitle() { return shortTitle != null ? shortTitle : officialTitle; }

    public String getReference() { return reference; }
    public String getOfficialTitle() { return officialTitle; }
    public String getShortTitle() { return shortTitle; }
    public AgreementKind getKind() { return kind; }
    public AgreementFormat getFormat() { return format; }
    public HistoricalDate getSigned() { return signed; }
    public String getPlaceOfSignature() { return placeOfSignature; }
    public HistoricalDate getEntryIntoForce() { return entryIntoForce; }
    public HistoricalDate getTermination() { return termination; }
    public Classification getClassification() { return classification; }
    public AgreementStatus getStatedStatus() { return statedStatus; }
    public String getDepositary() { return depositary; }
    public String getExternalId() { return externalId; }
    public String getSummary() { return summary; }
    public Optional<Event> getEvent() { return Optional.ofNullable(event); }
    public List<LocalizedText> getTitles() { return List.copyOf(titles); }
    public List<String> getAuthenticLanguages() { return Collections.unmodifiableList(authenticLanguages); }
    public List<Subject> getSubjects() { return List.copyOf(subjects); }

    /** The parties in alphabetical order of their names. */
    public List<Participation> getParticipations() {
        return participations.stream().sorted(Comparator.comparing(participation -> participation.getParty().getName())).toList();
    }

    public List<Article> getArticles() { return Collections.unmodifiableList(articles); }
    public List<AgreementDocument> getDocuments() { return Collections.unmodifiableList(documents); }

    /** Relations this agreement holds ("supplements AGR-2001-0001"). */
    public List<AgreementRelation> getRelations() { return List.copyOf(relations); }

    /** Relations other agreements hold towards this one ("supplemented by AGR-2003-0002"). */
    public List<AgreementRelation> getIncomingRelations() { return List.copyOf(incomingRelations); }
    public List<SourceCitation> getSources() { return Collections.unmodifiableList(sources); }
    public List<ArchivistNote> getNotes() { return Collections.unmodifiableList(notes); }

    @Override
    public String toString() { return reference; }
}
