package org.treatyarchive.web.shared;

import jakarta.faces.context.FacesContext;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.RecordForm;
import org.treatyarchive.shared.RevisionEntry;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The life of a reference-data edit page (a party, an event, a subject): open a blank or stored form,
 * save it as new or over the stored version, delete it, and after a conflict reload the other
 * person's version. A refused save keeps what was typed and shows the message at its field.
 *
 * @param <F> the form the page edits
 */
public abstract class RecordEditor<F extends RecordForm> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String formId;
    private final Map<String, String> fields;
    protected F form;
    private List<RevisionEntry> history;
    private final Conflicts conflicts = new Conflicts();

    /**
     * @param formId the id of the page's {@code h:form}
     * @param fields the service's field names mapped to the ids of the inputs inside that form
     */
    protected RecordEditor(String formId, Map<String, String> fields) {
        this.formId = formId;
        this.fields = fields;
    }

    /** Whether the page was opened for a stored record (a key in the URL) rather than a new one. */
    protected abstract boolean opensStored();

    protected abstract F open();

    protected abstract F blank();

    protected abstract boolean isNew();

    /** Saves a new record and answers the page to go to. */
    protected abstract String create();

    /** Saves over the stored record and answers the page to go to. */
    protected abstract String update();

    /** Deletes the stored record and answers the page to go to. */
    protected abstract String remove();

    protected abstract String describe();

    /** Called by {@code f:viewAction} on the first request only. */
    public void load() throws IOException {
        try {
            form = opensStored() ? open() : blank();
        } catch (NotFoundException notFound) {
            Pages.notFound(notFound.getMessage());
        }
    }

    public void save() throws IOException {
        conflicts.clear();
        boolean created = isNew();
        String next;
        try {
            next = created ? create() : update();
        } catch (InvalidRecordException invalid) {
            String input = fields.get(invalid.getField());
            Messages.error(input == null ? null : formId + ":" + input, invalid.getMessage());
            return;
        } catch (EditConflictException conflict) {
            conflicts.refuse(conflict.getMessage());
            return;
        }
        Messages.doneAfterRedirect((created ? "Added " : "Saved ") + describe() + ".");
        Pages.redirect(next);
    }

    public void delete() throws IOException {
        String described = describe();
        String next;
        try {
            next = remove();
        } catch (InvalidRecordException | NotFoundException refused) {
            Messages.error(null, refused.getMessage());
            return;
        }
        Messages.doneAfterRedirect("Deleted " + described + ".");
        Pages.redirect(next);
    }

    /** After a conflict: shows the stored version, dropping the form's changes. */
    public void reload() {
        form = open();
        conflicts.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().resetValues(faces, List.of(formId));
        Messages.done("Reloaded the saved version.");
    }

    /** The record's revisions, newest first, as its history section shows them; none for a new record. */
    protected List<RevisionEntry> history() {
        return List.of();
    }

    /** Read once per view, when the history section is shown. */
    public List<RevisionEntry> getHistory() {
        if (history == null) {
            history = isNew() ? List.of() : history();
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
