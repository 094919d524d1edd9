package org.treatyarchive.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.FormValidation;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.LocalizedText;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.shared.SourceCitation;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectRepository;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.Viewer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What archivists do with agreements: enter a new one and correct an existing one. Each save is one
 * transaction that applies the whole form through the aggregate's rules, so a broken rule anywhere
 * (entry into force before signature, a party twice, a relation to itself) leaves nothing written.
 * A save made from a version someone else has since changed is refused with who and when.
 */
@ApplicationScoped
@Secured
@Transactional
@RolesAllowed(Role.ARCHIVIST_NAME)
public class AgreementEditing {

    /** How many suggestions an autocomplete shows. */
    public static final int SUGGESTIONS = 12;

    @Inject
    AgreementRepository agreements;

    @Inject
    PartyRepository parties;

    @Inject
    EventRepository events;

    @Inject
    SubjectRepository subjects;

    @Inject
    Viewer viewer;

    @Inject
    FormValidation forms;

    private final Clock clock = Clock.systemUTC();

    /** A blank form with the archive's defaults. */
    public AgreementEdit startNew() {
        return new AgreementEdit();
    }

    /**
     * The record for editing, at its current version.
     *
     * @throws AgreementNotFoundException when there is no such record or the caller's clearance does not cover it
     */
    public AgreementEdit open(String reference) {
        return AgreementEdit.of(loadVisible(reference));
    }

    /**
     * Enters a new agreement and issues its reference from the year of signature.
     *
     * @return the new reference, such as {@code AGR-2014-0003}
     */
    public String create(AgreementEdit edit) {
        validate(edit);
        String reference = agreements.nextReference(edit.getSigned().year());
        Agreement agreement = new Agreement(reference, edit.getOfficialTitle(), edit.getKind(), edit.getFormat(), edit.getSigned());
        apply(edit, agreement);
        agreements.add(agreement);
        return reference;
    }

    /**
     * Saves the form over the record, if nobody saved it since the form's version was read.
     *
     * @throws EditConflictException when someone else saved it in between; nothing is written
     */
    public void update(AgreementEdit edit) {
        Agreement agreement = loadVisible(edit.getReference());
        if (edit.getVersion() == null || agreement.getVersion() != edit.getVersion()) {
            throw new EditConflictException("Agreement " + agreement.getReference(), agreement.getEditedBy(), agreement.getEditedAt());
        }
        validate(edit);
        apply(edit, agreement);
        // Written now, inside the method: a save that commits between our check and our write is
        // refused here as a conflict, not later as an unexplained rollback.
        agreements.update(agreement);
    }

    /** Parties whose name, code or name in another language contains the text, historic ones included. */
    public List<Party> suggestParties(String text) {
        return text == null || text.isBlank() ? List.of() : parties.search(text.strip(), SUGGESTIONS);
    }

    /** Agreements the caller may see whose reference or title contains the text, for a relation. */
    public List<AgreementSummary> suggestAgreements(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String query = text.strip().length() > AgreementFilter.TEXT_MAX ? text.strip().substring(0, AgreementFilter.TEXT_MAX) : text.strip();
        AgreementFilter filter = new AgreementFilter(query, null, null, null, null, null).withClearance(viewer.clearance());
        return agreements.list(filter, new PageRequest<>(0, SUGGESTIONS, AgreementSort.SIGNED, false), java.time.LocalDate.now(clock));
    }

    /** The summits and meetings an agreement can be adopted at, most recent first. */
    public List<Event> events() {
        return events.findAllByDateDescending();
    }

    /** The subject vocabulary. */
    public List<Subject> subjects() {
        return subjects.findAllOrderedByName();
    }

    private Agreement loadVisible(String reference) {
        if (reference == null || !Agreement.REFERENCE.matcher(reference.strip()).matches()) {
            throw new AgreementNotFoundException(String.valueOf(reference));
        }
        return agreements.findCompleteByReference(reference.strip())
                .filter(agreement -> viewer.canSee(agreement.getClassification()))
                .orElseThrow(() -> new AgreementNotFoundException(reference));
    }

    /** The form's constraints, checked again here: a forged request never met the page's validation. */
    private void validate(AgreementEdit edit) {
        forms.check("The agreement", edit);
        if (!viewer.canSee(edit.getClassification())) {
            throw new InvalidRecordException("classification",
                    "You cannot classify a record " + edit.getClassification().getLabel() + ": it is above your own clearance.");
        }
    }

    private void apply(AgreementEdit edit, Agreement agreement) {
        agreement.retitle(edit.getOfficialTitle(), edit.getShortTitle());
        agreement.redate(edit.getSigned(), edit.getPlaceOfSignature(), edit.getEntryIntoForce(), edit.getTermination());
        agreement.stateStatus(edit.getStatedStatus());
        agreement.classify(edit.getClassification());
        agreement.depositedWith(edit.getDepositary());
        agreement.authenticIn(languages(edit.getAuthenticLanguages()));
        agreement.summarize(edit.getSummary());
        agreement.adoptedAt(edit.getEventId() == null ? null : events.findById(edit.getEventId())
                .orElseThrow(() -> new InvalidRecordException("event", "The chosen event no longer exists; choose another.")));
        agreement.reviseSubjects(edit.getSubjects().stream()
                .map(name -> subjects.findByName(name)
                        .orElseThrow(() -> new InvalidRecordException("subjects", "There is no subject \"" + name + "\" in the vocabulary.")))
                .toList());
        agreement.retitleIn(edit.getTitles().stream()
                .map(title -> Check.asField("titles", () -> new LocalizedText(title.getLanguage(), title.getText())))
                .toList());
        agreement.reviseParties(edit.getParties().stream().map(this::terms).toList());
        agreement.classifyAs(edit.getKind(), edit.getFormat());
        agreement.verifyComplete();
        agreement.reviseArticles(edit.getArticles().stream()
                .map(article -> new ArticleText(article.getId(), article.getNumber(), article.getHeading(), article.getText()))
                .toList());
        agreement.reviseRelations(edit.getRelations().stream().map(this::terms).toList());
        agreement.reviseSources(edit.getSources().stream()
                .map(source -> new SourceCitation(source.getCitation(), source.getUrl())).toList());
        agreement.reviseNotes(edit.getNotes().stream().map(note -> new ArchivistNote(note.getKind(), note.getText())).toList());
        agreement.recordEdit(viewer.username(), clock.instant());
    }

    private PartyTerms terms(AgreementEdit.PartyEntry entry) {
        Party party = parties.findByCode(entry.getCode())
                .orElseThrow(() -> new InvalidRecordException("participations", "There is no party with the code " + entry.getCode() + "."));
        return new PartyTerms(party, entry.getSignedOn(), entry.getConsentType(), entry.getConsentOn(), entry.getInForceOn(),
                entry.getWithdrawnOn(), entry.getReservations());
    }

    private RelationTerms terms(AgreementEdit.RelationEntry entry) {
        String reference = entry.getTargetReference() == null ? "" : entry.getTargetReference().strip().toUpperCase();
        Agreement target = agreements.findByReference(reference)
                .filter(agreement -> viewer.canSee(agreement.getClassification()))
                .orElseThrow(() -> new InvalidRecordException("relations", "There is no agreement " + reference + " to relate to."));
        return new RelationTerms(entry.getType(), target, entry.getNote());
    }

    private static List<String> languages(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(typed.split("[,;\\s]+")).filter(tag -> !tag.isBlank()).toList());
    }
}
