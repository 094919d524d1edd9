package org.treatyarchive.subject;

import org.treatyarchive.shared.RecordRepository;

import java.util.List;
import java.util.Optional;

/** The subject vocabulary; a subject's {@link #usage usage} is the agreements classified under it. */
public interface SubjectRepository extends RecordRepository<Subject> {

    Optional<Subject> findByName(String name);

    /** The whole vocabulary, ordered by name: a controlled list of tens of terms, not archive data. */
    List<Subject> findAllOrderedByName();

    Optional<Subject> findById(long id);
}
