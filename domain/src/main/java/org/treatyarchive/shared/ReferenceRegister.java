package org.treatyarchive.shared;

import java.io.Serializable;
import java.util.List;

/**
 * What an edit page does with a piece of reference data (a party, an event, a subject), whatever
 * its kind: open it as a form, save the form as a new record or over the stored one, delete it, and
 * read its history. The registers carry the role checks and transactions; one page base calls them.
 *
 * @param <F> the record's edit form
 * @param <K> what identifies the record in a URL: a party's code, an event's or subject's number
 */
public interface ReferenceRegister<F extends RecordForm<K>, K extends Serializable> {

    /** @throws NotFoundException when there is no such record */
    F open(K key);

    /** @return the new record's key */
    K create(F form);

    /** @throws EditConflictException when someone saved the record after the form read it */
    void update(F form);

    /** @throws InvalidRecordException naming where the record is still used */
    void delete(K key);

    /** The record's latest revisions, newest first, with what each changed. */
    List<RevisionEntry> history(K key);
}
