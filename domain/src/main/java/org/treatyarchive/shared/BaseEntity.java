package org.treatyarchive.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Identity, timestamps and the optimistic-lock version shared by every entity an archivist edits.
 * <p>
 * Ids come from a table of id blocks rather than from identity columns: with an identity column
 * Hibernate must send each insert at once to learn its id, so a chunk of an import went out row by
 * row; from a block of {@link #ID_BLOCK} ids taken at a time (in a transaction of its own, so
 * concurrent saves and nodes never share one), the inserts go out in JDBC batches. A table rather
 * than a sequence because MySQL has none. Equality is by id only
 * and tolerates Hibernate proxies (which are subclasses), so an entity that is not yet persisted is
 * equal only to itself.
 */
// Audited so that each revision in the history carries the version and who saved it.
@Audited
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    /** How many ids a node takes from {@code id_block} at once; a restarted node leaves the rest of its block unused. */
    public static final int ID_BLOCK = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "archive_ids")
    @TableGenerator(name = "archive_ids", table = "id_block", pkColumnName = "segment", valueColumnName = "next_value",
            pkColumnValue = "archive", allocationSize = ID_BLOCK)
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
