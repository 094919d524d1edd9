package org.treatyarchive.web.subjects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.shared.ReferenceRegister;
import org.treatyarchive.subject.SubjectEdit;
import org.treatyarchive.subject.SubjectVocabulary;
import org.treatyarchive.web.shared.RecordEditor;

import java.util.Set;

/** Backs {@code subjects/edit.xhtml} (a new term) and {@code subjects/edit.xhtml?id=3}. */
@Named
@ViewScoped
public class EditSubjectBacking extends RecordEditor<SubjectEdit, Long> {

    private static final long serialVersionUID = 1L;

    @Inject
    SubjectVocabulary vocabulary;

    private Long id;

    public EditSubjectBacking() {
        super("subject", SubjectEdit.class, Set.of("name", "description"), "/subjects/list.xhtml");
    }

    @Override
    protected ReferenceRegister<SubjectEdit, Long> register() {
        return vocabulary;
    }

    @Override
    protected Long requested() {
        return id;
    }

    @Override
    protected String describe() {
        return "the subject " + form.getName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
