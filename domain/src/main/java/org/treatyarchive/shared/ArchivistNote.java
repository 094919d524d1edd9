package org.treatyarchive.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** A note an archivist attaches to a record, such as a conflict between sources. */
@Embeddable
public class ArchivistNote implements Serializable {

    public static final int TEXT_MAX = 4000;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private NoteKind kind;

    @Column(name = "text", length = TEXT_MAX, nullable = false)
    private String text;

    protected ArchivistNote() {
        // for JPA
    }

    public ArchivistNote(NoteKind kind, String text) {
        this.kind = Check.required("notes", "The kind of note", kind);
        this.text = Check.requiredText("notes", "The text of a note", text, TEXT_MAX);
    }

    public static ArchivistNote sourceConflict(String text) {
        return new ArchivistNote(NoteKind.SOURCE_CONFLICT, text);
    }

    public static ArchivistNote general(String text) {
        return new ArchivistNote(NoteKind.GENERAL, text);
    }

    public NoteKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArchivistNote that && kind == that.kind && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text);
    }
}
