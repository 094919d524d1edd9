package org.treatyarchive.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.user.Viewer;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * What every register does around its own rules, in one place: checks a form again (a forged
 * request never met the page's validation), stamps a save with who made it and when, and reads a
 * record's history as the lines of its form.
 */
@ApplicationScoped
public class RecordKeeping {

    @Inject
    FormValidation forms;

    @Inject
    Viewer viewer;

    @Inject
    RecordHistory history;

    private final Clock clock = Clock.systemUTC();

    /** @param label the record as messages name it ("The party") */
    public <F> F check(String label, F form) {
        return forms.check(label, form);
    }

    public void stamp(EditableRecord record) {
        record.recordEdit(viewer.username(), clock.instant());
    }

    /** The record's latest {@link RevisionEntry#SHOWN} revisions, each compared as the form it would open as. */
    public <T extends EditableRecord> List<RevisionEntry> history(Class<T> type, long id, Function<T, ? extends RecordForm<?>> formOf) {
        return RevisionEntry.history(history, type, id, RevisionEntry.SHOWN, old -> FormLines.of(formOf.apply(old)));
    }
}
