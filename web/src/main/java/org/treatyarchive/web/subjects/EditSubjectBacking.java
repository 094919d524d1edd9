package org.treatyarchive.web.subjects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.subject.SubjectEdit;
import org.treatyarchive.subject.SubjectVocabulary;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.web.shared.RecordEditor;

import java.util.List;
import java.util.Map;

/** Backs {@code subjects/edit.xhtml} (a new term) and {@code subjects/edit.xhtml?id=3}. */
@Named
@ViewScoped
public class EditSubjectBacking extends RecordEditor<SubjectEdit> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubjectVocabulary vocabulary;

    private Long id;

    public EditSubjectBacking() {
        super("subject", Map.of("name", "name", "description", "description"));
    }

    @Override
    protected boolean opensStored() {
        return id != null;
    }

    @Override
    protected SubjectEdit open() {
        return vocabulary.open(id == null ? form.getId() : id);
    }

    @Override
    protected SubjectEdit blank() {
        return new SubjectEdit();
    }

    @Override
    protected boolean isNew() {
        return form.isNew();
    }

    @Override
    protected String create() {
        vocabulary.create(form);
        return "/subjects/list.xhtml";
    }

    @Override
    protected String update() {
        vocabulary.update(form);
        return "/subjects/list.xhtml";
    }

    @Override
    protected String remove() {
        vocabulary.delete(form.getId());
        return "/subjects/list.xhtml";
    }

    @Override
    protected List<RevisionEntry> history() {
        return vocabulary.history(form.getId());
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
