package org.treatyarchive.importing;

/** The kinds of file an import reads; which one a file is, its content says, not its name. */
public enum ImportFormat {
    CSV("CSV"), XLSX("Excel workbook (XLSX)"), JSON("JSON");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
