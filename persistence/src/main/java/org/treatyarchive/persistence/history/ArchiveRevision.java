package org.treatyarchive.persistence.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed transaction that changed audited records: when, and whose it was. */
@Entity
@Table(name = "revision_info")
@RevisionEntity(RevisionUser.class)
public class ArchiveRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    private long id;

    @RevisionTimestamp
    @Column(name = "stamp", nullable = false)
    private long timestamp;

    @Column(name = "username", length = 100, nullable = false)
    private String username;

    public long getId() {
        return id;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
