package org.treatyarchive.agreement;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of an agreement record by the names its rules refuse them under
 * ({@link org.treatyarchive.shared.InvalidRecordException#getField()}), each with the part of the
 * record that holds it. The one list both sides read: the aggregate names a field when it refuses
 * it, and the form finds from the same entry where to put the message and which part to open.
 */
public enum AgreementField {

    REFERENCE("reference", null),
    EXTERNAL_ID("externalId", Part.GENERAL),
    OFFICIAL_TITLE("officialTitle", Part.GENERAL),
    SHORT_TITLE("shortTitle", Part.GENERAL),
    KIND("kind", Part.GENERAL),
    FORMAT("format", Part.GENERAL),
    SIGNED("signed", Part.GENERAL),
    PLACE_OF_SIGNATURE("placeOfSignature", Part.GENERAL),
    ENTRY_INTO_FORCE("entryIntoForce", Part.GENERAL),
    TERMINATION("termination", Part.GENERAL),
    STATED_STATUS("statedStatus", Part.GENERAL),
    CLASSIFICATION("classification", Part.GENERAL),
    DEPOSITARY("depositary", Part.GENERAL),
    AUTHENTIC_LANGUAGES("authenticLanguages", Part.GENERAL),
    SUMMARY("summary", Part.GENERAL),
    EVENT("event", Part.GENERAL),
    SUBJECTS("subjects", Part.GENERAL),
    TITLES("titles", Part.GENERAL),
    PARTICIPATIONS("participations", Part.PARTIES),
    ARTICLES("articles", Part.ARTICLES),
    RELATIONS("relations", Part.RELATIONS),
    SOURCES("sources", Part.SOURCES_AND_NOTES),
    NOTES("notes", Part.SOURCES_AND_NOTES),
    DOCUMENTS("documents", Part.DOCUMENTS),
    PUBLICATION("publication", null);

    /** The parts of a record in the order one works from a signed original; the form's tabs follow it. */
    public enum Part { GENERAL, PARTIES, ARTICLES, RELATIONS, SOURCES_AND_NOTES, DOCUMENTS }

    private final String key;
    private final Part part;

    AgreementField(String key, Part part) {
        this.key = key;
        this.part = part;
    }

    /** The name a refusal carries, and the property of the form and the API body. */
    public String key() {
        return key;
    }

    /** The part that holds the field; empty for what no form edits (the reference, the publication). */
    public Optional<Part> part() {
        return Optional.ofNullable(part);
    }

    /** Whether the field is a list of rows (parties, articles...) rather than a single value. */
    public boolean isList() {
        return this == SUBJECTS || this == TITLES || this == PARTICIPATIONS || this == ARTICLES || this == RELATIONS
                || this == SOURCES || this == NOTES || this == DOCUMENTS;
    }

    public static Optional<AgreementField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
