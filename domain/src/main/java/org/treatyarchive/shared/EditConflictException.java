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
     * @param record   what was edited, as people name it ("Agreement AGR-2014-0002"), a phrase of the domain's bundle
     * @param editedBy who saved it in between, when known
     * @param editedAt when, when known
     */
    public EditConflictException(Phrase record, String editedBy, Instant editedAt) {
        super(editedBy == null ? Phrase.of("conflict.someone", record)
                : editedAt == null ? Phrase.of("conflict.by", record, editedBy)
                : Phrase.of("conflict.byAt", record, editedBy, Timestamps.display(editedAt)));
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
