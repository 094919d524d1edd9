package org.treatyarchive.persistence.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fact about the archive installation itself, such as when the starter collection was loaded. */
@Entity
@Table(name = "archive_setting")
public class ArchiveSetting {

    @Id
    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "setting_value", length = 1000, nullable = false)
    private String value;

    protected ArchiveSetting() {
        // for JPA
    }

    public ArchiveSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
