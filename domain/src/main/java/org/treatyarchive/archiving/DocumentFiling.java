package org.treatyarchive.archiving;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementDraft;
import org.treatyarchive.agreement.AgreementEdit;
import org.treatyarchive.agreement.AgreementNotFoundException;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.DocumentEntry;
import org.treatyarchive.document.DocumentIntake;
import org.treatyarchive.document.DocumentKind;
import org.treatyarchive.document.DocumentReading;
import org.treatyarchive.document.DocumentRefusedException;
import org.treatyarchive.document.DocumentStore;
import org.treatyarchive.document.TextStatus;
import org.treatyarchive.review.ProposalKind;
import org.treatyarchive.review.ProposalRepository;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.SecurityEventType;
import org.treatyarchive.user.SecurityLog;
import org.treatyarchive.user.Viewer;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What archivists do with a record's documents, and how anyone reads them. A received file is
 * inspected (its type from its content, whole, unencrypted), kept in the store once per content and
 * registered with its checksum; adding it to a record is a save of the record like any other, so on a
 * published record it goes into the draft change and reaches readers only after review. Readers get
 * a document only of a published record they may see, and only when its own classification is
 * within their clearance; staff also get those of drafts.
 */
@ApplicationScoped
@Secured
@Transactional
@RolesAllowed(Role.ARCHIVIST_NAME)
public class DocumentFiling {

    @Inject
    AgreementEditing editing;

    @Inject
    AgreementCatalog catalog;

    @Inject
    ProposalRepository proposals;

    @Inject
    AgreementRepository agreements;

    @Inject
    DocumentStore store;

    @Inject
    DocumentIntake intake;

    @Inject
    SecurityLog log;

    @Inject
    DocumentReading reading;

    @Inject
    Viewer viewer;

    private final Clock clock = Clock.systemUTC();

    /** How an archivist describes a document when adding it; {@code null}s take the defaults. */
    public record Description(DocumentKind kind, String title, String language, String partyCode, LocalDate dated,
                              Classification classification) {
    }

    /** The largest file the archive takes, for the form to say so before anyone waits for an upload. */
    @PermitAll
    public long maxUploadBytes() {
        return store.maxBytes();
    }

    /**
     * How far the text of these files has been read into the search index. Tells nothing but that:
     * the caller already has the checksums from a list they may see.
     */
    @PermitAll
    public Map<String, TextStatus> textStatus(Collection<String> sha256s) {
        return reading.status(sha256s);
    }

    /** A document with its content, for reading. */
    public record Holding(DocumentEntry document, InputStream content) {
    }

    /**
     * Receives a file into the store and the register, without adding it to any record yet (the
     * form adds it when it is saved). Refused with nothing stored when it is not a file the archive
     * keeps; the refusal is written to the security log.
     *
     * @throws DocumentRefusedException naming why
     */
    public DocumentEntry receive(String fileName, InputStream content) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        try {
            DocumentIntake.Kept kept = intake.take(name, content);
            return new DocumentEntry(kept.sha256(), name, kept.type().mediaType(), kept.size(), kept.pages());
        } catch (DocumentRefusedException refused) {
            log.record(new SecurityEvent(clock.instant(), SecurityEventType.FILE_REFUSED, viewer.username(), null,
                    name + ": " + refused.getReason()));
            throw refused;
        }
    }

    /**
     * Receives a file and adds it to the record in one transaction: a refused save (the record in
     * review, a stale version) stores nothing, and the file is removed again.
     */
    public DocumentEntry attach(String reference, Description description, String fileName, InputStream content) {
        AgreementEdit form = editing.open(reference);
        DocumentEntry entry = receive(fileName, content);
        describe(entry, description, form.getClassification());
        if (!form.addDocument(entry)) {
            DocumentEntry held = form.findDocument(entry.getSha256()).orElseThrow();
            throw new InvalidRecordException("file", Phrase.of("documents.held", reference, held.getTitle()));
        }
        editing.update(form);
        return entry;
    }

    /** Takes the document off the record (into the draft change when the record is published); the stored file stays. */
    public void detach(String reference, String sha256) {
        AgreementEdit form = editing.open(reference);
        DocumentEntry entry = form.findDocument(sha256).orElseThrow(() -> new NotFoundException(Phrase.of("documents.notHeld", reference, sha256)));
        form.removeDocument(entry);
        editing.update(form);
    }

    /**
     * The documents as the caller sees the record: readers its published ones within their
     * clearance; staff those of its draft change, when it has one, else the record's.
     *
     * @throws AgreementNotFoundException when the caller may not see the record
     */
    @PermitAll
    public List<DocumentEntry> list(String reference) {
        Agreement agreement = visible(reference);
        List<DocumentEntry> held = viewer.isStaff() ? draftDocuments(agreement).orElseGet(() -> published(agreement))
                : published(agreement);
        return held.stream().filter(document -> viewer.canSee(document.getClassification())).toList();
    }

    /**
     * A document with its content, for reading; a document the caller may not see answers as if
     * there were none.
     *
     * @throws NotFoundException when there is no such document for the caller
     */
    @PermitAll
    public Holding open(String reference, String sha256) {
        DocumentEntry document = readable(reference, sha256);
        InputStream content = store.open(document.getSha256()).orElseThrow(() -> new NotFoundException(Phrase.of("documents.missingFile", document.getTitle())));
        return new Holding(document, content);
    }

    /**
     * The picture of a document's first page, under the same rule as its content.
     *
     * @throws NotFoundException when there is no such document for the caller, or no picture of it
     */
    @PermitAll
    public InputStream openThumbnail(String reference, String sha256) {
        DocumentEntry document = readable(reference, sha256);
        return store.openThumbnail(document.getSha256())
                .orElseThrow(() -> new NotFoundException(Phrase.of("documents.noPicture", document.getTitle())));
    }

    private DocumentEntry readable(String reference, String sha256) {
        Agreement agreement = visible(reference);
        Optional<DocumentEntry> found = published(agreement).stream().filter(document -> document.getSha256().equalsIgnoreCase(sha256)).findFirst();
        if (found.isEmpty() && viewer.isStaff()) {
            found = draftDocuments(agreement).flatMap(documents -> documents.stream()
                    .filter(document -> document.getSha256().equalsIgnoreCase(sha256)).findFirst());
        }
        return found.filter(entry -> viewer.canSee(entry.getClassification()))
                .orElseThrow(() -> new NotFoundException(Phrase.of("documents.notHeld", reference, sha256)));
    }

    /**
     * A document by its number in the record as stored, with the reference of its record: only what
     * {@link #list} would show the caller.
     *
     * @throws NotFoundException when there is no such document for the caller
     */
    @PermitAll
    public Stored findStored(long id) {
        return agreements.findDocument(id).filter(document -> catalog.isVisible(document.getAgreement()) && catalog.mayRead(document))
                .map(document -> new Stored(document.getAgreement().getReference(), DocumentEntry.of(document)))
                .orElseThrow(() -> new NotFoundException(Phrase.of("documents.none", id)));
    }

    /** A stored document and the record that holds it. */
    public record Stored(String reference, DocumentEntry document) {
    }

    /**
     * The record as far as its documents need it: a download must not load the complete record
     * (parties, articles, relations), only the row and, lazily, its documents.
     */
    private Agreement visible(String reference) {
        return agreements.findByReference(reference == null ? "" : reference.strip()).filter(catalog::isVisible)
                .orElseThrow(() -> new AgreementNotFoundException(String.valueOf(reference)));
    }

    private static List<DocumentEntry> published(Agreement agreement) {
        return agreement.getDocuments().stream().map(DocumentEntry::of).toList();
    }

    private Optional<List<DocumentEntry>> draftDocuments(Agreement agreement) {
        return proposals.findOpen(agreement).filter(proposal -> proposal.getKind() == ProposalKind.CHANGE)
                .map(proposal -> AgreementDraft.read(proposal.getContent()).getDocuments());
    }

    private static void describe(DocumentEntry entry, Description description, Classification recordClassification) {
        if (description == null) {
            entry.setClassification(recordClassification);
            return;
        }
        if (description.kind() != null) {
            entry.setKind(description.kind());
        }
        if (description.title() != null && !description.title().isBlank()) {
            entry.setTitle(description.title());
        }
        entry.setLanguage(description.language());
        entry.setPartyCode(description.partyCode());
        entry.setDated(description.dated());
        entry.setClassification(description.classification() != null ? description.classification() : recordClassification);
    }
}
