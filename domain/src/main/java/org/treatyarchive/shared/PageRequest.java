package org.treatyarchive.shared;

import java.io.Serializable;

/**
 * One page of a list: which rows, in which order. Sizes are capped so that no request can load a
 * whole table.
 *
 * @param <S> the sortable fields of the list
 */
public record PageRequest<S extends Enum<S>>(int page, int size, S sort, boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidRecordException("page", Phrase.of("page.number", page));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRecordException("size", Phrase.of("page.size", MAX_SIZE, size));
        }
    }

    public int firstRow() {
        return page * size;
    }
}
