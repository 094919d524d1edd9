package org.treatyarchive.shared;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A revision as the history tab shows it: who, when, and which lines changed from the revision before.
 *
 * @param savedBy who saved the content (the record's "edited by" at that revision); differs from the
 *                revision's user when a reviewer's approval applied someone else's change
 */
public record RevisionEntry(Revision revision, String savedBy, List<Comparison.Line> changes) implements Serializable {

    /** How many revisions a reference-data record's history shows; older ones stay stored. */
    public static final int SHOWN = 30;

    /**
     * Whether the revision applied someone else's content, i.e. a reviewer approved an archivist's
     * change. A revision that changed no line (a publication) is the reviewer's own step.
     */
    public boolean approvedByOther() {
        return savedBy != null && !savedBy.equals(revision.username()) && !changes.isEmpty();
    }

    /** Whom the history credits with the revision: the author of its content, or whoever took the step. */
    public String actor() {
        return savedBy == null || changes.isEmpty() ? revision.username() : savedBy;
    }

    /**
     * The entries for revisions listed newest first, each compared with the one before it; the
     * oldest listed is compared with nothing unless it is the record's creation.
     *
     * @param stateAt the record's lines at a revision, and who had saved it
     */
    public static List<RevisionEntry> list(List<Revision> newestFirst, Function<Revision, Snapshot> stateAt) {
        List<RevisionEntry> entries = new ArrayList<>();
        Snapshot newer = null;
        Revision newerRevision = null;
        for (Revision revision : newestFirst) {
            Snapshot state = revision.change() == Revision.Change.DELETED ? new Snapshot(Map.of(), null) : stateAt.apply(revision);
            if (newer != null) {
                entries.add(new RevisionEntry(newerRevision, newer.savedBy(), Comparison.changes(state.lines(), newer.lines())));
            }
            newer = state;
            newerRevision = revision;
        }
        if (newer != null) {
            entries.add(new RevisionEntry(newerRevision, newer.savedBy(), Comparison.changes(Map.of(), newer.lines())));
        }
        return entries;
    }

    /**
     * The latest revisions of a record, newest first, each with its changes.
     *
     * @param lines the record's lines, from its state at a revision
     */
    public static <T extends EditableRecord> List<RevisionEntry> history(RecordHistory history, Class<T> type, long id, int shown,
                                                                       Function<T, Map<String, String>> lines) {
        List<Revision> revisions = history.revisions(type, id, shown + 1);
        List<RevisionEntry> entries = list(revisions, revision -> history.at(type, id, revision.number())
                .map(old -> new Snapshot(lines.apply(old), old.getEditedBy()))
                .orElseGet(() -> new Snapshot(Map.of(), null)));
        // The oldest one fetched only served as the comparison for the one after it.
        return revisions.size() > shown ? entries.subList(0, shown) : entries;
    }

    /** A record's lines at one revision and who saved it. */
    public record Snapshot(Map<String, String> lines, String savedBy) implements Serializable {
    }
}
