package org.treatyarchive.subject;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.RecordKeeping;
import org.treatyarchive.shared.ReferenceRegister;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;

import java.util.List;

/** The subject vocabulary: anyone reads it; archivists and administrators keep it; terms are unique. */
@ApplicationScoped
@Secured
@Transactional
@RolesAllowed({Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
public class SubjectVocabulary implements ReferenceRegister<SubjectEdit, Long> {

    @Inject
    SubjectRepository subjects;

    @Inject
    RecordKeeping keeping;

    /** The whole vocabulary, paged in memory by the caller's table: a controlled list of tens of terms. */
    @PermitAll
    public Page<Subject> list(int first, int size) {
        List<Subject> all = subjects.findAllOrderedByName();
        return new Page<>(all.subList(Math.min(first, all.size()), Math.min(first + size, all.size())), all.size());
    }

    /** @throws NotFoundException when there is no such term */
    @PermitAll
    public Subject get(long id) {
        return subjects.findById(id).orElseThrow(() -> new NotFoundException(Phrase.of("subject.none", id)));
    }

    @Override
    @PermitAll
    public SubjectEdit open(Long id) {
        return SubjectEdit.of(get(id));
    }

    @Override
    public Long create(SubjectEdit edit) {
        keeping.check("The subject", edit);
        Subject subject = new Subject(edit.getName(), edit.getDescription());
        refuseDuplicate(subject.getName(), null);
        keeping.stamp(subject);
        subjects.add(subject);
        return subject.getId();
    }

    @Override
    public void update(SubjectEdit edit) {
        keeping.check("The subject", edit);
        Subject subject = get(edit.getId() == null ? -1 : edit.getId());
        subject.checkEditedFrom(edit.getVersion(), Phrase.of("record.subject", subject.getName()));
        // Checked before renaming: the query would otherwise flush the new name into the unique index first.
        refuseDuplicate(edit.getName().strip(), subject);
        subject.rename(edit.getName());
        subject.describe(edit.getDescription());
        keeping.stamp(subject);
    }

    /** Refused while agreements are classified under the term. */
    @Override
    public void delete(Long id) {
        Subject subject = get(id);
        subjects.usage(subject).refuseDeletionIfUsed(Phrase.of("record.subject", subject.getName()), "usage.subjectOf");
        subjects.remove(subject);
    }

    private void refuseDuplicate(String name, Subject self) {
        subjects.findByName(name).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw new InvalidRecordException("name", Phrase.of("subject.taken", other.getName()));
        });
    }

    @Override
    public List<RevisionEntry> history(Long id) {
        return keeping.history(Subject.class, get(id).getId(), SubjectEdit::of);
    }
}
