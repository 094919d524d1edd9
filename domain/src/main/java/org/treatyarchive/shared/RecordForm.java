package org.treatyarchive.shared;

import java.io.Serializable;
import java.time.Instant;

/**
 * What every edit form remembers of the record it was read from: the version, which refuses a stale
 * save, and who saved that version when, for the conflict message and the "last saved" line.
 */
public abstract class RecordForm<K extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    private String editedBy;
    private Instant editedAt;

    /** Remembers the record's version and its last save: the record's own, or its draft's. */
    public void readFrom(EditableRecord record) {
        version = record.getVersion();
        editedBy = record.getEditedBy();
        editedAt = record.getEditedAt();
    }

    /** Forgets the version and the last save, for content that is stored apart from any record's version. */
    public void forgetVersion() {
        version = null;
        editedBy = null;
        editedAt = null;
    }

    /** Whether the form is for a record not yet stored. */
    public abstract boolean isNew();

    /** What identifies the record the form was read from (a reference, a code, a number). */
    public abstract K key();

    /** The version the form was read at; {@code null} for a record not yet stored. */
    public Long getVersion() {
        return version;
    }

    /** Which version a form sent through the API was read at; the web form keeps the one it was read with. */
    public void setVersion(Long version) {
        this.version = version;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
