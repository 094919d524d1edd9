package org.treatyarchive.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A relation to another agreement, by its reference. */
public class RelationEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    @NotNull(message = "Choose how this agreement bears on the other one.")
    private RelationType type;
    private String targetReference;
    private String targetTitle;
    @Size(max = AgreementRelation.NOTE_MAX, message = "The note is too long: at most {max} characters.")
    private String note;

    public RelationEntry() {
    }

    public RelationEntry(RelationType type, String targetReference, String targetTitle) {
        this.type = type;
        this.targetReference = targetReference;
        this.targetTitle = targetTitle;
    }

    public RelationType getType() { return type; }
    public void setType(RelationType type) { this.type = type; }
    public String getTargetReference() { return targetReference; }
    public void setTargetReference(String targetReference) { this.targetReference = targetReference; }
    public String getTargetTitle() { return targetTitle; }
    public void setTargetTitle(String targetTitle) { this.targetTitle = targetTitle; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
