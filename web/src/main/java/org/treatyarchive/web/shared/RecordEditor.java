package org.treatyarchive.web.shared;

import jakarta.faces.context.FacesContext;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.RecordForm;
import org.treatyarchive.shared.ReferenceRegister;
import org.treatyarchive.shared.RevisionEntry;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The life of a reference-data edit page (a party, an event, a subject): open a blank or stored form,
 * save it as new or over the stored version, delete it, and after a conflict reload the other
 * person's version, all through the record's {@link ReferenceRegister}. A refused save keeps what
 * was typed and shows the message at its field. A page's bean says only which register, which key
 * and how the record is named, and offers its own choice lists.
 *
 * @param <F> the form the page edits
 * @param <K> what identifies a record in the page's URL
 */
public abstract class RecordEditor<F extends RecordForm<K>, K extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String formId;
    private final Class<F> type;
    private final Set<String> inputs;
    private final String listPage;
    protected F form;
    private List<RevisionEntry> history;
    private final Conflicts conflicts = new Conflicts();

    /**
     * @param formId   the id of the page's {@code h:form}
     * @param type     the form, whose no-argument constructor makes a blank one with the archive's defaults
     * @param inputs   the service's field names that have an input of the same id inside that form
     * @param listPage where the page goes after a save or a deletion
     */
    protected RecordEditor(String formId, Class<F> type, Set<String> inputs, String listPage) {
        this.formId = formId;
        this.type = type;
        this.inputs = inputs;
        this.listPage = listPage;
    }

    protected abstract ReferenceRegister<F, K> register();

    /** The key the page was opened with; {@code null} for a new record. */
    protected abstract K requested();

    /** The record as the done message names it ("the event Fifth Caspian Summit"). */
    protected abstract String describe();

    /** Where the page goes after creating the record; the list unless a page says otherwise. */
    protected String afterCreate(K key) {
        return listPage;
    }

    private F blank() {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException notAForm) {
            throw new IllegalStateException(type + " has no public no-argument constructor", notAForm);
        }
    }

    /** Called by {@code f:viewAction} on the first request only. */
    public void load() throws IOException {
        try {
            form = requested() != null ? register().open(requested()) : blank();
        } catch (NotFoundException notFound) {
            Pages.notFound(notFound.getMessage());
        }
    }

    public void save() throws IOException {
        conflicts.clear();
        boolean created = form.isNew();
        String next;
        try {
            if (created) {
                next = afterCreate(register().create(form));
            } else {
                register().update(form);
                next = listPage;
            }
        } catch (InvalidRecordException invalid) {
            Messages.error(inputs.contains(invalid.getField()) ? formId + ":" + invalid.getField() : null, Messages.describe(invalid));
            return;
        } catch (EditConflictException conflict) {
            conflicts.refuse(Messages.describe(conflict));
            return;
        }
        Messages.doneAfterRedirect((created ? "Added " : "Saved ") + describe() + ".");
        Pages.redirect(next);
    }

    public void delete() throws IOException {
        String described = describe();
        try {
            register().delete(form.key());
        } catch (InvalidRecordException | NotFoundException refused) {
            Messages.error(null, Messages.describe(refused));
            return;
        }
        Messages.doneAfterRedirect("Deleted " + described + ".");
        Pages.redirect(listPage);
    }

    /** After a conflict: shows the stored version, dropping the form's changes. */
    public void reload() {
        form = register().open(form.key());
        conflicts.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().resetValues(faces, List.of(formId));
        Messages.done(Messages.text("form.reloaded"));
    }

    /** The record's revisions, newest first, read once per view when the history section is shown; none for a new record. */
    public List<RevisionEntry> getHistory() {
        if (history == null) {
            history = form.isNew() ? List.of() : register().history(form.key());
        }
        return history;
    }

    /** "Last saved by anna at ...", under the form. */
    public String getLastSaved() {
        return form == null ? "" : Conflicts.lastSaved(form.getEditedBy(), form.getEditedAt());
    }

    public F getForm() {
        return form;
    }

    public Conflicts getConflicts() {
        return conflicts;
    }
}
