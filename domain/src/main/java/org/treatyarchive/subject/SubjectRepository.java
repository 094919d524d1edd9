package org.treatyarchive.subject;

import org.treatyarchive.shared.Usage;

import java.util.List;
import java.util.Optional;

/** The subject vocabulary. */
public interface SubjectRepository {

    Optional<Subject> findByName(String name);

    /** The whole vocabulary, ordered by name: a controlled list of tens of terms, not archive data. */
    List<Subject> findAllOrderedByName();

    Optional<Subject> findById(long id);

    /** The agreements classified under the subject. */
    Usage usage(Subject subject);

    void add(Subject subject);

    void remove(Subject subject);
}
