package org.treatyarchive.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Objects;

/**
 * A record people edit through forms: besides the version that refuses a stale save, it remembers
 * who created it and who last saved it, and when. The edit conflict message names that person, and
 * the review workflow needs to know who entered what.
 */
// Audited so that each revision in the history carries the version and who saved it.
@Audited
@MappedSuperclass
public abstract class EditableRecord extends BaseEntity {

    public static final int USER_MAX = 100;

    @Column(name = "created_by", length = USER_MAX)
    private String createdBy;

    @Column(name = "edited_by", length = USER_MAX)
    private String editedBy;

    @Column(name = "edited_at")
    private Instant editedAt;

    /**
     * Notes a save by a person; the first one names the creator, never changed later. Always changes the record, so that its version moves even when only
     * a child row (an article, a party's dates) changed: a second editor holding the old version is
     * then refused instead of overwriting the first one's work.
     */
    public void recordEdit(String username, Instant at) {
        String who = Objects.requireNonNull(username, "username");
        if (createdBy == null) {
            createdBy = who;
        }
        editedBy = who;
        editedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Puts back who created and last edited the record, as another archive recorded them: for a
     * restore from the archive's own export only, where the restoring administrator is not the author.
     */
    public void restoreStamps(String createdBy, String editedBy, Instant editedAt) {
        if (createdBy != null) {
            this.createdBy = createdBy;
        }
        if (editedBy != null && editedAt != null) {
            this.editedBy = editedBy;
            this.editedAt = editedAt;
        }
    }

    /**
     * Refuses a save prepared from another version than the stored one, naming who saved in between.
     *
     * @param version the version the form was read at; {@code null} (a forged or broken form) is refused too
     * @param label   the record as people name it ("The party Turkmenistan"), a phrase of the domain's bundle
     */
    public void checkEditedFrom(Long version, Phrase label) {
        if (version == null || version != getVersion()) {
            throw new EditConflictException(label, editedBy, editedAt);
        }
    }

    /** Who entered the record; {@code null} for records loaded before edits were tracked. */
    public String getCreatedBy() {
        return createdBy;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
