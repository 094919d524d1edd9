package org.treatyarchive.agreement;

import org.treatyarchive.event.Event;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.HistoricalDate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.treatyarchive.shared.FormLines.put;

/**
 * An agreement form as labelled lines ("Official title", "Party KZ: signed"...) in a fixed order: the
 * one place that produces what a reviewer compares and what the history lists for each revision.
 * Parties are keyed by code and articles by number, so that removing one does not make all later
 * ones look changed. One instance serves one comparison and remembers the event names it read.
 */
public final class AgreementLines {

    private final Function<Long, Optional<Event>> events;
    private final Map<Long, String> eventNames = new HashMap<>();

    /** @param events finds an event by its id, for the event line ({@code EventRepository::findById}) */
    public AgreementLines(Function<Long, Optional<Event>> events) {
        this.events = events;
    }

    public Map<String, String> of(AgreementEdit form) {
        Map<String, String> lines = new LinkedHashMap<>();
        put(lines, "Register number", form.getExternalId());
        put(lines, "Official title", form.getOfficialTitle());
        put(lines, "Short title", form.getShortTitle());
        put(lines, "Kind", form.getKind() == null ? null : form.getKind().getLabel());
        put(lines, "Bilateral or multilateral", form.getFormat() == null ? null : form.getFormat().getLabel());
        put(lines, "Signed", display(form.getSigned()));
        put(lines, "Place of signature", form.getPlaceOfSignature());
        put(lines, "Entry into force", display(form.getEntryIntoForce()));
        put(lines, "Termination", display(form.getTermination()));
        put(lines, "Status stated by the sources", form.getStatedStatus() == null ? null : form.getStatedStatus().getLabel());
        put(lines, "Classification", form.getClassification() == null ? null : form.getClassification().getLabel());
        put(lines, "Depositary", form.getDepositary());
        put(lines, "Authentic languages", form.getAuthenticLanguages());
        put(lines, "Event", form.getEventId() == null ? null : eventName(form.getEventId()));
        put(lines, "Subjects", form.getSubjects().isEmpty() ? null : String.join(", ", form.getSubjects()));
        put(lines, "Summary", form.getSummary());
        form.getTitles().forEach(title -> put(lines, "Title (" + title.getLanguage() + ")", title.getText()));
        for (PartyEntry party : form.getParties()) {
            String label = "Party " + party.getCode();
            put(lines, label, party.getName() == null ? party.getCode() : party.getName());
            put(lines, label + ": signed", date(party.getSignedOn()));
            put(lines, label + ": consent", party.getConsentType() == null ? null
                    : party.getConsentType().getLabel() + (party.getConsentOn() == null ? "" : " " + date(party.getConsentOn())));
            put(lines, label + ": in force", date(party.getInForceOn()));
            put(lines, label + ": withdrew", date(party.getWithdrawnOn()));
            put(lines, label + ": reservations", party.getReservations());
        }
        for (ArticleEntry article : form.getArticles()) {
            String label = "Article " + article.getNumber();
            put(lines, label + ": heading", article.getHeading());
            put(lines, label, article.getText() == null ? "" : article.getText());
        }
        form.getRelations().forEach(relation -> put(lines,
                (relation.getType() == null ? "Relation" : relation.getType().getLabel()) + " " + relation.getTargetReference(),
                relation.getNote() == null ? "yes" : relation.getNote()));
        for (int i = 0; i < form.getSources().size(); i++) {
            SourceEntry source = form.getSources().get(i);
            put(lines, "Source " + (i + 1), source.getCitation()
                    + (source.getUrl() == null || source.getUrl().isBlank() ? "" : " <" + source.getUrl() + ">"));
        }
        for (int i = 0; i < form.getNotes().size(); i++) {
            NoteEntry note = form.getNotes().get(i);
            put(lines, "Note " + (i + 1) + (note.getKind() == null ? "" : " (" + note.getKind().getLabel() + ")"), note.getText());
        }
        for (DocumentEntry document : form.getDocuments()) {
            // Keyed by the file, so a retitled document is one changed line and a replaced file shows as removed and added.
            put(lines, "Document " + shortChecksum(document.getSha256()), document.getTitle() + " (" + (document.getKind() == null ? "document"
                    : document.getKind().getLabel().toLowerCase()) + (document.getLanguage() == null ? "" : ", " + document.getLanguage())
                    + (document.getPartyCode() == null ? "" : ", " + document.getPartyCode())
                    + (document.getClassification() == null || document.getClassification() == Classification.PUBLIC ? ""
                    : ", " + document.getClassification().getLabel().toLowerCase())
                    + "): " + document.getFileName() + ", " + document.getSize() + " bytes, SHA-256 " + document.getSha256());
        }
        return lines;
    }

    private static String shortChecksum(String sha256) {
        return sha256 == null ? "?" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    private String eventName(long id) {
        return eventNames.computeIfAbsent(id, key -> events.apply(key).map(Event::getName).orElse("event " + key));
    }

    private static String display(HistoricalDate date) {
        return date == null ? null : date.display();
    }

    private static String date(LocalDate date) {
        return date == null ? null : HistoricalDate.ofDay(date).display();
    }
}
