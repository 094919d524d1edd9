package org.treatyarchive.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.NoteKind;

import java.io.Serializable;

/** An archivist's note. */
public class NoteEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    @NotNull(message = "Choose the kind of note.")
    private NoteKind kind = NoteKind.GENERAL;
    @NotBlank(message = "Enter the note, or remove the row.")
    @Size(max = ArchivistNote.TEXT_MAX, message = "The note is too long: at most {max} characters.")
    private String text;

    public NoteEntry() {
    }

    public NoteEntry(NoteKind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    public NoteKind getKind() { return kind; }
    public void setKind(NoteKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
