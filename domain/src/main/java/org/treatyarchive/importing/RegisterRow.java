package org.treatyarchive.importing;

import java.util.Map;

/**
 * One row of an imported file: its number as the person who made the file sees it (a spreadsheet's
 * own row number, the header being row 1; the position in a JSON array, from 1), and its cells by
 * the archive's column names.
 */
public record RegisterRow(int number, Map<String, String> cells) {

    /** Set, to the number of cells, on a row with more cells than the header has columns. */
    public static final String EXTRA_CELLS = ":extra";

    public RegisterRow {
        cells = Map.copyOf(cells);
    }

    /** The cell, stripped; {@code null} when the column is absent, empty when it is present and blank. */
    public String cell(String column) {
        String value = cells.get(column);
        return value == null ? null : value.strip();
    }
}
