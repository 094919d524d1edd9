package org.treatyarchive.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two versions of a record side by side, line by line: what a reviewer compares before approving,
 * and what the history shows for each revision.
 */
public final class Comparison {

    /** One labelled line; {@code null} on a side where the line is absent. */
    public record Line(String label, String before, String after) implements Serializable {
        public boolean changed() {
            return !Objects.equals(before, after);
        }

        public boolean added() {
            return before == null && after != null;
        }

        public boolean removed() {
            return before != null && after == null;
        }
    }

    private Comparison() {
    }

    /**
     * Every line of either version, in the order the versions list them: a line only the new version
     * has appears after the line that precedes it there.
     */
    public static List<Line> of(Map<String, String> before, Map<String, String> after) {
        List<String> labels = new ArrayList<>(before.keySet());
        String previous = null;
        for (String label : after.keySet()) {
            if (!labels.contains(label)) {
                labels.add(previous == null ? 0 : labels.indexOf(previous) + 1, label);
            }
            previous = label;
        }
        return labels.stream().map(label -> new Line(label, before.get(label), after.get(label))).toList();
    }

    /** Only the lines that differ. */
    public static List<Line> changes(Map<String, String> before, Map<String, String> after) {
        return of(before, after).stream().filter(Line::changed).toList();
    }
}
