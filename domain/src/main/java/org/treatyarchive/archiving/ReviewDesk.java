package org.treatyarchive.archiving;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementAssembly;
import org.treatyarchive.agreement.AgreementDraft;
import org.treatyarchive.agreement.AgreementEdit;
import org.treatyarchive.agreement.AgreementLines;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.review.FourEyesException;
import org.treatyarchive.review.Proposal;
import org.treatyarchive.review.ProposalKind;
import org.treatyarchive.review.ProposalRepository;
import org.treatyarchive.review.RecordReview;
import org.treatyarchive.review.RecordStep;
import org.treatyarchive.review.ReviewCase;
import org.treatyarchive.review.ReviewCounts;
import org.treatyarchive.review.ReviewItem;
import org.treatyarchive.review.ReviewState;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.Comparison;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.SecurityEventType;
import org.treatyarchive.user.SecurityLog;
import org.treatyarchive.user.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The review workflow: archivists submit their work and may ask for a record's withdrawal; reviewers
 * approve it or return it with a comment. Approval is the only way a record reaches readers, and
 * nobody approves their own work. Every method checks its role on the server.
 */
@ApplicationScoped
@Secured
@Transactional
public class ReviewDesk {

    @Inject
    ProposalRepository proposals;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementAssembly assembly;

    @Inject
    EventRepository events;

    @Inject
    Viewer viewer;

    @Inject
    SecurityLog securityLog;

    private final Clock clock = Clock.systemUTC();

    // --- lists and counts ----------------------------------------------------------------------

    /** What waits for review, oldest submission first. */
    @RolesAllowed(Role.REVIEWER_NAME)
    public Page<ReviewItem> queue(int firstRow, int size) {
        return new Page<>(proposals.awaitingReview(viewer.clearance(), viewer.username(), firstRow, size),
                proposals.countAwaitingReview(viewer.clearance()));
    }

    /** The caller's drafts that a reviewer returned, most recent first. */
    @RolesAllowed(Role.ARCHIVIST_NAME)
    public Page<ReviewItem> returnedToMe(int firstRow, int size) {
        return new Page<>(proposals.returnedTo(viewer.username(), firstRow, size), proposals.countReturnedTo(viewer.username()));
    }

    /** The badge numbers for the signed-in user; zero for what their roles do not cover. */
    @PermitAll
    public ReviewCounts counts() {
        String me = viewer.username();
        if (me == null) {
            return ReviewCounts.NONE;
        }
        long awaiting = viewer.has(Role.REVIEWER) ? proposals.countApprovableBy(me, viewer.clearance()) : 0;
        long returned = viewer.has(Role.ARCHIVIST) ? proposals.countReturnedTo(me) : 0;
        return new ReviewCounts(awaiting, returned);
    }

    // --- reading -------------------------------------------------------------------------------

    /** A proposal with the published and proposed versions side by side. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
    public ReviewCase open(long id) {
        Proposal proposal = load(id);
        Agreement agreement = agreements.findCompleteByReference(proposal.getAgreement().getReference()).orElseThrow();
        AgreementLines lines = new AgreementLines(events::findById);
        Map<String, String> current = lines.of(AgreementEdit.of(agreement));
        Map<String, String> before = agreement.isPublished() || agreement.getPublication() == Publication.WITHDRAWN ? current : Map.of();
        Map<String, String> after = switch (proposal.getKind()) {
            case NEW_RECORD, WITHDRAWAL -> current;
            case CHANGE -> lines.of(AgreementDraft.read(proposal.getContent()));
        };
        return new ReviewCase(proposal.getId(), proposal.getVersion(), agreement.getReference(), agreement.getDisplayTitle(),
                proposal.getKind(), proposal.getState(), proposal.isReturned(), proposal.getSubmittedAt(),
                List.copyOf(proposal.getAuthors()), proposal.getRestoredFrom(),
                viewer.has(Role.REVIEWER) && proposal.mayBeApprovedBy(viewer.username()),
                Comparison.of(before, after), stepsOf(agreement));
    }

    /** Where a record stands in review, with its comment history, for its page. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
    public RecordReview ofRecord(String reference) {
        Agreement agreement = loadRecord(reference);
        Optional<Proposal> open = proposals.findOpen(agreement);
        return new RecordReview(agreement.getPublication(), open.map(Proposal::getId).orElse(null),
                open.map(Proposal::getKind).orElse(null), open.map(Proposal::getState).orElse(null),
                open.map(Proposal::isReturned).orElse(false), open.map(Proposal::getReturnComment).orElse(null),
                open.map(proposal -> List.copyOf(proposal.getAuthors())).orElse(List.of()), stepsOf(agreement));
    }

    // --- archivists ----------------------------------------------------------------------------

    /**
     * Hands the record's draft to the reviewers, once it is complete (a bilateral agreement with its
     * two parties...).
     */
    @RolesAllowed(Role.ARCHIVIST_NAME)
    public void submit(String reference, String comment) {
        Agreement agreement = loadRecord(reference);
        Proposal proposal = proposals.findOpen(agreement)
                .orElseThrow(() -> new WorkflowException(Phrase.of("review.noDraftToSubmit", agreement.getReference())));
        switch (proposal.getKind()) {
            case NEW_RECORD -> agreement.verifyComplete();
            case CHANGE -> assembly.check(AgreementDraft.read(proposal.getContent()), agreement.getReference(), true);
            case WITHDRAWAL -> { }
        }
        proposal.submit(viewer.username(), clock.instant(), comment);
        proposals.update(proposal);
    }

    /** Asks for a published record to be taken out of the public archive; a reviewer decides. */
    @RolesAllowed(Role.ARCHIVIST_NAME)
    public void requestWithdrawal(String reference, String reason) {
        Agreement agreement = loadRecord(reference);
        if (!agreement.isPublished()) {
            throw new WorkflowException(Phrase.of("review.notPublished", agreement.getReference()));
        }
        proposals.findOpen(agreement).ifPresent(open -> {
            throw new WorkflowException(Phrase.of("review.stillOpen", open.described(), open.getState()));
        });
        proposals.add(Proposal.withdrawal(agreement, reason, viewer.username(), clock.instant()));
    }

    /** Gives up the record's draft change or withdrawal; the published record stays as it is. */
    @RolesAllowed(Role.ARCHIVIST_NAME)
    public void discard(String reference) {
        Agreement agreement = loadRecord(reference);
        Proposal proposal = proposals.findOpen(agreement)
                .orElseThrow(() -> new WorkflowException(Phrase.of("review.noDraftToDiscard", agreement.getReference())));
        proposal.discard(viewer.username(), clock.instant());
        proposals.update(proposal);
    }

    /**
     * Deletes a record that was never published: an unwanted new draft. Only its authors and
     * administrators may, and not while it waits for review or while another record relates to it.
     * Its history keeps what it held, and the deletion is written to the security log. The reference
     * number is not issued again.
     */
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
    public void deleteNewDraft(String reference) {
        Agreement agreement = loadRecord(reference);
        Proposal proposal = proposals.findOpen(agreement)
                .filter(open -> open.getKind() == ProposalKind.NEW_RECORD && agreement.getPublication() == Publication.UNPUBLISHED)
                .orElseThrow(() -> new WorkflowException(Phrase.of("review.publishedNotDeleted", agreement.getReference())));
        if (proposal.getState() != ReviewState.DRAFT) {
            throw new WorkflowException(Phrase.of("review.inReviewNotDeleted", agreement.getReference()));
        }
        if (!proposal.getAuthors().contains(viewer.username()) && !viewer.has(Role.ADMINISTRATOR)) {
            securityLog.record(new SecurityEvent(clock.instant(), SecurityEventType.ACCESS_DENIED, viewer.username(), agreement.getReference(),
                    "deletion of another person's draft refused"));
            throw new AccessDeniedException(Phrase.of("review.othersDraft", agreement.getReference()));
        }
        if (!agreement.getIncomingRelations().isEmpty()) {
            throw new WorkflowException(Phrase.of("review.relatedNotDeleted", agreement.getReference(),
                    agreement.getIncomingRelations().stream().map(relation -> relation.getSource().getReference()).sorted().distinct()
                            .collect(Collectors.joining(", "))));
        }
        String title = agreement.getDisplayTitle();
        proposals.removeAll(agreement);
        agreements.remove(agreement);
        securityLog.record(new SecurityEvent(clock.instant(), SecurityEventType.RECORD_DELETED, viewer.username(), agreement.getReference(),
                "unpublished draft deleted: " + title));
    }

    // --- reviewers -----------------------------------------------------------------------------

    /**
     * Approves the work and applies it: a new record is published, a change replaces the published
     * content (as its author's edit), a withdrawal takes the record out of the public archive.
     *
     * @throws FourEyesException when the reviewer wrote or submitted it; logged as a refusal
     */
    @RolesAllowed(Role.REVIEWER_NAME)
    public void approve(long id, String comment) {
        Proposal proposal = load(id);
        Agreement agreement = proposal.getAgreement();
        Instant now = clock.instant();
        try {
            proposal.approve(viewer.username(), now, comment);
        } catch (FourEyesException refused) {
            securityLog.record(new SecurityEvent(now, SecurityEventType.ACCESS_DENIED, viewer.username(), agreement.getReference(),
                    "four eyes: approval of own work refused"));
            throw refused;
        }
        switch (proposal.getKind()) {
            case NEW_RECORD -> {
                agreement.verifyComplete();
                agreement.publish();
            }
            case CHANGE -> {
                AgreementEdit edit = AgreementDraft.read(proposal.getContent());
                assembly.validate(edit);
                assembly.apply(edit, agreement, proposal.getEditedBy(), now);
                agreement.verifyComplete();
            }
            case WITHDRAWAL -> agreement.withdraw();
        }
        proposals.update(proposal);
        agreements.update(agreement);
    }

    /** How many proposals one batch approval decides on: a larger batch is approved in several goes, each a transaction of bounded size. */
    public static final int BATCH_MAX = 2000;

    /** What a batch approval did: how many it approved, how many it left because the reviewer wrote them, how many still wait. */
    public record BatchDecision(int approved, int ownWork, List<String> refused, long stillWaiting) {
    }

    /**
     * Approves the proposals an import brought in that wait for review, up to {@link #BATCH_MAX} at a
     * time: each is checked as a single approval checks it, and one that fails its rules is left
     * waiting with the reason, not approved. Four eyes hold for every one of them: work the reviewer
     * wrote or submitted is left for another reviewer.
     */
    @RolesAllowed(Role.REVIEWER_NAME)
    public BatchDecision approveBatch(long importRun, String comment) {
        String reviewer = viewer.username();
        Instant now = clock.instant();
        int approved = 0;
        int own = 0;
        List<String> refused = new ArrayList<>();
        long after = 0;
        int decided = 0;
        while (decided < BATCH_MAX) {
            List<Proposal> page = proposals.awaitingReviewFromImport(importRun, viewer.clearance(), after, 200);
            if (page.isEmpty()) {
                break;
            }
            for (Proposal proposal : page) {
                after = proposal.getId();
                if (!proposal.mayBeApprovedBy(reviewer)) {
                    own++;
                    continue;
                }
                decided++;
                Agreement agreement = proposal.getAgreement();
                try {
                    // Checked before anything changes, so that a refusal leaves the proposal and its record as they were.
                    AgreementEdit change = proposal.getKind() == ProposalKind.CHANGE ? AgreementDraft.read(proposal.getContent()) : null;
                    if (change != null) {
                        assembly.validate(change);
                        assembly.check(change, agreement.getReference(), true);
                    } else if (proposal.getKind() == ProposalKind.NEW_RECORD) {
                        agreement.verifyComplete();
                    }
                    proposal.approve(reviewer, now, comment);
                    switch (proposal.getKind()) {
                        case NEW_RECORD -> agreement.publish();
                        case CHANGE -> {
                            assembly.apply(change, agreement, proposal.getEditedBy(), now);
                            agreement.verifyComplete();
                        }
                        case WITHDRAWAL -> agreement.withdraw();
                    }
                    approved++;
                } catch (InvalidRecordException | WorkflowException broken) {
                    refused.add(agreement.getReference() + ": " + broken.getMessage());
                }
            }
        }
        return new BatchDecision(approved, own, refused, proposals.countAwaitingReviewFromImport(importRun) - own);
    }

    /** How many records and changes of an import wait for review, for the import's page to offer its batch. */
    @RolesAllowed(Role.REVIEWER_NAME)
    public long waitingFromImport(long importRun) {
        return proposals.countAwaitingReviewFromImport(importRun);
    }

    /**
     * Sends the work back to its authors as a draft, with what to fix.
     *
     * @throws FourEyesException when the reviewer wrote or submitted it; logged as a refusal
     */
    @RolesAllowed(Role.REVIEWER_NAME)
    public void returnWithComment(long id, String comment) {
        Proposal proposal = load(id);
        Instant now = clock.instant();
        try {
            proposal.returnWithComment(viewer.username(), now, comment);
        } catch (FourEyesException refused) {
            securityLog.record(new SecurityEvent(now, SecurityEventType.ACCESS_DENIED, viewer.username(),
                    proposal.getAgreement().getReference(), "four eyes: return of own work refused"));
            throw refused;
        }
        proposals.update(proposal);
    }

    // --- helpers -------------------------------------------------------------------------------

    private Proposal load(long id) {
        return proposals.findById(id)
                .filter(proposal -> viewer.canSee(proposal.getAgreement().getClassification()))
                .orElseThrow(() -> new NotFoundException(Phrase.of("proposal.none", id)));
    }

    private Agreement loadRecord(String reference) {
        return assembly.load(reference, false);
    }

    private List<RecordStep> stepsOf(Agreement agreement) {
        return proposals.findByAgreement(agreement).stream()
                .flatMap(proposal -> proposal.getSteps().stream().map(step -> new RecordStep(proposal.getKind(), step)))
                .toList();
    }
}
