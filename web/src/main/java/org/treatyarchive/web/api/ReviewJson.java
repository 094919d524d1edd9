package org.treatyarchive.web.api;

import org.treatyarchive.review.RecordReview;
import org.treatyarchive.review.RecordStep;
import org.treatyarchive.review.ReviewCase;
import org.treatyarchive.review.ReviewItem;
import org.treatyarchive.shared.Comparison;
import org.treatyarchive.shared.RevisionEntry;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the review API. Moments are ISO instants in UTC. */
public final class ReviewJson {

    private ReviewJson() {
    }

    /** A request body carrying a comment, for submitting, returning, approving and withdrawals. */
    public record Comment(String comment) {
    }

    public record QueueAnswer(long total, int page, int size, List<Item> items) {
    }

    public record Item(long id, String reference, String title, String kind, String state, boolean returned,
                       String submittedAt, String editedBy, boolean yours) {
        static Item of(ReviewItem item) {
            return new Item(item.id(), item.reference(), item.title(), item.kind().name(), item.state().name(), item.returned(),
                    iso(item.submittedAt()), item.editedBy(), item.mine());
        }
    }

    public record Step(String kind, String action, String actor, String at, String comment) {
        static Step of(RecordStep row) {
            return new Step(row.kind().name(), row.step().getAction().name(), row.step().getActor(), iso(row.step().getAt()),
                    row.step().getComment());
        }
    }

    public record Line(String field, String before, String after, boolean changed) {
        static Line of(Comparison.Line line) {
            return new Line(line.label(), line.before(), line.after(), line.changed());
        }
    }

    public record Case(long id, String reference, String title, String kind, String state, boolean returned, String submittedAt,
                       List<String> authors, Long restoredFrom, boolean youMayApprove, List<Line> changes, List<Step> steps) {
        static Case of(ReviewCase review) {
            return new Case(review.id(), review.reference(), review.title(), review.kind().name(), review.state().name(),
                    review.returned(), iso(review.submittedAt()), review.authors(), review.restoredFrom(), review.mayApprove(),
                    review.lines().stream().filter(Comparison.Line::changed).map(Line::of).toList(),
                    review.steps().stream().map(Step::of).toList());
        }
    }

    public record RecordState(String publication, Long openProposal, String openKind, String openState, boolean returned,
                              String returnComment, List<Step> steps) {
        static RecordState of(RecordReview review) {
            return new RecordState(review.publication().name(), review.openId(),
                    review.openKind() == null ? null : review.openKind().name(),
                    review.openState() == null ? null : review.openState().name(), review.returned(), review.returnComment(),
                    review.steps().stream().map(Step::of).toList());
        }
    }

    public record RevisionJson(long revision, String at, String change, String savedBy, String committedBy, List<Line> changes) {
        static RevisionJson of(RevisionEntry entry) {
            return new RevisionJson(entry.revision().number(), iso(entry.revision().at()), entry.revision().change().name(),
                    entry.savedBy(), entry.revision().username(), entry.changes().stream().map(Line::of).toList());
        }
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
