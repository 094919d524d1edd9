package org.treatyarchive.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.NumberedForm;

/** An event as its edit form holds it; {@code version} is the one the form was read at. */
public class EventEdit extends NumberedForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the name of the event (Fifth Caspian Summit).")
    @Size(max = Event.NAME_MAX, message = "The name is too long: at most {max} characters.")
    private String name;
    @NotNull(message = "Choose the level of the event.")
    private EventLevel level = EventLevel.HEADS_OF_STATE;
    @NotNull(message = "Enter the date of the event, as precisely as the sources give it.")
    private HistoricalDate starts;
    private HistoricalDate ends;
    @Size(max = Event.PLACE_MAX, message = "The place is too long: at most {max} characters.")
    private String place;
    @Size(max = Event.OUTCOME_MAX, message = "The outcome is too long: at most {max} characters.")
    private String outcome;

    public static EventEdit of(Event event) {
        EventEdit edit = new EventEdit();
        edit.readFrom(event);
        edit.name = event.getName();
        edit.level = event.getLevel();
        edit.starts = event.getStarts();
        edit.ends = event.getEnds();
        edit.place = event.getPlace();
        edit.outcome = event.getOutcome();
        return edit;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public EventLevel getLevel() { return level; }
    public void setLevel(EventLevel level) { this.level = level; }
    public HistoricalDate getStarts() { return starts; }
    public void setStarts(HistoricalDate starts) { this.starts = starts; }
    public HistoricalDate getEnds() { return ends; }
    public void setEnds(HistoricalDate ends) { this.ends = ends; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}
