package org.treatyarchive.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiClient;
import org.treatyarchive.web.ApiIT;
import org.treatyarchive.web.SampleDocuments;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.ApiClient.json;

/**
 * The documents a record holds, over HTTP on the embedded database and on MariaDB: a PDF and a scan
 * added to a published record go through review with their checksums in the comparison, readers then
 * download the PDF byte for byte with its SHA-256 in {@code Repr-Digest}, and search finds a word of
 * its second page ("page 2") and a Russian word of the scan once OCR has read it; a confidential
 * document stays hidden from
 * whoever is not cleared for it; every kind of bad file is refused with nothing stored; a refused save
 * leaves no file behind; a byte changed in the store is found by the fixity audit and logged.
 */
class DocumentsHttpIT extends ApiIT {

    /** The Nakhchivan Agreement of the starter collection, published and public, which no other test changes. */
    private static final String NAKHCHIVAN = "AGR-2009-0001";
    private static final Path STORE = Path.of(System.getProperty("it.data.dir", "target/it-data")).resolve("documents");

    private String archivist;
    private String reviewer;
    private String cleared;

    @BeforeEach
    void createUsers() throws Exception {
        archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        reviewer = api.createUser("reviewer", "CONFIDENTIAL", "REVIEWER");
        cleared = api.createUser("reader", "CONFIDENTIAL", "READER");
    }

    @Test
    void aPdfAddedToAPublishedRecordIsReviewedAndReadersDownloadItIntact() throws Exception {
        String marker = "Nakhchivan " + System.nanoTime();
        String folio = "folio" + System.nanoTime();
        byte[] pdf = pdf(marker, "The Parties shall cooperate in the humanitarian field.", "Done at Nakhchivan in three copies, " + folio + ".");
        HttpResponse<String> added = api.upload(archivist, "api/agreements/" + NAKHCHIVAN + "/documents",
                Map.of("kind", "AUTHENTIC_TEXT", "title", "Authentic text, English", "language", "en", "party", "AZ", "date", "2009-10-03"),
                "nakhchivan-agreement.pdf", pdf);
        assertEquals(201, added.statusCode(), added.body());
        JsonObject document = json(added);
        assertEquals(sha256(pdf), document.getString("sha256"));
        assertEquals("application/pdf", document.getString("mediaType"));
        assertEquals(2, document.getInt("pages"));
        assertEquals(pdf.length, document.getJsonNumber("size").longValue());
        assertEquals("PUBLIC", document.getString("classification"), "a document is classified as its record unless said otherwise");
        byte[] scan = SampleDocuments.scan("Соглашение о гуманитарном сотрудничестве", "Нахчыван, " + System.nanoTime() % 1_000_000);
        HttpResponse<String> scanned = api.upload(archivist, "api/agreements/" + NAKHCHIVAN + "/documents",
                Map.of("kind", "SIGNED_ORIGINAL", "title", "Signed original, Russian (scan)", "language", "ru"), "nakhchivan-ru.pdf", scan);
        assertEquals(201, scanned.statusCode(), scanned.body());
        String sealed = "sealedword" + System.nanoTime();
        byte[] note = ("Confidential covering note " + marker + " " + sealed).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> confidential = api.upload(archivist, "api/agreements/" + NAKHCHIVAN + "/documents",
                Map.of("kind", "OTHER", "title", "Covering note", "classification", "CONFIDENTIAL"), "note.txt", note);
        assertEquals(201, confidential.statusCode(), confidential.body());

        assertEquals(0, documentsSeenBy(null).size(), "readers see the published record until the change is approved");
        assertEquals(3, documentsSeenBy(archivist).size(), "the archivist sees the draft change's documents");

        assertEquals(200, api.as(archivist, "POST", "api/agreements/" + NAKHCHIVAN + "/submission", "{}").statusCode());
        long proposal = json(api.as(archivist, "GET", "api/agreements/" + NAKHCHIVAN + "/review", null)).getJsonNumber("openProposal").longValue();
        String comparison = api.as(reviewer, "GET", "api/reviews/" + proposal, null).body();
        assertTrue(comparison.contains("SHA-256 " + sha256(pdf)), "the reviewer compares the documents by their checksums: " + comparison);
        assertTrue(comparison.contains("nakhchivan-agreement.pdf"), comparison);
        assertTrue(comparison.contains("SHA-256 " + sha256(scan)), "the scan is in the comparison too: " + comparison);
        assertEquals(200, api.as(reviewer, "POST", "api/reviews/" + proposal + "/approval", "{}").statusCode());

        JsonArray published = documentsSeenBy(null);
        assertEquals(2, published.size(), "an anonymous reader sees the public documents only: " + published);
        HttpResponse<byte[]> downloaded = api.download(null, published.getJsonObject(0).getString("href").substring(1));
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(pdf, downloaded.body(), "byte for byte what was uploaded");
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(pdf))) + ":",
                downloaded.headers().firstValue("Repr-Digest").orElse(""));
        assertEquals("application/pdf", downloaded.headers().firstValue("Content-Type").orElse(""));
        assertTrue(downloaded.headers().firstValue("Content-Disposition").orElse("").startsWith("inline; filename=\"nakhchivan-agreement.pdf\""),
                downloaded.headers().toString());
        assertEquals("nosniff", downloaded.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<byte[]> part = api.download(null, published.getJsonObject(0).getString("href").substring(1), "bytes=100-199");
        assertEquals(206, part.statusCode(), "a large file can be read in parts");
        assertArrayEquals(Arrays.copyOfRange(pdf, 100, 200), part.body());
        assertEquals("bytes 100-199/" + pdf.length, part.headers().firstValue("Content-Range").orElse(""));

        JsonObject record = json(api.call("GET", "api/agreements/" + NAKHCHIVAN, null, null, null));
        JsonObject listed = record.getJsonArray("documents").getJsonObject(0);
        assertEquals(sha256(pdf), listed.getString("sha256"));
        HttpResponse<String> byNumber = api.call("GET", "api/documents/" + listed.getJsonNumber("id").longValue(), null, null, null);
        assertEquals(200, byNumber.statusCode(), byNumber.body());
        assertEquals("Authentic text, English", json(byNumber).getString("title"));

        String noteHref = "api/agreements/" + NAKHCHIVAN + "/documents/" + sha256(note) + "/content";
        assertEquals(404, api.download(null, noteHref).statusCode(), "a confidential document is not there for the public");
        HttpResponse<byte[]> clearedRead = api.download(cleared, noteHref);
        assertEquals(200, clearedRead.statusCode());
        assertArrayEquals(note, clearedRead.body());
        assertTrue(clearedRead.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
                "text is downloaded, never shown inline");
        assertEquals(3, documentsSeenBy(cleared).size());

        JsonObject onPage2 = foundInDocument(null, folio, "Authentic text, English");
        assertEquals(2, onPage2.getInt("page"), "the word is on the PDF's second page: " + onPage2);
        assertTrue(onPage2.getString("passage").contains("<em>" + folio + "</em>"), onPage2.toString());
        assertTrue(onPage2.getString("href").endsWith("/content#page=2"), onPage2.toString());
        JsonObject inScan = foundInDocument(null, "гуманитарном", "Signed original, Russian (scan)");
        assertEquals(1, inScan.getInt("page"), "read by OCR from the scan: " + inScan);
        assertEquals(0, json(api.call("GET", "api/agreements?q=" + sealed, null, null, null)).getInt("total"),
                "a document above the reader's clearance does not make its record found");
        foundInDocument(cleared, sealed, "Covering note");

        List<JsonObject> read = settledDocuments();
        JsonObject text = read.stream().filter(held -> held.getString("sha256").equals(sha256(pdf))).findFirst().orElseThrow();
        assertEquals("READ", text.getJsonObject("text").getString("state"), text.toString());
        assertEquals(2, text.getJsonObject("text").getInt("pagesRead"));
        JsonObject ocr = read.stream().filter(held -> held.getString("sha256").equals(sha256(scan))).findFirst().orElseThrow();
        assertEquals("Searchable: 1 page, all read by OCR.", ocr.getJsonObject("text").getString("description"));
        HttpResponse<byte[]> thumbnail = api.download(null, "api/agreements/" + NAKHCHIVAN + "/documents/" + sha256(pdf) + "/thumbnail");
        assertEquals(200, thumbnail.statusCode());
        assertEquals("image/png", thumbnail.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(thumbnail.body(), 4), "a picture of the first page");
        String noteThumbnail = "api/agreements/" + NAKHCHIVAN + "/documents/" + sha256(note) + "/thumbnail";
        assertEquals(404, api.download(null, noteThumbnail).statusCode(), "nothing of a confidential document for the public");
        assertEquals(404, api.download(cleared, noteThumbnail).statusCode(), "a text file has no page to draw");
    }

    @Test
    void theStarterCollectionsRussianScanIsFoundAfterOcr() throws Exception {
        JsonObject match = foundInDocument(null, "рыболовные", "Russian summary, scanned without a text layer (made by the archive)");
        assertEquals(1, match.getInt("page"));
    }

    @Test
    void aConfidentialRecordsDocumentsAnswer404ToThoseNotClearedForIt() throws Exception {
        String reference = newConfidentialDraft("Memorandum on the exchange of hydrographic charts");
        byte[] pdf = pdf("Hydrographic charts " + System.nanoTime(), "Chart exchange.", "Annex.");
        assertEquals(201, api.upload(archivist, "api/agreements/" + reference + "/documents", Map.of(), "charts.pdf", pdf).statusCode());
        String href = "api/agreements/" + reference + "/documents/" + sha256(pdf) + "/content";
        assertEquals(200, api.download(archivist, href).statusCode(), "its archivist reads it in the draft");
        assertEquals(404, api.download(null, href).statusCode());
        String publicReader = api.createUser("reader", "PUBLIC", "READER");
        assertEquals(404, api.download(publicReader, href).statusCode());
        assertEquals(404, api.call("GET", "api/agreements/" + reference + "/documents", null, null, null).statusCode());
    }

    @Test
    void badFilesAreRefusedWithTheReasonAndNothingIsStored() throws Exception {
        String reference = newConfidentialDraft("Protocol on the refused files");
        long filesBefore = storedFiles();
        assertRefused(reference, "empty.pdf", new byte[0], 400, "empty");
        assertRefused(reference, "page.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                415, "PDF, TIFF, JPEG, PNG, DOCX, ODT");
        assertRefused(reference, "drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), 415, "none of these");
        assertRefused(reference, "program.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, 415, "none of these");
        assertRefused(reference, "agreement.docx", pdf("Named as a word file", "a", "b"), 415, "which its name does not say");
        assertRefused(reference, "broken.pdf", "%PDF-1.7\nthis is not a PDF at all".getBytes(StandardCharsets.UTF_8), 400, "not a readable PDF");
        assertRefused(reference, "protected.pdf", encryptedPdf(), 400, "encrypted");
        assertRefused(reference, "bomb.docx", zipBomb(), 400, "decompression bomb");
        // Within what the headers may announce, beyond what the store takes: refused while it streams in, at 20 MB.
        HttpResponse<String> tooLarge = api.upload(archivist, "api/agreements/" + reference + "/documents", Map.of(), "scan.pdf",
                new byte[20 * 1024 * 1024 + 64 * 1024]);
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("20 MB"), tooLarge.body());
        assertEquals("file", json(tooLarge).getString("parameter"));
        assertEquals(0, documentsSeenBy(archivist, reference).size(), "no document was added");
        assertEquals(filesBefore, storedFiles(), "no file was stored");
        assertEquals(0, incomingFiles(), "nothing half-received is left");
        String log = api.call("GET", "api/security-log", "admin", ApiClient.ADMIN_PASSWORD, null).body();
        assertTrue(log.contains("FILE_REFUSED") && log.contains("protected.pdf: ENCRYPTED"), "refusals are logged: " + log);
    }

    @Test
    void aSaveThatIsRefusedLeavesNoFileBehind() throws Exception {
        String reference = newConfidentialDraft("Agreement submitted before its documents");
        assertEquals(200, api.as(archivist, "POST", "api/agreements/" + reference + "/submission", "{}").statusCode());
        byte[] pdf = pdf("Too late " + System.nanoTime(), "The record is in review.", "Nothing may change it.");

        HttpResponse<String> refused = api.upload(archivist, "api/agreements/" + reference + "/documents", Map.of(), "late.pdf", pdf);

        assertEquals(409, refused.statusCode(), refused.body());
        assertFalse(Files.exists(address(sha256(pdf))), "the file stored for the refused save was removed with its transaction");
        assertEquals(0, incomingFiles());
    }

    @Test
    void aByteChangedInTheStoreIsFoundByTheFixityAuditAndLogged() throws Exception {
        String reference = newConfidentialDraft("Agreement whose scan is damaged");
        byte[] pdf = pdf("Damaged " + System.nanoTime(), "First page.", "Second page.");
        assertEquals(201, api.upload(archivist, "api/agreements/" + reference + "/documents", Map.of(), "scan.pdf", pdf).statusCode());
        Path stored = address(sha256(pdf));
        assertArrayEquals(pdf, Files.readAllBytes(stored), "stored at its content address");
        assertEquals(403, api.as(archivist, "POST", "api/fixity", "{}").statusCode(), "administrators only");

        byte[] damaged = pdf.clone();
        damaged[damaged.length / 2] ^= 0x01;
        Files.write(stored, damaged);
        try {
            JsonObject report = json(api.call("POST", "api/fixity", "admin", ApiClient.ADMIN_PASSWORD, "{}"));
            assertTrue(report.getJsonArray("damaged").getValuesAs(JsonString.class).stream()
                    .anyMatch(value -> value.getString().equals(sha256(pdf))), report.toString());
            assertTrue(report.getJsonNumber("checked").longValue() >= 1);
            String log = api.call("GET", "api/security-log", "admin", ApiClient.ADMIN_PASSWORD, null).body();
            assertTrue(log.contains("FILE_DAMAGED") && log.contains(sha256(pdf)), "the damage is in the security log: " + log);
        } finally {
            Files.write(stored, pdf);
        }
        JsonObject again = json(api.call("POST", "api/fixity", "admin", ApiClient.ADMIN_PASSWORD, "{}"));
        assertFalse(again.getJsonArray("damaged").toString().contains(sha256(pdf)), "whole again: " + again);
    }

    /**
     * Searches as the user until a hit holds a match in the titled document: reading (and OCR) runs in
     * the background after the save, within seconds.
     */
    private JsonObject foundInDocument(String user, String words, String title) throws Exception {
        String query = "api/agreements?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        JsonObject answer;
        do {
            answer = json(user == null ? api.call("GET", query, null, null, null) : api.as(user, "GET", query, null));
            for (JsonObject item : answer.getJsonArray("items").getValuesAs(JsonObject.class)) {
                for (JsonObject match : item.getJsonArray("inDocuments").getValuesAs(JsonObject.class)) {
                    if (match.getString("title").equals(title)) {
                        return match;
                    }
                }
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No match in \u201c" + title + "\u201d for " + words + " within 90 s: " + answer);
    }

    /** The public documents of the record once reading their text is over (the page count is in the index before the state says so). */
    private List<JsonObject> settledDocuments() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        List<JsonObject> documents;
        do {
            documents = documentsSeenBy(null).getValuesAs(JsonObject.class);
            if (documents.stream().map(document -> document.getJsonObject("text").getString("state")).allMatch(state -> state.equals("READ"))) {
                return documents;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("The documents were not read within 90 s: " + documents);
    }

    private void assertRefused(String reference, String fileName, byte[] content, int status, String reason) throws Exception {
        HttpResponse<String> refused = api.upload(archivist, "api/agreements/" + reference + "/documents", Map.of(), fileName, content);
        assertEquals(status, refused.statusCode(), fileName + ": " + refused.body());
        assertTrue(refused.body().contains(reason), fileName + ": " + refused.body());
        assertEquals("file", json(refused).getString("parameter"), fileName + ": " + refused.body());
    }

    private String newConfidentialDraft(String title) throws Exception {
        HttpResponse<String> created = api.as(archivist, "POST", "api/agreements", Json.createObjectBuilder()
                .add("officialTitle", title + " " + System.nanoTime() % 100_000).add("kind", "MEMORANDUM_OF_UNDERSTANDING")
                .add("format", "BILATERAL").add("signed", "2016-04").add("classification", "CONFIDENTIAL")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "AZ"))
                        .add(Json.createObjectBuilder().add("code", "TM"))).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getString("reference");
    }

    private JsonArray documentsSeenBy(String user) throws Exception {
        return documentsSeenBy(user, NAKHCHIVAN);
    }

    private JsonArray documentsSeenBy(String user, String reference) throws Exception {
        HttpResponse<String> answer = user == null ? api.call("GET", "api/agreements/" + reference + "/documents", null, null, null)
                : api.as(user, "GET", "api/agreements/" + reference + "/documents", null);
        assertEquals(200, answer.statusCode(), answer.body());
        return ApiClient.array(answer);
    }

    private static Path address(String sha256) {
        return STORE.resolve(SampleDocuments.address(sha256));
    }

    private static long storedFiles() throws Exception {
        if (!Files.isDirectory(STORE)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(STORE)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getParent().getFileName().toString().equals(".incoming")).count();
        }
    }

    private static long incomingFiles() throws Exception {
        try (Stream<Path> files = Files.list(STORE.resolve(".incoming"))) {
            return files.count();
        }
    }

    /** A two-page PDF; the marker makes its checksum new on every run. */
    private static byte[] pdf(String marker, String firstPage, String secondPage) throws Exception {
        return SampleDocuments.pdf(marker + ". " + firstPage, secondPage);
    }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner secret", "user secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A "word file" of 50 MB of zeros, compressed to some 50 KB. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] content) {
        return SampleDocuments.sha256(content);
    }
}
