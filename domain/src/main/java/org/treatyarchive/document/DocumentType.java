package org.treatyarchive.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the archive accepts, recognised from their first bytes and never from what the
 * client says: a name ending in .pdf whose content is HTML is refused, not stored as a PDF. Only
 * PDFs and the image formats browsers show are served inline; everything else is downloaded.
 */
public enum DocumentType {
    PDF("application/pdf", true, "pdf"),
    PNG("image/png", true, "png"),
    JPEG("image/jpeg", true, "jpg", "jpeg"),
    TIFF("image/tiff", false, "tif", "tiff"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
    ODT("application/vnd.oasis.opendocument.text", false, "odt"),
    TXT("text/plain; charset=UTF-8", false, "txt");

    /** How many leading bytes {@link #recognise} needs to see. */
    public static final int HEAD = 4096;

    private static final byte[] ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);

    private final String mediaType;
    private final boolean inline;
    private final String[] extensions;

    DocumentType(String mediaType, boolean inline, String... extensions) {
        this.mediaType = mediaType;
        this.inline = inline;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type a media type names, as the archive recorded it when the file was received. */
    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    /** Whether a browser may show it in the page rather than download it. */
    public boolean inline() {
        return inline;
    }

    /** Whether a file name's ending suits this type (a file may come without one). */
    public boolean suitsName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return true;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.asList(extensions).contains(extension);
    }

    /**
     * The type the content shows, from its first bytes.
     *
     * @param head at least the first {@link #HEAD} bytes, or the whole file when shorter
     * @param zipEntries the names of the entries, when the content is a ZIP container (DOCX, ODT); may be empty
     */
    public static Optional<DocumentType> recognise(byte[] head, Set<String> zipEntries) {
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, new byte[] {'I', 'I', 42, 0}) || startsWith(head, new byte[] {'M', 'M', 0, 42})) {
            return Optional.of(TIFF);
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            if (indexOf(head, ODT_MIMETYPE) >= 0) {
                return Optional.of(ODT);
            }
            if (zipEntries.contains("[Content_Types].xml") && zipEntries.contains("word/document.xml")) {
                return Optional.of(DOCX);
            }
            return Optional.empty();
        }
        return isPlainText(head) ? Optional.of(TXT) : Optional.empty();
    }

    /** UTF-8 without NUL or other control characters but tab and line breaks; HTML and SVG are not plain text here. */
    private static boolean isPlainText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        String text;
        try {
            // The head may end inside a character; decoding all but its last three bytes strictly is enough.
            int checked = head.length < HEAD ? head.length : head.length - 3;
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, checked)).toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            return false;
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return !(start.startsWith("<") || start.startsWith("\ufeff<"));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
