package org.treatyarchive.transfer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the whole archive to a stream, section by section, each read in batches of its own
 * transaction: what is held at any moment is one batch, whatever the size of the archive.
 */
public final class ArchiveWriter {

    private static final int BATCH = 100;

    private final ArchiveSnapshot snapshot;

    public ArchiveWriter(ArchiveSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public void writeTo(OutputStream stream) {
        JsonGenerator json = Json.createGenerator(stream);
        json.writeStartObject().write("format", ArchiveSnapshot.FORMAT).write("exportedAt", Instant.now().toString());
        section(json, "parties", snapshot.parties());
        section(json, "subjects", snapshot.subjects());
        section(json, "events", snapshot.events());
        batches(json, "documents", after -> snapshot.documentsAfter(after, BATCH), "sha256");
        batches(json, "agreements", after -> snapshot.agreementsAfter(after, BATCH), "reference");
        json.writeEnd().flush();
    }

    private static void section(JsonGenerator json, String name, List<JsonObject> items) {
        json.writeStartArray(name);
        items.forEach(json::write);
        json.writeEnd();
    }

    /** Pages by a unique key of the items, so that a change made meanwhile neither repeats nor skips what is already written. */
    private static void batches(JsonGenerator json, String name, Function<String, List<JsonObject>> after, String key) {
        json.writeStartArray(name);
        String last = "";
        List<JsonObject> batch;
        do {
            batch = after.apply(last);
            batch.forEach(json::write);
            if (!batch.isEmpty()) {
                JsonObject lastItem = batch.get(batch.size() - 1);
                last = lastItem.containsKey(key) ? lastItem.getString(key)
                        : lastItem.getJsonObject(ArchiveSnapshot.RECORD).getString(key);
            }
        } while (batch.size() == BATCH);
        json.writeEnd();
    }
}
