package org.treatyarchive.persistence.document;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.treatyarchive.document.DocumentInspector;
import org.treatyarchive.document.DocumentRefusedException;
import org.treatyarchive.document.DocumentRefusedException.Reason;
import org.treatyarchive.document.DocumentType;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks inside a received file: its type from its first bytes (and, for a ZIP container, its
 * entries), then whether it can be used: a PDF that opens, unencrypted, with its pages counted; a
 * word-processing file whose content does not unpack to a thousand times its size; a PNG whose
 * pixels fit in memory. Anything else is refused with the reason.
 */
@ApplicationScoped
public class ArchiveDocumentInspector implements DocumentInspector {

    /** More pixels than any scan of a treaty page needs (a 600 dpi A0 sheet is about 0.6 billion). */
    static final long MAX_PIXELS = 1_000_000_000L;
    /** Beyond this, a ZIP container is a decompression bomb, not a document. */
    static final long MAX_UNPACKED = 2L * 1024 * 1024 * 1024;
    static final int MAX_RATIO = 1000;

    @Override
    public Inspection inspect(Path file, String fileName) {
        byte[] head = head(file);
        Set<String> entries = zipEntries(file, head);
        DocumentType type = DocumentType.recognise(head, entries).orElseThrow(() -> new DocumentRefusedException(Reason.UNSUPPORTED_TYPE,
                "The archive keeps PDF, TIFF, JPEG, PNG, DOCX, ODT and plain-text (UTF-8) files; " + fileName + " is none of these."));
        if (!type.suitsName(fileName)) {
            throw new DocumentRefusedException(Reason.NAME_DOES_NOT_MATCH, "The content of " + fileName + " is " + type.name()
                    + ", which its name does not say; rename the file or send the right one.");
        }
        return switch (type) {
            case PDF -> new Inspection(type, pdfPages(file, fileName));
            case PNG -> {
                refuseHugeImage(head, fileName);
                yield new Inspection(type, 1);
            }
            case JPEG, TIFF -> new Inspection(type, 1);
            case DOCX, ODT -> {
                refuseBomb(file, fileName);
                yield new Inspection(type, null);
            }
            case TXT -> new Inspection(type, null);
        };
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DocumentType.HEAD);
        } catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read the received file " + file, unreadable);
        }
    }

    private static Set<String> zipEntries(Path file, byte[] head) {
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                names.add(all.nextElement().getName());
            }
        } catch (IOException broken) {
            throw new DocumentRefusedException(Reason.CORRUPT, "The file is a damaged ZIP container (DOCX or ODT): " + broken.getMessage());
        }
        return names;
    }

    private static int pdfPages(Path file, String fileName) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted()) {
                throw new DocumentRefusedException(Reason.ENCRYPTED, fileName + " is encrypted; the archive keeps documents anyone "
                        + "cleared for them can open. Remove the protection and send it again.");
            }
            return pdf.getNumberOfPages();
        } catch (InvalidPasswordException locked) {
            throw new DocumentRefusedException(Reason.ENCRYPTED, fileName + " is encrypted with a password; remove the protection and send it again.");
        } catch (IOException broken) {
            throw new DocumentRefusedException(Reason.CORRUPT, fileName + " is not a readable PDF: " + broken.getMessage());
        }
    }

    /** A PNG's size is in its header: width and height, big-endian, after the signature and the IHDR chunk's length and name. */
    private static void refuseHugeImage(byte[] head, String fileName) {
        if (head.length < 24) {
            throw new DocumentRefusedException(Reason.CORRUPT, fileName + " is not a whole PNG image.");
        }
        try {
            DataInputStream header = new DataInputStream(new ByteArrayInputStream(head, 16, 8));
            long pixels = Integer.toUnsignedLong(header.readInt()) * Integer.toUnsignedLong(header.readInt());
            if (pixels > MAX_PIXELS) {
                throw new DocumentRefusedException(Reason.TOO_LARGE_WHEN_UNPACKED, fileName + " would unpack to " + pixels
                        + " pixels, more than any page scan; it is refused as a decompression bomb.");
            }
        } catch (IOException impossible) {
            throw new DocumentRefusedException(Reason.CORRUPT, fileName + " is not a whole PNG image.");
        }
    }

    private static void refuseBomb(Path file, String fileName) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long unpacked = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                // A size the entry does not state is counted as it is read.
                long size = entry.getSize() >= 0 ? entry.getSize() : countBytes(zip, entry);
                unpacked += size;
                if (unpacked > MAX_UNPACKED || unpacked > Files.size(file) * MAX_RATIO) {
                    throw new DocumentRefusedException(Reason.TOO_LARGE_WHEN_UNPACKED, fileName + " unpacks to far more than its size; "
                            + "it is refused as a decompression bomb.");
                }
            }
        } catch (ZipException broken) {
            throw new DocumentRefusedException(Reason.CORRUPT, fileName + " is a damaged ZIP container: " + broken.getMessage());
        } catch (IOException unreadable) {
            throw new DocumentRefusedException(Reason.CORRUPT, fileName + " cannot be read: " + unreadable.getMessage());
        }
    }

    private static long countBytes(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            long count = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0 && count <= MAX_UNPACKED; read = in.read(buffer)) {
                count += read;
            }
            return count;
        }
    }
}
