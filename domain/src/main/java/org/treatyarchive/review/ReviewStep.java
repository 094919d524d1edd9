package org.treatyarchive.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Who submitted, returned, approved or discarded a proposal, when, and what they wrote. */
@Embeddable
public class ReviewStep implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_MAX = 4000;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 20, nullable = false)
    private ReviewAction action;

    @Column(name = "actor", length = 100, nullable = false)
    private String actor;

    @Column(name = "acted_at", nullable = false)
    private Instant at;

    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;

    protected ReviewStep() {
        // for JPA
    }

    ReviewStep(ReviewAction action, String actor, Instant at, String comment) {
        this.action = Objects.requireNonNull(action);
        this.actor = Objects.requireNonNull(actor);
        this.at = Objects.requireNonNull(at);
        this.comment = comment;
    }

    public ReviewAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }
}
