package org.treatyarchive.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.Transactional;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementAssembly;
import org.treatyarchive.agreement.AgreementEdit;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.agreement.RelationEntry;
import org.treatyarchive.agreement.RelationTerms;
import org.treatyarchive.document.DocumentFile;
import org.treatyarchive.document.DocumentFileRepository;
import org.treatyarchive.document.DocumentStore;
import org.treatyarchive.document.DocumentType;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventEdit;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.importing.ImportRefusedException;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyEdit;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.ArchiveException;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.EditableRecord;
import org.treatyarchive.shared.FormJson;
import org.treatyarchive.shared.FormValidation;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NoteKind;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.SourceCitation;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectEdit;
import org.treatyarchive.subject.SubjectRepository;

import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The archive as the transfer format holds it, both ways: each kind of record as the JSON of its
 * edit form (the shape the API and the history already use, so a record reads back through the same
 * rules as a save) plus what a form does not carry (publication, who created and last edited it,
 * a party's names by language, an event's sources and notes). No role is checked here:
 * {@link ArchiveTransfer} is the door, this is the work behind it.
 */
@ApplicationScoped
public class ArchiveSnapshot {

    /** Names the format and its version in every file, so that a later archive can tell what it reads. */
    public static final String FORMAT = "treaty-archive/1";

    /** The member of an agreement's entry that holds its form. */
    static final String RECORD = "record";

    @Inject
    PartyRepository parties;

    @Inject
    SubjectRepository subjects;

    @Inject
    EventRepository events;

    @Inject
    DocumentFileRepository files;

    @Inject
    DocumentStore store;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementAssembly assembly;

    @Inject
    FormValidation forms;

    // --- out ----------------------------------------------------------------------------------

    @Transactional
    public List<JsonObject> parties() {
        return parties.findAllOrderedByName().stream().map(party -> {
            JsonObjectBuilder names = Json.createObjectBuilder();
            party.getNames().forEach(name -> names.add(name.getLanguage(), name.getText()));
            return stamped(form(PartyEdit.of(party)), party).add("names", names).build();
        }).toList();
    }

    @Transactional
    public List<JsonObject> subjects() {
        return subjects.findAllOrderedByName().stream().map(subject -> stamped(form(SubjectEdit.of(subject)).remove("id"), subject).build()).toList();
    }

    @Transactional
    public List<JsonObject> events() {
        return events.findAllByDateDescending().stream().map(event -> {
            var sources = Json.createArrayBuilder();
            event.getSources().forEach(source -> sources.add(optional(Json.createObjectBuilder().add("citation", source.getCitation()), "url", source.getUrl())));
            var notes = Json.createArrayBuilder();
            event.getNotes().forEach(note -> notes.add(Json.createObjectBuilder().add("kind", note.getKind().name()).add("text", note.getText())));
            // The id stays: it is how the agreements' forms name their event, and what a restore maps to the new one.
            return stamped(form(EventEdit.of(event)), event).add("sources", sources).add("notes", notes).build();
        }).toList();
    }

    @Transactional
    public List<JsonObject> documentsAfter(String sha256, int max) {
        return files.after(sha256, max).stream().map(file -> {
            JsonObjectBuilder json = Json.createObjectBuilder().add("sha256", file.getSha256()).add("size", file.getSize())
                    .add("mediaType", file.getMediaType()).add("storedAt", file.getStoredAt().toString());
            if (file.getPages() != null) {
                json.add("pages", file.getPages());
            }
            return json.build();
        }).toList();
    }

    /** Every publication state and classification: the transfer is the whole archive, and only administrators may take it. */
    @Transactional
    public List<JsonObject> agreementsAfter(String reference, int max) {
        List<JsonObject> batch = new ArrayList<>();
        for (String next : agreements.referencesAfter(reference, max)) {
            agreements.findCompleteByReference(next).ifPresent(agreement -> {
                JsonObjectBuilder json = stamped(Json.createObjectBuilder(), agreement).add("publication", agreement.getPublication().name());
                optional(json, "firstPublishedAt", agreement.getFirstPublishedAt() == null ? null : agreement.getFirstPublishedAt().toString());
                AgreementEdit edit = AgreementEdit.of(agreement);
                JsonObjectBuilder form = form(edit);
                // An article's id is its row in this database; the restore gives it a new one.
                var articles = Json.createArrayBuilder();
                edit.getArticles().forEach(article -> articles.add(Json.createObjectBuilder(
                        Json.createReader(new StringReader(FormJson.write(article))).readObject()).remove("id")));
                batch.add(json.add(RECORD, form.add("articles", articles)).build());
            });
        }
        return batch;
    }

    /** The form as the archive stores forms, without its version: that belongs to this database, not to the record. */
    private static JsonObjectBuilder form(Object edit) {
        JsonObject form = Json.createReader(new StringReader(FormJson.write(edit))).readObject();
        return Json.createObjectBuilder(form).remove("version").remove("draftId");
    }

    private static JsonObjectBuilder stamped(JsonObjectBuilder json, EditableRecord record) {
        optional(json, "createdBy", record.getCreatedBy());
        optional(json, "editedBy", record.getEditedBy());
        return optional(json, "editedAt", record.getEditedAt() == null ? null : record.getEditedAt().toString());
    }

    private static JsonObjectBuilder optional(JsonObjectBuilder json, String name, String value) {
        return value == null ? json : json.add(name, value);
    }

    // --- in -----------------------------------------------------------------------------------

    public boolean archiveIsEmpty() {
        return agreements.countAll() == 0 && parties.count() == 0 && events.count() == 0 && subjects.findAllOrderedByName().isEmpty();
    }

    /**
     * Reads a whole export into this archive in one transaction: all of it, or, on the first record
     * it cannot take, nothing, with the record named in the message.
     *
     * @param actor who restores, for the records' rules that name a person
     * @throws WorkflowException      when the archive already holds records
     * @throws ImportRefusedException when the file is not an export or a record in it is refused
     */
    @Transactional
    public TransferCounts restore(InputStream content, String actor) {
        if (!archiveIsEmpty()) {
            throw new WorkflowException(Phrase.of("restore.notEmpty"));
        }
        return new Restore(actor).read(content);
    }

    /** One restore's work and what it has to remember between sections. */
    private final class Restore {

        private final String actor;
        private final Instant now = Instant.now();
        private final Map<String, String> predecessors = new LinkedHashMap<>();
        private final Map<Long, Long> eventIds = new HashMap<>();
        private final Map<String, List<RelationEntry>> relations = new LinkedHashMap<>();
        private final Map<Integer, String> lastReferences = new HashMap<>();
        private boolean formatSeen;
        private int partyCount;
        private int subjectCount;
        private int eventCount;
        private int documentCount;
        private int agreementCount;
        private int relationCount;

        Restore(String actor) {
            this.actor = actor;
        }

        TransferCounts read(InputStream content) {
            try (JsonParser parser = Json.createParser(content)) {
                if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                    throw refused("The file is not an export of a whole archive: it does not start with {\"format\": \"" + FORMAT + "\", …}.");
                }
                while (parser.next() == JsonParser.Event.KEY_NAME) {
                    String section = parser.getString();
                    switch (section) {
                        case "format" -> format(parser);
                        case "parties" -> each(parser, section, this::party);
                        case "subjects" -> each(parser, section, this::subject);
                        case "events" -> each(parser, section, this::event);
                        case "documents" -> each(parser, section, this::document);
                        case "agreements" -> each(parser, section, this::agreement);
                        default -> {
                            // Another version's additions are skipped rather than refused: what this one knows is read whole.
                            parser.next();
                            parser.getValue();
                        }
                    }
                }
            } catch (JsonParsingException broken) {
                throw refused("The file is not well-formed JSON at line " + broken.getLocation().getLineNumber() + ", column "
                        + broken.getLocation().getColumnNumber() + ": " + broken.getMessage());
            } catch (jakarta.json.JsonException unreadable) {
                throw refused("The file cannot be read as JSON (is it UTF-8?): " + unreadable.getMessage());
            }
            if (!formatSeen) {
                throw refused("The file names no format; an export of a whole archive starts with {\"format\": \"" + FORMAT + "\", …}.");
            }
            predecessors.forEach((code, predecessor) -> parties.findByCode(code).orElseThrow().succeed(parties.findByCode(predecessor)
                    .orElseThrow(() -> refused("The party " + code + " names a predecessor " + predecessor + " the file does not hold."))));
            relations.forEach(this::relate);
            lastReferences.values().forEach(agreements::keepReferencesPast);
            return new TransferCounts(partyCount, subjectCount, eventCount, documentCount, agreementCount, relationCount);
        }

        private void format(JsonParser parser) {
            parser.next();
            String format = parser.getValue() instanceof JsonString text ? text.getString() : "";
            if (!FORMAT.equals(format)) {
                throw refused("The file is in the format \"" + format + "\"; this archive reads \"" + FORMAT + "\".");
            }
            formatSeen = true;
        }

        private void each(JsonParser parser, String section, Consumer<JsonObject> reader) {
            if (!formatSeen) {
                throw refused("The file names its format after its records; an export starts with {\"format\": \"" + FORMAT + "\", …}.");
            }
            if (parser.next() != JsonParser.Event.START_ARRAY) {
                throw refused("\"" + section + "\" is not a list ([…]).");
            }
            int number = 0;
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                number++;
                if (event != JsonParser.Event.START_OBJECT) {
                    throw refused("Item " + number + " of \"" + section + "\" is not an object ({…}).");
                }
                JsonObject item = parser.getObject();
                try {
                    reader.accept(item);
                } catch (InvalidRecordException | JsonbException | DateTimeParseException | IllegalArgumentException
                         | NullPointerException | ClassCastException broken) {
                    throw refused("Item " + number + " of \"" + section + "\" (" + label(item) + ") cannot be restored"
                            + (broken instanceof InvalidRecordException invalid ? " (" + invalid.getField() + ")" : "") + ": "
                            + Objects.requireNonNullElse(broken.getMessage(), broken.getClass().getSimpleName()));
                }
            }
        }

        private void party(JsonObject json) {
            // The names travel as an object by language (the form's text of lines would be a second copy).
            JsonObject form = Json.createObjectBuilder(json).remove("names").build();
            PartyEdit edit = forms.check("The party", FormJson.read(form.toString(), PartyEdit.class));
            Party party = new Party(edit.getCode(), edit.getName(), edit.getKind());
            party.assignIsoCode(edit.getIsoCode());
            party.existed(edit.getValidFrom(), edit.getValidTo());
            party.describe(edit.getNotes());
            json.getJsonObject("names").forEach((language, name) -> party.nameIn(language, ((JsonString) name).getString()));
            if (edit.getPredecessorCode() != null && !edit.getPredecessorCode().isBlank()) {
                predecessors.put(party.getCode(), edit.getPredecessorCode());
            }
            keep(party, json);
            parties.add(party);
            partyCount++;
        }

        private void subject(JsonObject json) {
            SubjectEdit edit = forms.check("The subject", FormJson.read(json.toString(), SubjectEdit.class));
            Subject subject = new Subject(edit.getName(), edit.getDescription());
            keep(subject, json);
            subjects.add(subject);
            subjectCount++;
        }

        private void event(JsonObject json) {
            EventEdit edit = forms.check("The event", FormJson.read(json.toString(), EventEdit.class));
            Event event = new Event(edit.getName(), edit.getLevel(), edit.getStarts());
            event.reschedule(edit.getStarts(), edit.getEnds());
            event.heldIn(edit.getPlace());
            event.recordOutcome(edit.getOutcome());
            for (JsonValue source : json.getJsonArray("sources")) {
                JsonObject citation = source.asJsonObject();
                event.cite(new SourceCitation(citation.getString("citation"), citation.getString("url", null)));
            }
            for (JsonValue note : json.getJsonArray("notes")) {
                event.annotate(new ArchivistNote(NoteKind.valueOf(note.asJsonObject().getString("kind")), note.asJsonObject().getString("text")));
            }
            keep(event, json);
            events.add(event);
            eventIds.put(json.getJsonNumber("id").longValue(), event.getId());
            eventCount++;
        }

        /** Registers the file's metadata; the file itself must already be in this archive's store (its documents folder copied). */
        private void document(JsonObject json) {
            String sha256 = json.getString("sha256");
            if (files.find(sha256).isPresent()) {
                documentCount++;
                return;
            }
            if (!store.exists(sha256)) {
                throw refused("The document " + sha256 + " is not in this archive's document store. Copy the documents folder of the"
                        + " old archive (ARCHIVE_DATA_DIR/documents) to this one first, then restore again.");
            }
            DocumentType type = DocumentType.ofMediaType(json.getString("mediaType"))
                    .orElseThrow(() -> refused("The document " + sha256 + " has a type this archive does not keep: " + json.getString("mediaType")));
            files.add(new DocumentFile(sha256, json.getJsonNumber("size").longValue(), type,
                    json.containsKey("pages") ? json.getInt("pages") : null, Instant.parse(json.getString("storedAt"))));
            documentCount++;
        }

        private void agreement(JsonObject json) {
            AgreementEdit edit = FormJson.read(json.getJsonObject(RECORD).toString(), AgreementEdit.class);
            String reference = edit.getReference() == null ? "" : edit.getReference();
            if (!Agreement.REFERENCE.matcher(reference).matches()) {
                throw new InvalidRecordException("reference", Phrase.of("restore.badReference", reference));
            }
            if (agreements.findByReference(reference).isPresent()) {
                throw new InvalidRecordException("reference", Phrase.of("restore.twice", reference));
            }
            if (edit.getEventId() != null) {
                edit.setEventId(Objects.requireNonNull(eventIds.get(edit.getEventId()),
                        () -> "the record names the event " + edit.getEventId() + ", which the file does not hold"));
            }
            // Relations wait until every record is in: a record may relate to one later in the file.
            List<RelationEntry> related = edit.getRelations();
            edit.setRelations(List.of());
            assembly.validate(edit, Classification.CONFIDENTIAL, actor);
            Agreement agreement = new Agreement(reference, edit.getOfficialTitle(), edit.getKind(), edit.getFormat(), edit.getSigned());
            assembly.apply(edit, agreement, actor, now);
            agreement.restorePublication(Publication.valueOf(json.getString("publication")),
                    json.containsKey("firstPublishedAt") ? Instant.parse(json.getString("firstPublishedAt")) : null);
            keep(agreement, json);
            agreements.add(agreement);
            if (!related.isEmpty()) {
                relations.put(reference, related);
            }
            lastReferences.merge(Integer.parseInt(reference.substring(4, 8)), reference, (held, next) -> held.compareTo(next) >= 0 ? held : next);
            agreementCount++;
        }

        private void relate(String reference, List<RelationEntry> entries) {
            Agreement agreement = agreements.findByReference(reference).orElseThrow();
            agreement.relations().revise(entries.stream().map(entry -> new RelationTerms(entry.getType(),
                    agreements.findByReference(entry.getTargetReference()).orElseThrow(() -> refused(reference + " relates to "
                            + entry.getTargetReference() + ", which the file does not hold.")), entry.getNote())).toList());
            relationCount += entries.size();
        }

        private static void keep(EditableRecord record, JsonObject json) {
            record.restoreStamps(json.getString("createdBy", null), json.getString("editedBy", null),
                    json.containsKey("editedAt") ? Instant.parse(json.getString("editedAt")) : null);
        }

        private static String label(JsonObject item) {
            JsonObject form = item.containsKey(RECORD) ? item.getJsonObject(RECORD) : item;
            for (String key : List.of("reference", "code", "name", "sha256")) {
                if (form.get(key) instanceof JsonString text) {
                    return text.getString();
                }
            }
            return "unnamed";
        }

        private static ArchiveException refused(String message) {
            return new ImportRefusedException(message);
        }
    }
}
