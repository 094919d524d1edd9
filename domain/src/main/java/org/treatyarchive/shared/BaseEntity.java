package org.treatyarchive.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Objects;

/**
 * Identity, timestamps and the optimistic-lock version shared by every entity an archivist edits.
 * <p>
 * Identity columns rather than sequences because MySQL has no sequences. Equality is by id only
 * and tolerates Hibernate proxies (which are subclasses), so an entity that is not yet persisted is
 * equal only to itself.
 */
// Audited so that each revision in the history carries the version and who saved it.
@Audited
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    void onPersist() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BaseEntity that) || getId() == null) {
            return false;
        }
        boolean related = that.getClass().isAssignableFrom(getClass()) || getClass().isAssignableFrom(that.getClass());
        return related && getId().equals(that.getId());
    }

    @Override
    public final int hashCode() {
        // Constant per class so that the hash does not change when the id is assigned on persist.
        return Objects.hashCode(rootEntityClass().getName());
    }

    private Class<?> rootEntityClass() {
        Class<?> type = getClass();
        while (type.getSuperclass() != null && type.getSuperclass() != BaseEntity.class) {
            type = type.getSuperclass();
        }
        return type;
    }
}
