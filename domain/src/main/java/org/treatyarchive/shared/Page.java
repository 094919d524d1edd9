package org.treatyarchive.shared;

import java.util.List;

/** One page of results and the number of rows across all pages. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
