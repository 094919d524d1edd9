package org.treatyarchive.shared;

/**
 * A form for a record known by its number (an event, a subject): the number is its key, and a form
 * without one is for a record not yet stored.
 */
public abstract class NumberedForm extends RecordForm<Long> {

    private static final long serialVersionUID = 1L;

    private Long id;

    @Override
    public void readFrom(EditableRecord record) {
        super.readFrom(record);
        id = record.getId();
    }

    @Override
    public boolean isNew() {
        return id == null;
    }

    @Override
    public Long key() {
        return id;
    }

    public Long getId() {
        return id;
    }
}
