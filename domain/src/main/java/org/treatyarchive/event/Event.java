package org.treatyarchive.event;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.EditableRecord;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.SourceCitation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A summit or meeting, such as the Fifth Caspian Summit in Aktau, with the sources for it and notes
 * where they disagree. The agreements an event produced point to it.
 */
@Entity
@Table(name = "event")
@Audited
public class Event extends EditableRecord {

    public static final int NAME_MAX = 300;
    public static final int PLACE_MAX = 200;
    public static final int OUTCOME_MAX = 4000;

    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Column(name = "place", length = PLACE_MAX)
    private String place;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "earliest", column = @Column(name = "starts_on", nullable = false)),
            @AttributeOverride(name = "precision", column = @Column(name = "starts_precision", length = 5, nullable = false))
    })
    private HistoricalDate starts;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "earliest", column = @Column(name = "ends_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "ends_precision", length = 5))
    })
    private HistoricalDate ends;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 30, nullable = false)
    private EventLevel level;

    @Column(name = "outcome", length = OUTCOME_MAX)
    private String outcome;

    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<SourceCitation> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_note", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<ArchivistNote> notes = new ArrayList<>();

    protected Event() {
        // for JPA
    }

    public Event(String name, EventLevel level, HistoricalDate starts) {
        this.name = Check.requiredText("name", "The name of the event", name, NAME_MAX);
        this.level = Check.required("level", "The level of the event", level);
        this.starts = Check.required("starts", "The date of the event", starts);
    }

    public void rename(String name, EventLevel level) {
        this.name = Check.requiredText("name", "The name of the event", name, NAME_MAX);
        this.level = Check.required("level", "The level of the event", level);
    }

    /** Sets both dates together, checked against each other rather than against the old ones. */
    public void reschedule(HistoricalDate starts, HistoricalDate ends) {
        HistoricalDate newStart = Check.required("starts", "The date of the event", starts);
        if (ends != null && ends.isCertainlyBefore(newStart)) {
            throw new InvalidRecordException("ends", Phrase.of("event.endsBeforeStart", ends, newStart));
        }
        this.starts = newStart;
        this.ends = ends;
    }

    public void heldIn(String place) {
        this.place = Check.optionalText("place", "The place", place, PLACE_MAX);
    }

    public void endsOn(HistoricalDate ends) {
        if (ends != null && ends.isCertainlyBefore(starts)) {
            throw new InvalidRecordException("ends", Phrase.of("event.endsBeforeStart", ends, starts));
        }
        this.ends = ends;
    }

    public void recordOutcome(String outcome) {
        this.outcome = Check.optionalText("outcome", "The outcome", outcome, OUTCOME_MAX);
    }

    public void cite(SourceCitation source) {
        if (!sources.contains(source)) {
            sources.add(source);
        }
    }

    public void annotate(ArchivistNote note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    public String getName() {
        return name;
    }

    public String getPlace() {
        return place;
    }

    public HistoricalDate getStarts() {
        return starts;
    }

    public HistoricalDate getEnds() {
        return ends;
    }

    /** "23-24 April 2002"-style text is left to the view; this is the span in display form. */
    public String getDates() {
        return ends == null || ends.equals(starts) ? starts.display() : starts.display() + " – " + ends.display();
    }

    public EventLevel getLevel() {
        return level;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<SourceCitation> getSources() {
        return Collections.unmodifiableList(sources);
    }

    public List<ArchivistNote> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    @Override
    public String toString() {
        return name;
    }
}
