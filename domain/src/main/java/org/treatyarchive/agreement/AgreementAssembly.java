package org.treatyarchive.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.document.DocumentFile;
import org.treatyarchive.document.DocumentFileRepository;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.FormValidation;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.LocalizedText;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.SourceCitation;
import org.treatyarchive.subject.SubjectRepository;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.SecurityEventType;
import org.treatyarchive.user.SecurityLog;
import org.treatyarchive.user.Viewer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.treatyarchive.agreement.AgreementField.CLASSIFICATION;
import static org.treatyarchive.agreement.AgreementField.DOCUMENTS;
import static org.treatyarchive.agreement.AgreementField.EVENT;
import static org.treatyarchive.agreement.AgreementField.EXTERNAL_ID;
import static org.treatyarchive.agreement.AgreementField.PARTICIPATIONS;
import static org.treatyarchive.agreement.AgreementField.RELATIONS;
import static org.treatyarchive.agreement.AgreementField.SUBJECTS;
import static org.treatyarchive.agreement.AgreementField.TITLES;

/**
 * Turns an edit form into an agreement through the aggregate's rules. Shared by the archivist who
 * saves a form and the reviewer whose approval applies a proposed change; the callers' services
 * carry the role checks and the transaction.
 */
@ApplicationScoped
public class AgreementAssembly {

    @Inject
    AgreementRepository agreements;

    @Inject
    PartyRepository parties;

    @Inject
    EventRepository events;

    @Inject
    SubjectRepository subjects;

    @Inject
    DocumentFileRepository files;

    @Inject
    Viewer viewer;

    @Inject
    FormValidation forms;

    @Inject
    SecurityLog securityLog;

    /**
     * The record for someone who works on it: any publication state, within their clearance.
     *
     * @param complete whether to load everything a form or comparison shows, in a fixed number of queries
     * @throws AgreementNotFoundException when there is no such record or it is above the caller's clearance
     */
    public Agreement load(String reference, boolean complete) {
        if (reference == null || !Agreement.REFERENCE.matcher(reference.strip()).matches()) {
            throw new AgreementNotFoundException(String.valueOf(reference));
        }
        String wanted = reference.strip();
        return (complete ? agreements.findCompleteByReference(wanted) : agreements.findByReference(wanted))
                .filter(agreement -> viewer.canSee(agreement.getClassification()))
                .orElseThrow(() -> new AgreementNotFoundException(reference));
    }

    /** The form's constraints, checked again here: a forged request never met the page's validation. */
    public void validate(AgreementEdit edit) {
        validate(edit, viewer.clearance(), viewer.username());
    }

    /**
     * The same for work done on someone's behalf away from their request (a whole archive taken back
     * in), with the clearance and name of the person it is done for. An import checks its rows itself,
     * gathering every problem of a row rather than stopping at the first.
     */
    public void validate(AgreementEdit edit, Classification clearance, String actor) {
        forms.check("The agreement", edit);
        if (!clearance.covers(edit.getClassification())) {
            // Refused like any other field, and logged like any other refusal of access: it is an attempt above one's clearance.
            securityLog.record(new SecurityEvent(Instant.now(), SecurityEventType.ACCESS_DENIED, actor,
                    edit.getReference(), "classification " + edit.getClassification() + " above the caller's clearance refused"));
            throw new InvalidRecordException(CLASSIFICATION.key(), Phrase.of("classification.aboveClearance", edit.getClassification()));
        }
    }

    /** Writes the whole form over the agreement, in the order the aggregate's rules need. */
    public void apply(AgreementEdit edit, Agreement agreement, String author, Instant at) {
        apply(edit, agreement, author, at, this::holderOf);
    }

    /**
     * The same, told who holds which register number: an import reads that once for a chunk of rows
     * instead of twice a row (checking it, then writing it).
     *
     * @param holderOf the reference of the record a register number belongs to, or null when it is free
     */
    public void apply(AgreementEdit edit, Agreement agreement, String author, Instant at, UnaryOperator<String> holderOf) {
        String externalId = edit.getExternalId() == null || edit.getExternalId().isBlank() ? null : edit.getExternalId().strip();
        if (externalId != null && !externalId.equals(agreement.getExternalId())) {
            String holder = holderOf.apply(externalId);
            if (holder != null && !holder.equals(agreement.getReference())) {
                throw new InvalidRecordException(EXTERNAL_ID.key(), Phrase.of("import.numberTaken", externalId, holder));
            }
        }
        agreement.registerAs(externalId);
        agreement.retitle(edit.getOfficialTitle(), edit.getShortTitle());
        agreement.redate(edit.getSigned(), edit.getPlaceOfSignature(), edit.getEntryIntoForce(), edit.getTermination());
        agreement.stateStatus(edit.getStatedStatus());
        agreement.classify(edit.getClassification());
        agreement.depositedWith(edit.getDepositary());
        agreement.authenticIn(languages(edit.getAuthenticLanguages()));
        agreement.summarize(edit.getSummary());
        agreement.adoptedAt(edit.getEventId() == null ? null : events.findById(edit.getEventId())
                .orElseThrow(() -> new InvalidRecordException(EVENT.key(), Phrase.of("events.gone"))));
        agreement.reviseSubjects(edit.getSubjects().stream()
                .map(name -> subjects.findByName(name)
                        .orElseThrow(() -> new InvalidRecordException(SUBJECTS.key(), Phrase.of("subjects.unknown", name))))
                .toList());
        agreement.retitleIn(edit.getTitles().stream()
                .map(title -> Check.asField(TITLES.key(), () -> new LocalizedText(title.getLanguage(), title.getText())))
                .toList());
        agreement.parties().revise(edit.getParties().stream().map(this::terms).toList());
        agreement.classifyAs(edit.getKind(), edit.getFormat());
        agreement.articles().revise(edit.getArticles().stream()
                .map(article -> new ArticleText(article.getId(), article.getNumber(), article.getHeading(), article.getText()))
                .toList());
        agreement.relations().revise(edit.getRelations().stream().map(this::terms).toList());
        agreement.reviseSources(edit.getSources().stream()
                .map(source -> new SourceCitation(source.getCitation(), source.getUrl())).toList());
        agreement.reviseNotes(edit.getNotes().stream().map(note -> new ArchivistNote(note.getKind(), note.getText())).toList());
        agreement.documents().revise(edit.getDocuments().stream().map(entry -> terms(entry, edit.getClassification())).toList());
        agreement.recordEdit(author, at);
    }

    /**
     * Runs the form through every rule of the aggregate on a copy that is never stored, for a change
     * that must not touch the published record before it is approved.
     *
     * @param complete whether the rules of a complete record (the number of parties) apply too
     */
    public void check(AgreementEdit edit, String reference, boolean complete) {
        check(edit, reference, complete, this::holderOf);
    }

    /** The same, told who holds which register number (see {@link #apply(AgreementEdit, Agreement, String, Instant, UnaryOperator)}). */
    public void check(AgreementEdit edit, String reference, boolean complete, UnaryOperator<String> holderOf) {
        Agreement copy = new Agreement(reference, edit.getOfficialTitle(), edit.getKind(), edit.getFormat(), edit.getSigned());
        apply(edit, copy, "check", Instant.EPOCH, holderOf);
        if (complete) {
            copy.verifyComplete();
        }
        // The copy registered itself with the agreements it relates to; take it back out of them.
        copy.relations().revise(List.of());
    }

    private String holderOf(String externalId) {
        return agreements.referencesByExternalId(List.of(externalId)).get(externalId);
    }

    private PartyTerms terms(PartyEntry entry) {
        Party party = parties.findByCode(entry.getCode())
                .orElseThrow(() -> new InvalidRecordException(PARTICIPATIONS.key(), Phrase.of("parties.unknownCode", entry.getCode())));
        return new PartyTerms(party, entry.getSignedOn(), entry.getConsentType(), entry.getConsentOn(), entry.getInForceOn(),
                entry.getWithdrawnOn(), entry.getReservations());
    }

    /** A document names a file the store holds, whatever the form says of its size and type: those come from the store's register. */
    private DocumentTerms terms(DocumentEntry entry, Classification recordClassification) {
        String sha256 = entry.getSha256() == null ? "" : entry.getSha256().strip().toLowerCase();
        DocumentFile file = files.find(sha256).orElseThrow(() -> new InvalidRecordException(DOCUMENTS.key(), Phrase.of("documents.noFile", entry.getFileName() == null ? sha256 : entry.getFileName())));
        Party party = entry.getPartyCode() == null || entry.getPartyCode().isBlank() ? null : parties.findByCode(entry.getPartyCode())
                .orElseThrow(() -> new InvalidRecordException(DOCUMENTS.key(), Phrase.of("parties.unknownCode", entry.getPartyCode())));
        return new DocumentTerms(sha256, entry.getFileName(), file.getMediaType(), file.getSize(), file.getPages(), entry.getKind(),
                entry.getTitle(), entry.getLanguage(), party, entry.getDated(),
                entry.getClassification() == null ? recordClassification : entry.getClassification());
    }

    private RelationTerms terms(RelationEntry entry) {
        String reference = entry.getTargetReference() == null ? "" : entry.getTargetReference().strip().toUpperCase();
        Agreement target = agreements.findByReference(reference)
                .filter(agreement -> viewer.canSee(agreement.getClassification()))
                .orElseThrow(() -> new InvalidRecordException(RELATIONS.key(), Phrase.of("relations.unknownTarget", reference)));
        return new RelationTerms(entry.getType(), target, entry.getNote());
    }

    private static List<String> languages(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(typed.split("[,;\\s]+")).filter(tag -> !tag.isBlank()).toList());
    }
}
