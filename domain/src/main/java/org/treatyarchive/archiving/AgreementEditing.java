package org.treatyarchive.archiving;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementAssembly;
import org.treatyarchive.agreement.AgreementDraft;
import org.treatyarchive.agreement.AgreementEdit;
import org.treatyarchive.agreement.AgreementFilter;
import org.treatyarchive.agreement.AgreementNotFoundException;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.review.Proposal;
import org.treatyarchive.review.ProposalKind;
import org.treatyarchive.review.ProposalRepository;
import org.treatyarchive.review.ReviewState;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.EditableRecord;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.RecordHistory;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectRepository;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What archivists do with agreements: enter a new one, correct an existing one, restore an earlier
 * revision. Each save is one transaction that runs the whole form through the aggregate's rules, so a
 * broken rule anywhere (entry into force before signature, a party twice, a relation to itself)
 * leaves nothing written. A save made from a version someone else has since changed is refused with
 * who and when. Nothing saved here reaches readers: that takes a reviewer's approval ({@link
 * org.treatyarchive.archiving.ReviewDesk}).
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
    ProposalRepository proposals;

    @Inject
    RecordHistory history;

    @Inject
    AgreementAssembly assembly;

    @Inject
    Viewer viewer;

    private final Clock clock = Clock.systemUTC();

    /** A blank form with the archive's defaults. */
    public AgreementEdit startNew() {
        return new AgreementEdit();
    }

    /**
     * The record for editing: the open draft change when a published record has one, else the record
     * as it stands.
     *
     * @throws AgreementNotFoundException when there is no such record or the caller's clearance does not cover it
     */
    public AgreementEdit open(String reference) {
        Agreement agreement = loadVisible(reference);
        Optional<Proposal> draft = proposals.findOpen(agreement).filter(proposal -> proposal.getKind() == ProposalKind.CHANGE);
        if (draft.isEmpty()) {
            return AgreementEdit.of(agreement);
        }
        AgreementEdit edit = AgreementDraft.read(draft.get().getContent());
        edit.setReference(agreement.getReference());
        edit.setDraftId(draft.get().getId());
        edit.readFrom(draft.get());
        return edit;
    }

    /**
     * Enters a new agreement as a draft and issues its reference from the year of signature. Readers
     * see it once it has been submitted and approved; it may be incomplete until it is submitted.
     *
     * @return the new reference, such as {@code AGR-2014-0003}
     */
    public String create(AgreementEdit edit) {
        assembly.validate(edit);
        String reference = agreements.nextReference(edit.getSigned().year());
        Agreement agreement = new Agreement(reference, edit.getOfficialTitle(), edit.getKind(), edit.getFormat(), edit.getSigned());
        Instant now = clock.instant();
        assembly.apply(edit, agreement, viewer.username(), now);
        agreements.add(agreement);
        proposals.add(Proposal.newRecord(agreement, viewer.username(), now));
        return reference;
    }

    /**
     * Saves the form, if nobody saved it since the form's version was read. A record not yet published
     * is changed in place; a published one keeps its published content, and the form becomes (or
     * revises) a draft change that readers see only once it is approved.
     *
     * @return whether the record is published, i.e. whether the save became a draft change beside it
     * @throws EditConflictException when someone else saved it in between; nothing is written
     * @throws WorkflowException     when the record's work is waiting for review or it was withdrawn
     */
    public Publication update(AgreementEdit edit) {
        Agreement agreement = loadVisible(edit.getReference());
        Optional<Proposal> open = proposals.findOpen(agreement);
        open.ifPresent(proposal -> refuseUnlessDraft(proposal, agreement));
        if (agreement.getPublication() == Publication.WITHDRAWN) {
            throw new WorkflowException(Phrase.of("review.withdrawn", agreement.getReference()));
        }
        if (agreement.getPublication() == Publication.UNPUBLISHED) {
            checkVersion(edit, agreement, null, agreement);
            assembly.validate(edit);
            Instant now = clock.instant();
            assembly.apply(edit, agreement, viewer.username(), now);
            open.ifPresent(proposal -> proposal.revise(null, viewer.username(), now));
            // Written now, inside the method: a save that commits between our check and our write is
            // refused here as a conflict, not later as an unexplained rollback.
            agreements.update(agreement);
            return Publication.UNPUBLISHED;
        }
        if (open.isPresent()) {
            Proposal draft = open.get();
            checkVersion(edit, draft, draft.getId(), agreement);
            saveChange(edit, agreement, draft, null);
        } else {
            checkVersion(edit, agreement, null, agreement);
            saveChange(edit, agreement, null, null);
        }
        return Publication.PUBLISHED;
    }

    /**
     * Starts a draft from an earlier revision of the record, to go through review like any change;
     * a record not yet published takes the old content at once.
     *
     * @throws org.treatyarchive.shared.NotFoundException when the record has no such revision
     */
    public void restore(String reference, long revision) {
        Agreement agreement = loadVisible(reference);
        AgreementEdit old = history.at(Agreement.class, agreement.getId(), revision)
                .map(AgreementEdit::of)
                .orElseThrow(() -> new AgreementNotFoundException(Phrase.of("agreement.noRevision", reference, revision)));
        Optional<Proposal> open = proposals.findOpen(agreement);
        open.ifPresent(proposal -> refuseUnlessDraft(proposal, agreement));
        old.setReference(agreement.getReference());
        if (agreement.getPublication() == Publication.UNPUBLISHED) {
            old.setVersion(agreement.getVersion());
            old.setDraftId(null);
            update(old);
            open.ifPresent(draft -> draft.restoredFrom(revision));
        } else {
            saveChange(old, agreement, open.orElse(null), revision);
        }
    }

    private void saveChange(AgreementEdit edit, Agreement agreement, Proposal draft, Long restoredFrom) {
        assembly.validate(edit);
        assembly.check(edit, agreement.getReference(), false);
        edit.forgetVersion();
        edit.setDraftId(null);
        String content = AgreementDraft.write(edit);
        Instant now = clock.instant();
        if (draft == null) {
            proposals.add(Proposal.change(agreement, content, restoredFrom, viewer.username(), now));
        } else {
            draft.revise(content, viewer.username(), now);
            if (restoredFrom != null) {
                draft.restoredFrom(restoredFrom);
            }
            proposals.update(draft);
        }
    }

    private static void refuseUnlessDraft(Proposal proposal, Agreement agreement) {
        if (proposal.getState() == ReviewState.IN_REVIEW) {
            throw new WorkflowException(Phrase.of("review.waiting", proposal.described()));
        }
        if (proposal.getKind() == ProposalKind.WITHDRAWAL) {
            throw new WorkflowException(Phrase.of("review.withdrawalReturned", agreement.getReference()));
        }
    }

    /** The form must have been read from what is there now: the record itself or its current draft, at its version. */
    private static void checkVersion(AgreementEdit edit, EditableRecord current, Long draftId, Agreement agreement) {
        Phrase label = Phrase.of("record.agreement", agreement.getReference());
        if (!Objects.equals(edit.getDraftId(), draftId)) {
            throw new EditConflictException(label, current.getEditedBy(), current.getEditedAt());
        }
        current.checkEditedFrom(edit.getVersion(), label);
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
        AgreementFilter filter = new AgreementFilter(query, null, null, null, null, null).withAccess(viewer.clearance(), true);
        return agreements.list(filter, new PageRequest<>(0, SUGGESTIONS, AgreementSort.SIGNED, false), LocalDate.now(clock));
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
        return assembly.load(reference, true);
    }
}
