package org.treatyarchive.shared;

import java.time.Instant;

/**
 * Someone else saved the record after the caller opened it. The caller's save is refused as a whole
 * and the other person's work is kept; the form keeps what the caller typed and offers to reload.
 */
public class EditConflictException extends ArchiveException {

    private final String editedBy;
    private final Instant editedAt;

    /**
     * @param record   what was edited, as people name it ("Agreement AGR-2014-0002")
     * @param editedBy who saved it in between, when known
     * @param editedAt when, when known
     */
    public EditConflictException(String record, String editedBy, Instant editedAt) {
        super(record + " was changed by " + (editedBy == null ? "someone else" : editedBy)
                + (editedAt == null ? "" : " at " + Timestamps.display(editedAt))
                + " after you opened it. Your changes were not saved; they are still in the form. "
                + "Reload to see the saved version, then enter your changes again.");
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
