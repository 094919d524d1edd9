package org.treatyarchive.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.EditableRecord;

/** A term of the archive's subject vocabulary, such as "Seabed delimitation". */
@Entity
@Table(name = "subject")
@Audited
public class Subject extends EditableRecord {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @Column(name = "name", length = NAME_MAX, nullable = false, unique = true)
    private String name;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    protected Subject() {
        // for JPA
    }

    public Subject(String name, String description) {
        rename(name);
        describe(description);
    }

    public void rename(String name) {
        this.name = Check.requiredText("name", "The name of the subject", name, NAME_MAX);
    }

    public void describe(String description) {
        this.description = Check.optionalText("description", "The description", description, DESCRIPTION_MAX);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        return name;
    }
}
