package org.treatyarchive.web.export;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.PartyRef;

import java.io.OutputStream;

/**
 * A JSON array of the agreements as the search API lists them (without highlights), written with a
 * streaming generator: nothing but the current row is held.
 */
final class JsonExport implements ExportWriter {

    private final JsonGenerator json;

    JsonExport(OutputStream stream) {
        json = Json.createGenerator(stream);
        json.writeStartArray();
    }

    @Override
    public void write(AgreementSummary agreement) {
        json.writeStartObject()
                .write("reference", agreement.reference())
                .write("title", agreement.officialTitle());
        if (agreement.shortTitle() != null) {
            json.write("shortTitle", agreement.shortTitle());
        }
        json.write("kind", agreement.kind().name()).write("format", agreement.format().name());
        if (agreement.signed() != null) {
            json.write("signed", agreement.signed().toIsoString());
        }
        if (agreement.placeOfSignature() != null) {
            json.write("placeOfSignature", agreement.placeOfSignature());
        }
        json.write("status", agreement.status().name()).writeStartArray("parties");
        for (PartyRef party : agreement.parties()) {
            json.writeStartObject().write("code", party.code()).write("name", party.name()).writeEnd();
        }
        json.writeEnd()
                .write("publication", agreement.publication().name())
                .write("href", "/api/agreements/" + agreement.reference())
                .writeEnd();
    }

    @Override
    public void finish() {
        json.writeEnd();
        json.flush();
    }
}
