package org.treatyarchive.document;

import java.nio.file.Path;

/**
 * Looks inside a received file before the archive keeps it: what type its content is, whether it
 * can be read (not encrypted, not corrupt, not a decompression bomb), and how many pages it has.
 */
public interface DocumentInspector {

    /**
     * @param fileName the client's name for it, which must suit the type the content shows
     * @throws DocumentRefusedException naming why the file is not kept
     */
    Inspection inspect(Path file, String fileName);

    /** @param pages {@code null} where a type has no pages the archive can count (a text file) */
    record Inspection(DocumentType type, Integer pages) {
    }
}
