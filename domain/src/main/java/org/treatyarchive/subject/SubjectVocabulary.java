package org.treatyarchive.subject;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.FormLines;
import org.treatyarchive.shared.RecordHistory;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.shared.FormValidation;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.Viewer;

import java.time.Clock;
import java.util.List;

/** The subject vocabulary: anyone reads it; archivists and administrators keep it; terms are unique. */
@ApplicationScoped
@Secured
@Transactional
@RolesAllowed({Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
public class SubjectVocabulary {

    @Inject
    RecordHistory history;

    @Inject
    SubjectRepository subjects;

    @Inject
    FormValidation forms;

    @Inject
    Viewer viewer;

    private final Clock clock = Clock.systemUTC();

    /** The whole vocabulary, paged in memory by the caller's table: a controlled list of tens of terms. */
    @PermitAll
    public Page<Subject> list(int first, int size) {
        List<Subject> all = subjects.findAllOrderedByName();
        return new Page<>(all.subList(Math.min(first, all.size()), Math.min(first + size, all.size())), all.size());
    }

    /** @throws NotFoundException when there is no such term */
    @PermitAll
    public Subject get(long id) {
        return subjects.findById(id).orElseThrow(() -> new NotFoundException("There is no subject number " + id + "."));
    }

    @PermitAll
    public SubjectEdit open(long id) {
        return SubjectEdit.of(get(id));
    }

    /** @return the new term's id */
    public long create(SubjectEdit edit) {
        forms.check("The subject", edit);
        Subject subject = new Subject(edit.getName(), edit.getDescription());
        refuseDuplicate(subject.getName(), null);
        subject.recordEdit(viewer.username(), clock.instant());
        subjects.add(subject);
        return subject.getId();
    }

    /** @throws EditConflictException when someone saved the term after the form read it */
    public void update(SubjectEdit edit) {
        forms.check("The subject", edit);
        Subject subject = get(edit.getId() == null ? -1 : edit.getId());
        subject.checkEditedFrom(edit.getVersion(), "The subject " + subject.getName());
        // Checked before renaming: the query would otherwise flush the new name into the unique index first.
        refuseDuplicate(edit.getName().strip(), subject);
        subject.rename(edit.getName());
        subject.describe(edit.getDescription());
        subject.recordEdit(viewer.username(), clock.instant());
    }

    /** @throws InvalidRecordException naming the agreements classified under the term */
    public void delete(long id) {
        Subject subject = get(id);
        subjects.usage(subject).refuseDeletionIfUsed("The subject " + subject.getName(), "classifies");
        subjects.remove(subject);
    }

    private void refuseDuplicate(String name, Subject self) {
        subjects.findByName(name).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw new InvalidRecordException("name", "The vocabulary already has the term " + other.getName() + ".");
        });
    }

    /** The subject's latest revisions, newest first, with what each changed. */
    public List<RevisionEntry> history(long id) {
        Subject subject = get(id);
        return RevisionEntry.history(history, Subject.class, subject.getId(), RevisionEntry.SHOWN, old -> FormLines.of(SubjectEdit.of(old)));
    }
}
