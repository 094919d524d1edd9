package org.treatyarchive.shared;

import java.io.Serializable;

import java.util.List;

/** One page of results and the number of rows across all pages. */
public record Page<T>(List<T> items, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }
}
