package org.treatyarchive.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the security log: who did what to whom, when. Written once, never changed, and never
 * holding a password.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent implements Serializable {

    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 30, nullable = false, updatable = false)
    private SecurityEventType type;

    /** Who acted: the signed-in user, or the name typed at a failed sign-in. */
    @Column(name = "actor", length = 100, updatable = false)
    private String actor;

    /** The account acted upon, if any. */
    @Column(name = "target", length = 100, updatable = false)
    private String target;

    @Column(name = "detail", length = DETAIL_MAX, updatable = false)
    private String detail;

    protected SecurityEvent() {
        // for JPA
    }

    public SecurityEvent(Instant occurredAt, SecurityEventType type, String actor, String target, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.type = Objects.requireNonNull(type, "type");
        this.actor = truncate(actor, 100);
        this.target = truncate(target, 100);
        this.detail = truncate(detail, DETAIL_MAX);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
