package org.treatyarchive.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.archiving.ReviewDesk;
import org.treatyarchive.review.ProposalKind;
import org.treatyarchive.review.ReviewCase;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.Comparison;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code review/case.xhtml?id=12}: the published record and the proposed one side by side,
 * the record's review history, and the reviewer's decision with its comment.
 */
@Named
@ViewScoped
public class ReviewCaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String COMMENT = "decision:comment";

    @Inject
    ReviewDesk desk;

    private Long id;
    private ReviewCase review;
    private String comment;
    private boolean onlyChanges = true;

    /** Called by {@code f:viewAction}, before rendering. */
    public void load() throws IOException {
        try {
            review = desk.open(id == null ? -1 : id);
        } catch (NotFoundException notFound) {
            Pages.notFound(notFound.getMessage());
        }
    }

    public void approve() throws IOException {
        try {
            desk.approve(review.id(), comment);
        } catch (AccessDeniedException | WorkflowException | EditConflictException refused) {
            Messages.error(null, Messages.describe(refused));
            return;
        } catch (InvalidRecordException invalid) {
            Messages.error("comment".equals(invalid.getField()) ? COMMENT : null, Messages.text("review.notApproved", Messages.describe(invalid)));
            return;
        }
        Messages.doneAfterRedirect(Messages.text("review.approved." + review.kind().name(), describe()));
        Pages.redirect("/review/list.xhtml");
    }

    public void returnToAuthor() throws IOException {
        try {
            desk.returnWithComment(review.id(), comment);
        } catch (InvalidRecordException invalid) {
            Messages.error(COMMENT, Messages.describe(invalid));
            return;
        } catch (AccessDeniedException | WorkflowException | EditConflictException refused) {
            Messages.error(null, Messages.describe(refused));
            return;
        }
        Messages.doneAfterRedirect("Returned " + describe() + " to " + String.join(", ", review.authors()) + " with your comment.");
        Pages.redirect("/review/list.xhtml");
    }

    private String describe() {
        return switch (review.kind()) {
            case NEW_RECORD -> "the new record " + review.reference();
            case CHANGE -> "the change to " + review.reference();
            case WITHDRAWAL -> "the withdrawal of " + review.reference();
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewCase getReview() {
        return review;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isOnlyChanges() {
        return onlyChanges;
    }

    public void setOnlyChanges(boolean onlyChanges) {
        this.onlyChanges = onlyChanges;
    }

    /** The lines shown: all of both versions, or only those that differ. */
    public List<Comparison.Line> getLines() {
        return onlyChanges && review.kind() != ProposalKind.WITHDRAWAL
                ? review.lines().stream().filter(Comparison.Line::changed).toList()
                : review.lines();
    }
}
