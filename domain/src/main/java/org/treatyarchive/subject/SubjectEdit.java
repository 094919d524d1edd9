package org.treatyarchive.subject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.treatyarchive.shared.NumberedForm;

/** A subject term as its edit form holds it; {@code version} is the one the form was read at. */
public class SubjectEdit extends NumberedForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the term (Seabed delimitation).")
    @Size(max = Subject.NAME_MAX, message = "The term is too long: at most {max} characters.")
    private String name;
    @Size(max = Subject.DESCRIPTION_MAX, message = "The description is too long: at most {max} characters.")
    private String description;

    public static SubjectEdit of(Subject subject) {
        SubjectEdit edit = new SubjectEdit();
        edit.readFrom(subject);
        edit.name = subject.getName();
        edit.description = subject.getDescription();
        return edit;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
