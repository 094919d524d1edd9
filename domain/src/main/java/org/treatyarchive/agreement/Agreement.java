package org.treatyarchive.agreement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.EditableRecord;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.LocalizedText;
import org.treatyarchive.shared.SourceCitation;
import org.treatyarchive.subject.Subject;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** {@code AGR-2018-0007}: the year of signature and a number within it. */
    public static final Pattern REFERENCE = Pattern.compile("AGR-\\d{4}-\\d{4,6}");

    @Column(name = "reference", length = REFERENCE_MAX, nullable = false, unique = true, updatable = false)
    private String reference;

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
    @AttributeOverrides({
            @AttributeOverride(name = "earliest", column = @Column(name = "signed_on", nullable = false)),
            @AttributeOverride(name = "precision", column = @Column(name = "signed_precision", length = 5, nullable = false))
    })
    private HistoricalDate signed;

    @Column(name = "signed_at", length = PLACE_MAX)
    private String placeOfSignature;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "earliest", column = @Column(name = "in_force_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "in_force_precision", length = 5))
    })
    private HistoricalDate entryIntoForce;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "earliest", column = @Column(name = "terminated_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "terminated_precision", length = 5))
    })
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
    @JoinTable(name = "agreement_subject",
            joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "subject_id"))
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

    @ElementCollection
    @CollectionTable(name = "agreement_source", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<SourceCitation> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_note", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<ArchivistNote> notes = new ArrayList<>();

    protected Agreement() {
        // for JPA
    }

    /**
     * @param reference the archive reference, issued by the repository ({@code AGR-2018-0007})
     * @param signed    the date of signature, as precisely as known
     */
    public Agreement(String reference, String officialTitle, AgreementKind kind, AgreementFormat format, HistoricalDate signed) {
        String ref = Check.requiredText("reference", "The archive reference", reference, REFERENCE_MAX);
        if (!REFERENCE.matcher(ref).matches()) {
            throw new InvalidRecordException("reference", "'" + ref + "' is not an archive reference such as AGR-2018-0007.");
        }
        this.reference = ref;
        retitle(officialTitle, null);
        this.kind = Check.required("kind", "The kind of agreement", kind);
        this.format = Check.required("format", "Whether the agreement is bilateral or multilateral", format);
        this.signed = plausibleSignature(signed);
    }

    // --- titles and description -------------------------------------------------------------

    public void retitle(String officialTitle, String shortTitle) {
        this.officialTitle = Check.requiredText("officialTitle", "The official title", officialTitle, TITLE_MAX);
        this.shortTitle = Check.optionalText("shortTitle", "The short title", shortTitle, SHORT_TITLE_MAX);
    }

    /** Adds the title in another language, replacing any earlier title in that language. */
    public void addTitle(String language, String title) {
        LocalizedText text = new LocalizedText(language, Check.requiredText("titles", "The title", title, TITLE_MAX));
        titles.removeIf(existing -> existing.getLanguage().equals(text.getLanguage()));
        titles.add(text);
    }

    public void removeTitle(String language) {
        String tag = LocalizedText.normalizeLanguage(language);
        titles.removeIf(existing -> existing.getLanguage().equals(tag));
    }

    public void classifyAs(AgreementKind kind, AgreementFormat format) {
        Check.required("kind", "The kind of agreement", kind);
        Check.required("format", "Whether the agreement is bilateral or multilateral", format);
        if (format == AgreementFormat.BILATERAL && participations.size() > 2) {
            throw new InvalidRecordException("format",
                    "The agreement has " + participations.size() + " parties; a bilateral agreement has exactly two.");
        }
        this.kind = kind;
        this.format = format;
    }

    /** Who may see the record: readers without clearance see only public ones. */
    public void classify(Classification classification) {
        this.classification = Check.required("classification", "The classification", classification);
    }

    public void depositedWith(String depositary) {
        this.depositary = Check.optionalText("depositary", "The depositary", depositary, DEPOSITARY_MAX);
    }

    /** Sets the languages whose texts are equally authentic, as BCP 47 tags, in the order the final clauses name them. */
    public void authenticIn(List<String> languages) {
        List<String> tags = new ArrayList<>();
        for (String language : languages) {
            String tag = Check.asField("authenticLanguages", () -> LocalizedText.normalizeLanguage(language));
            if (tags.contains(tag)) {
                throw new InvalidRecordException("authenticLanguages", "The language " + tag + " is listed twice.");
            }
            tags.add(tag);
        }
        authenticLanguages.clear();
        authenticLanguages.addAll(tags);
    }

    public void summarize(String summary) {
        this.summary = Check.optionalText("summary", "The summary", summary, SUMMARY_MAX);
    }

    /** Replaces the titles in other languages; one title per language. */
    public void retitleIn(List<LocalizedText> wanted) {
        Set<String> languages = new HashSet<>();
        for (LocalizedText title : wanted) {
            if (!languages.add(title.getLanguage())) {
                throw new InvalidRecordException("titles", "There are two titles in " + title.getLanguageName()
                        + " (" + title.getLanguage() + "); keep one per language.");
            }
        }
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
        subjects.add(Check.required("subjects", "The subject", subject));
    }

    public void declassifyFrom(Subject subject) {
        subjects.remove(subject);
    }

    // --- dates ----------------------------------------------------------------------------------

    public void signedOn(HistoricalDate date, String place) {
        HistoricalDate newSigned = plausibleSignature(date);
        checkNotBefore(entryIntoForce, newSigned, "entryIntoForce", "Entry into force", "signature");
        checkNotBefore(termination, newSigned, "termination", "Termination", "signature");
        this.signed = newSigned;
        this.placeOfSignature = Check.optionalText("placeOfSignature", "The place of signature", place, PLACE_MAX);
    }

    /**
     * Sets signature, entry into force and termination together, checking them against each other
     * rather than against the dates they replace: moving all three later in one save is allowed.
     */
    public void redate(HistoricalDate signed, String place, HistoricalDate entryIntoForce, HistoricalDate termination) {
        HistoricalDate newSigned = plausibleSignature(signed);
        checkNotBefore(entryIntoForce, newSigned, "entryIntoForce", "Entry into force", "signature");
        checkNotBefore(termination, newSigned, "termination", "Termination", "signature");
        checkNotBefore(termination, entryIntoForce, "termination", "Termination", "entry into force");
        String newPlace = Check.optionalText("placeOfSignature", "The place of signature", place, PLACE_MAX);
        this.signed = newSigned;
        this.placeOfSignature = newPlace;
        this.entryIntoForce = entryIntoForce;
        this.termination = termination;
    }

    /** Records entry into force; {@code null} when it has not entered into force or the date is not known. */
    public void enteredIntoForce(HistoricalDate date) {
        checkNotBefore(date, signed, "entryIntoForce", "Entry into force", "signature");
        checkNotBefore(termination, date, "termination", "Termination", "entry into force");
        this.entryIntoForce = date;
    }

    public void terminatedOn(HistoricalDate date) {
        checkNotBefore(date, signed, "termination", "Termination", "signature");
        checkNotBefore(date, entryIntoForce, "termination", "Termination", "entry into force");
        this.termination = date;
    }

    /**
     * Records the status the sources state, for an agreement whose dates they do not give (the 1921
     * treaty cited as in force, a pipeline agreement reported terminated). Recorded dates and
     * relations take precedence; {@code null} removes it.
     */
    public void stateStatus(AgreementStatus status) {
        if (status == AgreementStatus.UNKNOWN) {
            throw new InvalidRecordException("statedStatus", "Leave the stated status empty when the sources do not give one.");
        }
        this.statedStatus = status;
    }

    /** The earliest year of signature the archive accepts; older instruments are outside its remit. */
    public static final int EARLIEST_SIGNATURE_YEAR = 1000;

    /**
     * A date of signature must be one an agreement can have: not before {@link #EARLIEST_SIGNATURE_YEAR}
     * (a mistyped year such as 0201 or 0000) and not in the future (a typo such as 2999; an agreement
     * is recorded once signed). "Tomorrow" allows for a signature in a time zone ahead of the server.
     */
    private static HistoricalDate plausibleSignature(HistoricalDate date) {
        HistoricalDate signed = Check.required("signed", "The date of signature", date);
        if (signed.year() < EARLIEST_SIGNATURE_YEAR) {
            throw new InvalidRecordException("signed", "The date of signature (" + signed.display() + ") is before the year "
                    + EARLIEST_SIGNATURE_YEAR + ", earlier than the archive records; check the year.");
        }
        if (signed.earliest().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new InvalidRecordException("signed", "The date of signature (" + signed.display()
                    + ") is in the future; an agreement is recorded once it is signed.");
        }
        return signed;
    }

    private static void checkNotBefore(HistoricalDate later, HistoricalDate earlier, String field, String laterLabel, String earlierLabel) {
        if (later != null && earlier != null && later.isCertainlyBefore(earlier)) {
            throw new InvalidRecordException(field,
                    laterLabel + " (" + later.display() + ") cannot be before " + earlierLabel + " (" + earlier.display() + ").");
        }
    }

    // --- parties --------------------------------------------------------------------------------

    /**
     * Makes a party to this agreement.
     *
     * @return the participation, on which signature, consent and entry into force are recorded
     * @throws InvalidRecordException when the party is already a party, or a bilateral agreement
     *                                already has two
     */
    public Participation addParty(Party party) {
        Check.required("participations", "The party", party);
        if (findParticipation(party).isPresent()) {
            throw new InvalidRecordException("participations", party.getName() + " is already a party to this agreement.");
        }
        if (format == AgreementFormat.BILATERAL && participations.size() >= 2) {
            throw new InvalidRecordException("participations",
                    "A bilateral agreement has exactly two parties; remove one before adding " + party.getName() + ".");
        }
        Participation participation = new Participation(this, party);
        participations.add(participation);
        return participation;
    }

    /**
     * Makes the parties exactly those listed, with their terms: parties not listed are removed, the
     * others added or updated. Whether their number suits a bilateral or multilateral agreement is
     * checked by {@link #classifyAs} and {@link #verifyComplete()}, once the list is complete.
     */
    public void reviseParties(List<PartyTerms> wanted) {
        Set<String> codes = new HashSet<>();
        for (PartyTerms terms : wanted) {
            Party party = Check.required("participations", "The party", terms.party());
            if (!codes.add(party.getCode())) {
                throw new InvalidRecordException("participations", party.getName() + " is listed twice; a state is party to an agreement once.");
            }
        }
        participations.removeIf(participation -> !codes.contains(participation.getParty().getCode()));
        for (PartyTerms terms : wanted) {
            Participation participation = findParticipation(terms.party()).orElseGet(() -> {
                Participation added = new Participation(this, terms.party());
                participations.add(added);
                return added;
            });
            participation.recordTerms(terms);
        }
    }

    public void removeParty(Party party) {
        participations.removeIf(participation -> sameParty(participation.getParty(), party));
    }

    public Optional<Participation> findParticipation(Party party) {
        return participations.stream().filter(participation -> sameParty(participation.getParty(), party)).findFirst();
    }

    private static boolean sameParty(Party one, Party other) {
        return one == other || one.equals(other) || one.getCode().equals(other.getCode());
    }

    /**
     * Checks the rules that only hold once a record is complete, as opposed to the ones checked at
     * every step: a bilateral agreement binds exactly two parties, a multilateral one at least three.
     */
    public void verifyComplete() {
        int count = participations.size();
        if (format == AgreementFormat.BILATERAL && count != 2) {
            throw new InvalidRecordException("participations",
                    "A bilateral agreement has exactly two parties; this one has " + count + ".");
        }
        if (format == AgreementFormat.MULTILATERAL && count < 3) {
            throw new InvalidRecordException("participations",
                    "A multilateral agreement has at least three parties; this one has " + count + ". Record an agreement between two parties as bilateral.");
        }
    }

    // --- articles -------------------------------------------------------------------------------

    public Article addArticle(String number, String heading, String text) {
        String normalized = Check.requiredText("articles", "The article number", number, Article.NUMBER_MAX);
        if (findArticle(normalized).isPresent()) {
            throw new InvalidRecordException("articles", "There is already an article " + normalized + ".");
        }
        Article article = new Article(this, articles.size(), normalized, heading, text);
        articles.add(article);
        return article;
    }

    /**
     * Makes the articles exactly those listed, in that order: listed articles with an id are revised
     * (their number may change, so two articles may swap numbers), the others added, and articles
     * not listed removed.
     */
    public void reviseArticles(List<ArticleText> wanted) {
        Map<String, ArticleText> byNumber = new HashMap<>();
        for (ArticleText entry : wanted) {
            String number = Check.requiredText("articles", "The article number", entry.number(), Article.NUMBER_MAX);
            ArticleText other = byNumber.put(number.toLowerCase(), entry);
            if (other != null) {
                throw new InvalidRecordException("articles", "There are two articles numbered " + number + "; each number is used once.");
            }
        }
        Map<Long, Article> existing = new HashMap<>();
        articles.forEach(article -> existing.put(article.getId(), article));
        List<Article> ordered = new ArrayList<>();
        for (ArticleText entry : wanted) {
            Article article = entry.id() == null ? null : existing.get(entry.id());
            if (article == null) {
                article = new Article(this, ordered.size(), entry.number(), entry.heading(), entry.text());
            } else {
                article.renumber(entry.number());
                article.revise(entry.heading(), entry.text());
            }
            ordered.add(article);
        }
        articles.clear();
        articles.addAll(ordered);
        renumberPositions();
    }

    public Optional<Article> findArticle(String number) {
        return articles.stream().filter(article -> article.getNumber().equalsIgnoreCase(number.strip())).findFirst();
    }

    public void removeArticle(String number) {
        articles.removeIf(article -> article.getNumber().equalsIgnoreCase(number.strip()));
        renumberPositions();
    }

    /** Moves an article to a new place in the reading order (0 is first). */
    public void moveArticle(String number, int newPosition) {
        Article article = findArticle(number)
                .orElseThrow(() -> new InvalidRecordException("articles", "There is no article " + number + "."));
        if (newPosition < 0 || newPosition >= articles.size()) {
            throw new InvalidRecordException("articles", "Position " + newPosition + " is outside the list of " + articles.size() + " articles.");
        }
        articles.remove(article);
        articles.add(newPosition, article);
        renumberPositions();
    }

    private void renumberPositions() {
        for (int position = 0; position < articles.size(); position++) {
            articles.get(position).moveTo(position);
        }
    }

    // --- relations ------------------------------------------------------------------------------

    /**
     * Records that this agreement bears on another: it amends, supersedes, supplements, implements,
     * terminates or refers to it.
     */
    public AgreementRelation relate(RelationType type, Agreement target, String note) {
        Check.required("relations", "The related agreement", target);
        if (target == this || target.reference.equals(reference)) {
            throw new InvalidRecordException("relations", "An agreement cannot be related to itself.");
        }
        boolean duplicate = relations.stream()
                .anyMatch(relation -> relation.getType() == type && relation.getTarget().getReference().equals(target.getReference()));
        if (duplicate) {
            throw new InvalidRecordException("relations",
                    "This agreement already " + type.getLabel() + " " + target.getReference() + ".");
        }
        AgreementRelation relation = new AgreementRelation(this, type, target, note);
        relations.add(relation);
        target.incomingRelations.add(relation);
        return relation;
    }

    /**
     * Makes the relations this agreement holds exactly those listed: the others are removed, new ones
     * added, and the notes of the remaining ones updated.
     */
    public void reviseRelations(List<RelationTerms> wanted) {
        Set<String> keys = new HashSet<>();
        for (RelationTerms terms : wanted) {
            Agreement target = Check.required("relations", "The related agreement", terms.target());
            Check.required("relations", "The kind of relation", terms.type());
            if (target == this || target.reference.equals(reference)) {
                throw new InvalidRecordException("relations", "An agreement cannot be related to itself.");
            }
            if (!keys.add(terms.type() + " " + target.reference)) {
                throw new InvalidRecordException("relations",
                        "The relation \"" + terms.type().getLabel() + " " + target.reference + "\" is listed twice.");
            }
        }
        for (AgreementRelation relation : List.copyOf(relations)) {
            if (!keys.contains(relation.getType() + " " + relation.getTarget().getReference())) {
                removeRelation(relation.getType(), relation.getTarget());
            }
        }
        for (RelationTerms terms : wanted) {
            Optional<AgreementRelation> held = relations.stream()
                    .filter(relation -> relation.getType() == terms.type()
                            && relation.getTarget().getReference().equals(terms.target().reference))
                    .findFirst();
            if (held.isPresent()) {
                held.get().annotate(terms.note());
            } else {
                relate(terms.type(), terms.target(), terms.note());
            }
        }
    }

    public void removeRelation(RelationType type, Agreement target) {
        relations.removeIf(relation -> {
            boolean match = relation.getType() == type && relation.getTarget().getReference().equals(target.getReference());
            if (match) {
                target.incomingRelations.remove(relation);
            }
            return match;
        });
    }

    // --- sources and notes ----------------------------------------------------------------------

    public void cite(SourceCitation source) {
        Check.required("sources", "The source", source);
        if (!sources.contains(source)) {
            sources.add(source);
        }
    }

    public void annotate(ArchivistNote note) {
        Check.required("notes", "The note", note);
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** Replaces the sources, in the order given. */
    public void reviseSources(List<SourceCitation> wanted) {
        List<SourceCitation> distinct = wanted.stream().map(source -> Check.required("sources", "The source", source)).distinct().toList();
        sources.clear();
        sources.addAll(distinct);
    }

    /** Replaces the archivist's notes, in the order given. */
    public void reviseNotes(List<ArchivistNote> wanted) {
        List<ArchivistNote> distinct = wanted.stream().map(note -> Check.required("notes", "The note", note)).distinct().toList();
        notes.clear();
        notes.addAll(distinct);
    }

    // --- publication ----------------------------------------------------------------------------

    /** Makes the record visible to readers; called when a reviewer approves it. */
    public void publish() {
        publication = Publication.PUBLISHED;
    }

    /** Takes the record out of the public archive; called when a reviewer approves its withdrawal. */
    public void withdraw() {
        if (publication != Publication.PUBLISHED) {
            throw new InvalidRecordException("publication", "Only a published record can be withdrawn; " + reference + " is "
                    + publication.getLabel().toLowerCase() + ".");
        }
        publication = Publication.WITHDRAWN;
    }

    public Publication getPublication() {
        return publication;
    }

    public boolean isPublished() {
        return publication == Publication.PUBLISHED;
    }

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
        if (incomingRelations.stream().anyMatch(relation -> relation.getType() == RelationType.SUPERSEDES)) {
            return RelationType.SUPERSEDES;
        }
        return incomingRelations.stream().anyMatch(relation -> relation.getType() == RelationType.TERMINATES)
                ? RelationType.TERMINATES : null;
    }

    /** The first year of the decade of signature (1990 for 1997), a search facet. */
    public int getSignedDecade() {
        return signed.year() / 10 * 10;
    }

    /** The short title where there is one, for lists and links. */
    public String getDisplayTitle() {
        return shortTitle != null ? shortTitle : officialTitle;
    }

    // --- accessors ------------------------------------------------------------------------------

    public String getReference() {
        return reference;
    }

    public String getOfficialTitle() {
        return officialTitle;
    }

    public String getShortTitle() {
        return shortTitle;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public AgreementFormat getFormat() {
        return format;
    }

    public HistoricalDate getSigned() {
        return signed;
    }

    public String getPlaceOfSignature() {
        return placeOfSignature;
    }

    public HistoricalDate getEntryIntoForce() {
        return entryIntoForce;
    }

    public HistoricalDate getTermination() {
        return termination;
    }

    public Classification getClassification() {
        return classification;
    }

    public AgreementStatus getStatedStatus() {
        return statedStatus;
    }

    public String getDepositary() {
        return depositary;
    }

    public String getSummary() {
        return summary;
    }

    public Optional<Event> getEvent() {
        return Optional.ofNullable(event);
    }

    public List<LocalizedText> getTitles() {
        return List.copyOf(titles);
    }

    public List<String> getAuthenticLanguages() {
        return Collections.unmodifiableList(authenticLanguages);
    }

    public List<Subject> getSubjects() {
        return List.copyOf(subjects);
    }

    /** The parties in alphabetical order of their names. */
    public List<Participation> getParticipations() {
        return participations.stream()
                .sorted(Comparator.comparing(participation -> participation.getParty().getName()))
                .toList();
    }

    public List<Article> getArticles() {
        return Collections.unmodifiableList(articles);
    }

    /** Relations this agreement holds ("supplements AGR-2001-0001"). */
    public List<AgreementRelation> getRelations() {
        return List.copyOf(relations);
    }

    /** Relations other agreements hold towards this one ("supplemented by AGR-2003-0002"). */
    public List<AgreementRelation> getIncomingRelations() {
        return List.copyOf(incomingRelations);
    }

    public List<SourceCitation> getSources() {
        return Collections.unmodifiableList(sources);
    }

    public List<ArchivistNote> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    @Override
    public String toString() {
        return reference;
    }
}
