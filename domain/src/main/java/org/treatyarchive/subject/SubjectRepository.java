package org.treatyarchive.subject;

import java.util.List;
import java.util.Optional;

/** The subject vocabulary. */
public interface SubjectRepository {

    Optional<Subject> findByName(String name);

    /** The whole vocabulary, ordered by name: a controlled list of tens of terms, not archive data. */
    List<Subject> findAllOrderedByName();

    void add(Subject subject);
}
