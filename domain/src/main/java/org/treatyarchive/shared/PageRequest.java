package org.treatyarchive.shared;

/**
 * One page of a list: which rows, in which order. Sizes are capped so that no request can load a
 * whole table.
 *
 * @param <S> the sortable fields of the list
 */
public record PageRequest<S extends Enum<S>>(int page, int size, S sort, boolean ascending) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidRecordException("page", "The page number must be 0 or more, not " + page + ".");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRecordException("size", "The page size must be between 1 and " + MAX_SIZE + ", not " + size + ".");
        }
    }

    public int firstRow() {
        return page * size;
    }
}
