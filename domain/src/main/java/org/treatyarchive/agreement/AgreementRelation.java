package org.treatyarchive.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.treatyarchive.shared.BaseEntity;
import org.treatyarchive.shared.Check;

import java.util.Objects;

/**
 * A directed link between two agreements ("the 2003 protocol supplements the 2001 agreement"),
 * held by its source and navigable from its target. Created only through
 * {@link RelationList#add(RelationType, Agreement, String)}.
 */
@Entity
@Table(name = "agreement_relation")
@Audited
public class AgreementRelation extends BaseEntity {

    public static final int NOTE_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Agreement source;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 20, nullable = false)
    private RelationType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private Agreement target;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected AgreementRelation() {
        // for JPA
    }

    AgreementRelation(Agreement source, RelationType type, Agreement target, String note) {
        this.source = Objects.requireNonNull(source, "source");
        this.type = Check.required("relations", "The kind of relation", type);
        this.target = Check.required("relations", "The related agreement", target);
        annotate(note);
    }

    void annotate(String note) {
        this.note = Check.optionalText("relations", "The note on the relation", note, NOTE_MAX);
    }

    public Agreement getSource() {
        return source;
    }

    public RelationType getType() {
        return type;
    }

    public Agreement getTarget() {
        return target;
    }

    public String getNote() {
        return note;
    }
}
