package org.treatyarchive.web.shared;

import org.treatyarchive.agreement.DocumentEntry;
import org.treatyarchive.document.DocumentType;

import java.util.Locale;

/** How pages describe a stored file: "PDF, 12 pages, 2.4 MB". */
public final class FileDescriptions {

    private FileDescriptions() {
    }

    public static String describe(DocumentEntry document) {
        String type = DocumentType.ofMediaType(document.getMediaType()).map(Enum::name).orElse(document.getMediaType());
        String pages = document.getPages() == null ? "" : ", " + document.getPages() + (document.getPages() == 1 ? " page" : " pages");
        return type + pages + ", " + size(document.getSize());
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
