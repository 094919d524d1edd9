package org.treatyarchive.web.subjects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectVocabulary;
import org.treatyarchive.web.shared.PagedModel;

/** Backs {@code subjects/list.xhtml}: the subject vocabulary by name. */
@Named
@RequestScoped
public class ListSubjectsBacking {

    @Inject
    SubjectVocabulary vocabulary;

    private final PagedModel<Subject> subjects = new PagedModel<>((first, size) -> vocabulary.list(first, size),
            subject -> String.valueOf(subject.getId()));

    public PagedModel<Subject> getSubjects() {
        return subjects;
    }
}
