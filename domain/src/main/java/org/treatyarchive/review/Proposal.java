package org.treatyarchive.review;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.EditableRecord;
import org.treatyarchive.shared.Phrase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One piece of work on an agreement on its way to readers: a new record, a change to a published
 * record, or its withdrawal. It moves {@code DRAFT -> IN_REVIEW -> APPROVED}, or back from review to
 * draft when a reviewer returns it with a comment; an archivist may discard a draft change.
 * <p>
 * Four eyes: everyone who wrote or submitted the work is one of its {@link #getAuthors() authors},
 * and no author may approve it. A change keeps its proposed content here, as the edit form's JSON,
 * so that readers go on seeing the published record until the change is approved.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends EditableRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private ProposalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private ReviewState state = ReviewState.DRAFT;

    @Column(name = "returned", nullable = false)
    private boolean returned;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The proposed record, for a change; a new record's content is the unpublished record itself. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private String content;

    /** The revision of the record a restore started from, for the history and the reviewer. */
    @Column(name = "restored_from")
    private Long restoredFrom;

    /** The import that brought the work in, so that a reviewer can decide on the whole batch; {@code null} for work done in a form. */
    @Column(name = "import_run_id", updatable = false)
    private Long importRun;

    @ElementCollection
    @CollectionTable(name = "proposal_author", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "username", length = USER_MAX, nullable = false)
    private Set<String> authors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "review_step", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<ReviewStep> steps = new ArrayList<>();

    protected Proposal() {
        // for JPA
    }

    private Proposal(Agreement agreement, ProposalKind kind, String author, Instant at) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.kind = Objects.requireNonNull(kind, "kind");
        write(author, at);
    }

    /** A record entered from scratch, to be published once approved. */
    public static Proposal newRecord(Agreement agreement, String author, Instant at) {
        return new Proposal(agreement, ProposalKind.NEW_RECORD, author, at);
    }

    /**
     * A change to a published record.
     *
     * @param content      the proposed record, as the edit form's JSON
     * @param restoredFrom the history revision it restores, or {@code null}
     */
    public static Proposal change(Agreement agreement, String content, Long restoredFrom, String author, Instant at) {
        Proposal proposal = new Proposal(agreement, ProposalKind.CHANGE, author, at);
        proposal.content = Objects.requireNonNull(content, "content");
        proposal.restoredFrom = restoredFrom;
        return proposal;
    }

    /** The withdrawal of a published record, submitted at once with its reason. */
    public static Proposal withdrawal(Agreement agreement, String reason, String author, Instant at) {
        Proposal proposal = new Proposal(agreement, ProposalKind.WITHDRAWAL, author, at);
        proposal.submit(author, at, Check.requiredText("comment", "The reason for the withdrawal", reason, ReviewStep.COMMENT_MAX));
        return proposal;
    }

    // --- transitions ----------------------------------------------------------------------------

    /** Another save of the draft by an archivist; for a change, the new proposed content. */
    public void revise(String newContent, String author, Instant at) {
        requireState(ReviewState.DRAFT, "changed");
        if (kind == ProposalKind.CHANGE) {
            content = Objects.requireNonNull(newContent, "content");
        }
        write(author, at);
    }

    /** Marks the work as part of an import's batch; set once, when the import creates it. */
    public Proposal fromImport(long run) {
        if (importRun != null && importRun != run) {
            throw new IllegalStateException(describe() + " already belongs to import " + importRun);
        }
        importRun = run;
        return this;
    }

    /** Notes that the draft's content now comes from an old revision, so that the reviewer is told. */
    public void restoredFrom(long revision) {
        requireState(ReviewState.DRAFT, "changed");
        restoredFrom = revision;
    }

    /** Hands the draft to the reviewers. The submitter vouches for it, so they count as an author. */
    public void submit(String actor, Instant at, String comment) {
        requireState(ReviewState.DRAFT, "submitted");
        authors.add(Objects.requireNonNull(actor, "actor"));
        state = ReviewState.IN_REVIEW;
        returned = false;
        submittedAt = at;
        steps.add(new ReviewStep(ReviewAction.SUBMITTED, actor, at, optional(comment)));
    }

    /**
     * Approves the work; the caller then applies it to the record.
     *
     * @throws FourEyesException when the reviewer wrote or submitted any of it
     */
    public void approve(String reviewer, Instant at, String comment) {
        requireState(ReviewState.IN_REVIEW, "approved");
        if (!mayBeApprovedBy(reviewer)) {
            throw new FourEyesException(Phrase.of("review.ownApproval", described("object")));
        }
        state = ReviewState.APPROVED;
        steps.add(new ReviewStep(ReviewAction.APPROVED, reviewer, at, optional(comment)));
    }

    /**
     * Sends the work back to its authors as a draft, saying what to fix.
     *
     * @throws FourEyesException when the reviewer wrote or submitted any of it
     */
    public void returnWithComment(String reviewer, Instant at, String comment) {
        requireState(ReviewState.IN_REVIEW, "returned");
        // A return is a reviewer's finding, recorded as such; an author passing judgement on their own work is not one.
        if (!mayBeApprovedBy(reviewer)) {
            throw new FourEyesException(Phrase.of("review.ownReturn", described("object")));
        }
        String reason = Check.requiredText("comment", "The comment saying what to fix", comment, ReviewStep.COMMENT_MAX);
        state = ReviewState.DRAFT;
        returned = true;
        steps.add(new ReviewStep(ReviewAction.RETURNED, Objects.requireNonNull(reviewer), at, reason));
    }

    /** Gives up a draft change or withdrawal; the record stays as published. */
    public void discard(String actor, Instant at) {
        requireState(ReviewState.DRAFT, "discarded");
        if (kind == ProposalKind.NEW_RECORD) {
            throw new WorkflowException(Phrase.of("review.newRecordNotDiscarded"));
        }
        state = ReviewState.DISCARDED;
        steps.add(new ReviewStep(ReviewAction.DISCARDED, Objects.requireNonNull(actor), at, null));
    }

    /** Four eyes: nobody approves what they wrote or submitted. */
    public boolean mayBeApprovedBy(String reviewer) {
        return reviewer != null && !authors.contains(reviewer);
    }

    private void write(String author, Instant at) {
        authors.add(Objects.requireNonNull(author, "author"));
        recordEdit(author, at);
    }

    private void requireState(ReviewState required, String verb) {
        if (state != required) {
            throw new WorkflowException(Phrase.of("review.wrongState", described(), Phrase.of("review.verb." + verb), stateLabel()));
        }
    }

    private Phrase stateLabel() {
        return Phrase.of(switch (state) {
            case DRAFT -> returned ? "review.state.returnedDraft" : "review.state.draft";
            case IN_REVIEW -> "review.state.inReview";
            case APPROVED -> "review.state.approved";
            case DISCARDED -> "review.state.discarded";
        });
    }

    private static String optional(String comment) {
        return Check.optionalText("comment", "The comment", comment, ReviewStep.COMMENT_MAX);
    }

    /** "The change to AGR-2003-0001", as messages name the work. */
    public String describe() {
        return described().english();
    }

    /** What {@link #describe()} says, as a phrase of the domain's bundle: at the head of a sentence. */
    public Phrase described() {
        return described("");
    }

    /** @param form "" at the head of a sentence, "object" inside one (English lowers its first letter, Russian declines it) */
    private Phrase described(String form) {
        String key = switch (kind) {
            case NEW_RECORD -> "proposal.newRecord";
            case CHANGE -> "proposal.change";
            case WITHDRAWAL -> "proposal.withdrawal";
        };
        return Phrase.of(form.isEmpty() ? key : key + "." + form, agreement.getReference());
    }

    // --- accessors ------------------------------------------------------------------------------

    public Agreement getAgreement() {
        return agreement;
    }

    public java.util.Optional<Long> getImportRun() {
        return java.util.Optional.ofNullable(importRun);
    }

    public ProposalKind getKind() {
        return kind;
    }

    public ReviewState getState() {
        return state;
    }

    public boolean isReturned() {
        return returned;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getContent() {
        return content;
    }

    public Long getRestoredFrom() {
        return restoredFrom;
    }

    public Set<String> getAuthors() {
        return Collections.unmodifiableSet(authors);
    }

    public List<ReviewStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    /** The reviewer's comment that returned it, while it is a returned draft. */
    public String getReturnComment() {
        if (!returned) {
            return null;
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).getAction() == ReviewAction.RETURNED) {
                return steps.get(i).getComment();
            }
        }
        return null;
    }
}
