package org.treatyarchive.web.export;

import java.io.IOException;
import java.io.OutputStream;

/** The formats an export is written in, with what a browser needs to save it. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    ExportWriter open(OutputStream out) throws IOException {
        return switch (this) {
            case CSV -> new CsvExport(out);
            case XLSX -> new XlsxExport(out);
            case JSON -> new JsonExport(out);
        };
    }
}
