package org.treatyarchive.shared;

/**
 * What every repository of people-kept records offers beside its own queries: storing a new record,
 * removing one, and saying where one is used before it may be removed.
 *
 * @param <T> the record
 */
public interface RecordRepository<T> {

    void add(T record);

    void remove(T record);

    /** Where the record is used, so a refused deletion can say where to look. */
    Usage usage(T record);
}
