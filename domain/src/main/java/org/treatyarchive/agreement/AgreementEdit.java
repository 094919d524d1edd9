package org.treatyarchive.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.RecordForm;
import org.treatyarchive.subject.Subject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An agreement as the edit form holds it while an archivist works: every field of the record, in
 * plain values, with the version it was read at. {@code archiving.AgreementEditing} turns it into a record in
 * one transaction, through the aggregate's own rules; the Bean Validation constraints here give the
 * form its first, field-by-field answers. The same object is the API's body and, stored as
 * {@link AgreementDraft}, a draft change; {@link AgreementLines} reads it for comparisons. Its
 * property names are the {@link AgreementField} keys.
 */
public class AgreementEdit extends RecordForm<String> {

    private static final long serialVersionUID = 1L;

    private String reference;
    /** The draft change this form was opened from, when the record is published; {@code null} otherwise. */
    private Long draftId;

    @Size(max = Agreement.EXTERNAL_ID_MAX, message = "The register number is too long: at most {max} characters.")
    private String externalId;

    @NotBlank(message = "Enter the official title, as the signed text gives it.")
    @Size(max = Agreement.TITLE_MAX, message = "The official title is too long: at most {max} characters.")
    private String officialTitle;

    @Size(max = Agreement.SHORT_TITLE_MAX, message = "The short title is too long: at most {max} characters.")
    private String shortTitle;

    @NotNull(message = "Choose the kind of instrument.")
    private AgreementKind kind = AgreementKind.AGREEMENT;

    @NotNull(message = "Say whether the agreement is bilateral or multilateral.")
    private AgreementFormat format = AgreementFormat.BILATERAL;

    @NotNull(message = "Enter the date of signature, as precisely as the sources give it (a day, a month or a year).")
    private HistoricalDate signed;

    @Size(max = Agreement.PLACE_MAX, message = "The place of signature is too long: at most {max} characters.")
    private String placeOfSignature;

    private HistoricalDate entryIntoForce;
    private HistoricalDate termination;
    private AgreementStatus statedStatus;

    @NotNull(message = "Choose who may see the record.")
    private Classification classification = Classification.PUBLIC;

    @Size(max = Agreement.DEPOSITARY_MAX, message = "The depositary is too long: at most {max} characters.")
    private String depositary;

    /** BCP 47 tags separated by commas, as typed: "en, ru, fa". */
    private String authenticLanguages;

    @Size(max = Agreement.SUMMARY_MAX, message = "The summary is too long: at most {max} characters.")
    private String summary;

    private Long eventId;
    @Size(max = SUBJECTS_MAX, message = "An agreement holds at most {max} subjects.")
    private List<@NotNull(message = "A subject in the list is empty (null); remove it or fill it in.") String> subjects = new ArrayList<>();

    @Size(max = TITLES_MAX, message = "An agreement holds at most {max} titles in other languages.")
    @Valid
    private List<@NotNull(message = "A title in the list is empty (null); remove it or fill it in.") TitleEntry> titles = new ArrayList<>();
    @Size(max = PARTIES_MAX, message = "An agreement holds at most {max} parties.")
    @Valid
    private List<@NotNull(message = "A party in the list is empty (null); remove it or fill it in.") PartyEntry> parties = new ArrayList<>();
    @Size(max = ARTICLES_MAX, message = "An agreement holds at most {max} articles.")
    @Valid
    private List<@NotNull(message = "A article in the list is empty (null); remove it or fill it in.") ArticleEntry> articles = new ArrayList<>();
    @Size(max = RELATIONS_MAX, message = "An agreement holds at most {max} relations.")
    @Valid
    private List<@NotNull(message = "A relation in the list is empty (null); remove it or fill it in.") RelationEntry> relations = new ArrayList<>();
    @Size(max = SOURCES_MAX, message = "An agreement holds at most {max} sources.")
    @Valid
    private List<@NotNull(message = "A source in the list is empty (null); remove it or fill it in.") SourceEntry> sources = new ArrayList<>();
    @Size(max = DOCUMENTS_MAX, message = "An agreement holds at most {max} documents.")
    @Valid
    private List<@NotNull(message = "A document in the list is empty (null); remove it or fill it in.") DocumentEntry> documents = new ArrayList<>();
    @Size(max = NOTES_MAX, message = "An agreement holds at most {max} notes.")
    @Valid
    private List<@NotNull(message = "A note in the list is empty (null); remove it or fill it in.") NoteEntry> notes = new ArrayList<>();

    // Far above any real treaty (UNCLOS has 320 articles and annexes; the UN has 193 members), low
    // enough that one request cannot make a record no page can show.
    public static final int SUBJECTS_MAX = 100;
    public static final int TITLES_MAX = 50;
    public static final int PARTIES_MAX = 300;
    public static final int ARTICLES_MAX = 3000;
    public static final int RELATIONS_MAX = 500;
    public static final int SOURCES_MAX = 200;
    public static final int NOTES_MAX = 200;
    public static final int DOCUMENTS_MAX = 500;

    /** The record as it stands, for editing; needs the complete record (parties, articles...) loaded. */
    public static AgreementEdit of(Agreement agreement) {
        AgreementEdit edit = new AgreementEdit();
        edit.reference = agreement.getReference();
        edit.readFrom(agreement);
        edit.externalId = agreement.getExternalId();
        edit.officialTitle = agreement.getOfficialTitle();
        edit.shortTitle = agreement.getShortTitle();
        edit.kind = agreement.getKind();
        edit.format = agreement.getFormat();
        edit.signed = agreement.getSigned();
        edit.placeOfSignature = agreement.getPlaceOfSignature();
        edit.entryIntoForce = agreement.getEntryIntoForce();
        edit.termination = agreement.getTermination();
        edit.statedStatus = agreement.getStatedStatus();
        edit.classification = agreement.getClassification();
        edit.depositary = agreement.getDepositary();
        edit.authenticLanguages = String.join(", ", agreement.getAuthenticLanguages());
        edit.summary = agreement.getSummary();
        edit.eventId = agreement.getEvent().map(event -> event.getId()).orElse(null);
        edit.subjects = new ArrayList<>(agreement.getSubjects().stream().map(Subject::getName).toList());
        agreement.getTitles().forEach(title -> edit.titles.add(new TitleEntry(title.getLanguage(), title.getText())));
        for (Participation participation : agreement.getParticipations()) {
            PartyEntry entry = new PartyEntry(participation.getParty().getCode(), participation.getParty().getName());
            entry.setSignedOn(participation.getSignedOn());
            entry.setConsentType(participation.getConsentType());
            entry.setConsentOn(participation.getConsentOn());
            entry.setInForceOn(participation.getInForceOn());
            entry.setWithdrawnOn(participation.getWithdrawnOn());
            entry.setReservations(participation.getReservations());
            edit.parties.add(entry);
        }
        agreement.getArticles().forEach(article -> {
            ArticleEntry entry = new ArticleEntry(article.getNumber(), article.getHeading(), article.getText());
            entry.setId(article.getId());
            edit.articles.add(entry);
        });
        agreement.getRelations().forEach(relation -> {
            RelationEntry entry = new RelationEntry(relation.getType(), relation.getTarget().getReference(),
                    relation.getTarget().getDisplayTitle());
            entry.setNote(relation.getNote());
            edit.relations.add(entry);
        });
        agreement.getSources().forEach(source -> edit.sources.add(new SourceEntry(source.getCitation(), source.getUrl())));
        agreement.getNotes().forEach(note -> edit.notes.add(new NoteEntry(note.getKind(), note.getText())));
        agreement.getDocuments().forEach(document -> edit.documents.add(DocumentEntry.of(document)));
        return edit;
    }

    @Override
    public boolean isNew() {
        return reference == null;
    }

    @Override
    public String key() {
        return reference;
    }

    /** The party codes in the form, for a quick check before a party is added twice. */
    public boolean hasParty(String code) {
        return parties.stream().anyMatch(entry -> entry.getCode().equalsIgnoreCase(code));
    }

    // --- what the form's tables do before a save: add, move and remove rows ----------------------

    /** Adds the party unless it is one already; answers whether it was added. */
    public boolean addParty(String code, String name) {
        if (hasParty(code)) {
            return false;
        }
        parties.add(new PartyEntry(code, name));
        return true;
    }

    public void removeParty(PartyEntry entry) { parties.remove(entry); }

    /** A new article numbered after the last one, as most texts number them. */
    public void addArticle() { articles.add(new ArticleEntry(String.valueOf(articles.size() + 1), null, null)); }
    public void removeArticle(ArticleEntry entry) { articles.remove(entry); }
    public void moveArticleUp(ArticleEntry entry) { move(articles, entry, -1); }
    public void moveArticleDown(ArticleEntry entry) { move(articles, entry, 1); }

    public void addRelation(RelationType type, String targetReference, String targetTitle) {
        relations.add(new RelationEntry(type, targetReference, targetTitle));
    }

    public void removeRelation(RelationEntry entry) { relations.remove(entry); }
    public void addTitle() { titles.add(new TitleEntry()); }
    public void removeTitle(TitleEntry entry) { titles.remove(entry); }
    public void addSource() { sources.add(new SourceEntry()); }
    public void removeSource(SourceEntry entry) { sources.remove(entry); }
    public void addNote() { notes.add(new NoteEntry()); }

    /** Adds a received file unless the record holds it already; answers whether it was added. */
    public boolean addDocument(DocumentEntry entry) {
        if (findDocument(entry.getSha256()).isPresent()) {
            return false;
        }
        documents.add(entry);
        return true;
    }

    public Optional<DocumentEntry> findDocument(String sha256) {
        return documents.stream().filter(entry -> entry.getSha256() != null && entry.getSha256().equalsIgnoreCase(sha256)).findFirst();
    }

    public void removeDocument(DocumentEntry entry) { documents.remove(entry); }
    public void removeNote(NoteEntry entry) { notes.remove(entry); }

    private static <T> void move(List<T> rows, T row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < rows.size()) {
            Collections.swap(rows, from, to);
        }
    }

    // --- accessors ------------------------------------------------------------------------------

    public String getReference() { return reference; }
    /** Which record a form saved through the API is for; the web form never changes it. */
    public void setReference(String reference) { this.reference = reference; }
    /** The ministry register's own number for the record (its external id), if it has one. */
    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getOfficialTitle() { return officialTitle; }
    public void setOfficialTitle(String officialTitle) { this.officialTitle = officialTitle; }
    public String getShortTitle() { return shortTitle; }
    public void setShortTitle(String shortTitle) { this.shortTitle = shortTitle; }
    public AgreementKind getKind() { return kind; }
    public void setKind(AgreementKind kind) { this.kind = kind; }
    public AgreementFormat getFormat() { return format; }
    public void setFormat(AgreementFormat format) { this.format = format; }
    public HistoricalDate getSigned() { return signed; }
    public void setSigned(HistoricalDate signed) { this.signed = signed; }
    public String getPlaceOfSignature() { return placeOfSignature; }
    public void setPlaceOfSignature(String placeOfSignature) { this.placeOfSignature = placeOfSignature; }
    public HistoricalDate getEntryIntoForce() { return entryIntoForce; }
    public void setEntryIntoForce(HistoricalDate entryIntoForce) { this.entryIntoForce = entryIntoForce; }
    public HistoricalDate getTermination() { return termination; }
    public void setTermination(HistoricalDate termination) { this.termination = termination; }
    public AgreementStatus getStatedStatus() { return statedStatus; }
    public void setStatedStatus(AgreementStatus statedStatus) { this.statedStatus = statedStatus; }
    public Long getDraftId() { return draftId; }
    public void setDraftId(Long draftId) { this.draftId = draftId; }
    public Classification getClassification() { return classification; }
    public void setClassification(Classification classification) { this.classification = classification; }
    public String getDepositary() { return depositary; }
    public void setDepositary(String depositary) { this.depositary = depositary; }
    public String getAuthenticLanguages() { return authenticLanguages; }
    public void setAuthenticLanguages(String authenticLanguages) { this.authenticLanguages = authenticLanguages; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public List<String> getSubjects() { return subjects; }
    public void setSubjects(List<String> subjects) { this.subjects = subjects == null ? new ArrayList<>() : subjects; }
    public List<TitleEntry> getTitles() { return titles; }
    public void setTitles(List<TitleEntry> titles) { this.titles = titles == null ? new ArrayList<>() : new ArrayList<>(titles); }
    public List<PartyEntry> getParties() { return parties; }
    public void setParties(List<PartyEntry> parties) { this.parties = parties == null ? new ArrayList<>() : new ArrayList<>(parties); }
    public List<ArticleEntry> getArticles() { return articles; }
    public void setArticles(List<ArticleEntry> articles) { this.articles = articles == null ? new ArrayList<>() : new ArrayList<>(articles); }
    public List<RelationEntry> getRelations() { return relations; }
    public void setRelations(List<RelationEntry> relations) { this.relations = relations == null ? new ArrayList<>() : new ArrayList<>(relations); }
    public List<SourceEntry> getSources() { return sources; }
    public void setSources(List<SourceEntry> sources) { this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources); }
    public List<NoteEntry> getNotes() { return notes; }
    public List<DocumentEntry> getDocuments() { return documents; }
    public void setDocuments(List<DocumentEntry> documents) { this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents); }
    public void setNotes(List<NoteEntry> notes) { this.notes = notes == null ? new ArrayList<>() : new ArrayList<>(notes); }
}
