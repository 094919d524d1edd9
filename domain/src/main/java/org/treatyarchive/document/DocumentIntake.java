package org.treatyarchive.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.time.Clock;

/**
 * How a file comes into the archive, whoever brings it: received into the store, inspected, kept at
 * its content address and registered with its checksum, in the caller's transaction (whose rollback
 * removes a file it stored). Refused with nothing kept when it is not a file the archive keeps. The
 * callers carry the role checks.
 */
@ApplicationScoped
public class DocumentIntake {

    @Inject
    DocumentStore store;

    @Inject
    DocumentInspector inspector;

    @Inject
    DocumentFileRepository files;

    private final Clock clock = Clock.systemUTC();

    /** A kept file as it was received. */
    public record Kept(String sha256, long size, DocumentType type, Integer pages) {
    }

    /** @throws DocumentRefusedException naming why the file is not kept */
    public Kept take(String fileName, InputStream content) {
        try (DocumentStore.Upload upload = store.receive(content)) {
            DocumentInspector.Inspection inspection = inspector.inspect(upload.file(), fileName);
            upload.keep();
            if (files.find(upload.sha256()).isEmpty()) {
                files.add(new DocumentFile(upload.sha256(), upload.size(), inspection.type(), inspection.pages(), clock.instant()));
            }
            return new Kept(upload.sha256(), upload.size(), inspection.type(), inspection.pages());
        }
    }
}
