package org.treatyarchive.web.agreements;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRegister;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectVocabulary;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.Pages;
import org.treatyarchive.web.shared.UrlParameters;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code agreements/timeline.xhtml}: agreements on a time axis by their signature, summits
 * marked behind them, narrowed by party, kind, subject and summit (in the URL, so that a view is a
 * link). A click opens the record. The axis holds at most {@link #SHOWN} agreements, the oldest
 * first; beyond that the page says how many more there are and asks to narrow.
 */
@Named
@ViewScoped
public class TimelineBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 600;
    private static final int LABEL_MAX = 40;
    private static final List<String> PARAMETERS = List.of("party", "kind", "subject", "event", "from", "to");
    private static final long A_DAY = 24L * 3600 * 1000;
    private static final long FOUR_CENTURIES = 400L * 365 * A_DAY;

    @Inject
    AgreementCatalog catalog;

    @Inject
    EventRegister events;

    @Inject
    SubjectVocabulary subjects;

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final TimelineModel<String, Object> model = new TimelineModel<>();
    private List<AgreementSummary> shown = List.of();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private long total;
    private LocalDateTime start;
    private LocalDateTime end;

    /** Called by {@code f:viewAction}: reads the filters in the URL and the agreements they let through. */
    public void load() {
        SearchQuery query;
        try {
            // A period of signature, by whole years, narrows a choice too large to draw (a treaty series) to a stretch of time.
            Integer from = UrlParameters.optionalNumber("from", parameters.get("from"));
            Integer to = UrlParameters.optionalNumber("to", parameters.get("to"));
            query = new SearchQuery(null, UrlParameters.enumeration("kind", parameters.get("kind"), AgreementKind.class), parameters.get("party"),
                    parameters.get("subject"), null, parameters.get("event"), null, from == null ? null : yearStart(from),
                    to == null ? null : yearStart(to).plusYears(1).minusDays(1));
        } catch (InvalidRecordException unreadable) {
            Messages.error(null, Messages.describe(unreadable));
            query = SearchQuery.ALL;
        } catch (BadParameterException unreadable) {
            Messages.error(null, unreadable.getMessage());
            query = SearchQuery.ALL;
        }
        total = catalog.count(query);
        List<AgreementSummary> rows = new ArrayList<>();
        for (int page = 0; rows.size() < Math.min(total, SHOWN); page++) {
            List<AgreementSummary> next = catalog.list(query, new PageRequest<>(page, PageRequest.MAX_SIZE, AgreementSort.SIGNED, true));
            if (next.isEmpty()) {
                break;
            }
            rows.addAll(next.subList(0, Math.min(next.size(), SHOWN - rows.size())));
        }
        shown = List.copyOf(rows);
        for (AgreementSummary agreement : shown) {
            // A box says little (the tooltip and the list below say all): long official titles would cover the axis.
            String title = agreement.displayTitle();
            labels.put(agreement.reference(), title.length() <= LABEL_MAX ? title : title.substring(0, LABEL_MAX - 1).strip() + "…");
            model.add(TimelineEvent.<String>builder().id(agreement.reference()).data(agreement.reference())
                    .startDate(agreement.signed().earliest()).title(agreement.reference() + " " + agreement.displayTitle())
                    .styleClass("archive-status-" + agreement.status()).type("box")
                    .build());
        }
        if (!shown.isEmpty()) {
            LocalDate first = shown.get(0).signed().earliest();
            LocalDate last = shown.get(shown.size() - 1).signed().earliest();
            // Summits of the period, marked behind the agreements.
            for (Event event : events.list(0, PageRequest.MAX_SIZE).items()) {
                LocalDate from = event.getStarts().earliest();
                if (!from.isBefore(first.minusYears(1)) && !from.isAfter(last.plusYears(1))) {
                    LocalDate to = event.getEnds() == null ? from : event.getEnds().earliest();
                    labels.put("event:" + event.getId(), event.getName());
                    model.add(TimelineEvent.<String>builder().id("event-" + event.getId()).data("event:" + event.getId())
                            .startDate(from).endDate(to.plusDays(1)).title(event.getName()).type("background").styleClass("archive-summit")
                            .build());
                }
            }
            long span = java.time.Duration.between(first.atStartOfDay(), last.atStartOfDay()).toDays();
            long margin = Math.max(30, span / 20);
            start = first.minusDays(margin).atStartOfDay();
            end = last.plusDays(margin).atStartOfDay();
        }
    }

    private static LocalDate yearStart(int year) {
        if (year < 1 || year > 9999) {
            throw new BadParameterException("from", "'" + year + "' is not a year.");
        }
        return LocalDate.of(year, 1, 1);
    }

    /** A box chosen on the axis: its record; a summit: its page. */
    public void onSelect(TimelineSelectEvent<String> selected) throws IOException {
        String data = selected.getTimelineEvent().getData();
        if (data == null) {
            return;
        }
        Pages.redirect(data.startsWith("event:") ? "/events/view.xhtml?id=" + data.substring(6)
                : "/agreements/view.xhtml?ref=" + URLEncoder.encode(data, StandardCharsets.UTF_8));
    }

    /** The filter form's button: the same page with the filters in its URL. */
    public void apply() throws IOException {
        String query = UrlParameters.queryString(PARAMETERS, parameters);
        Pages.redirect("/agreements/timeline.xhtml" + (query.isEmpty() ? "" : "?" + query));
    }

    /** What a box on the axis says: the agreement's short title and year; a summit's name for its band. */
    public String label(String data) {
        if (data == null) {
            return "";
        }
        if (data.startsWith("event:")) {
            return labels.getOrDefault(data, "");
        }
        return labels.getOrDefault(data, data);
    }

    public TimelineModel<String, Object> getModel() { return model; }
    public List<AgreementSummary> getShown() { return shown; }
    public long getTotal() { return total; }
    public boolean isCut() { return total > shown.size(); }
    public LocalDateTime getStart() { return start; }
    public LocalDateTime getEnd() { return end; }
    /** One day at the closest: the three Astrakhan agreements of 29 September 2014 side by side. */
    public long getZoomMin() { return A_DAY; }
    /** Four centuries at the widest: from Turkmenchay (1828) to now, with room. */
    public long getZoomMax() { return FOUR_CENTURIES; }

    public List<Party> getParties() { return catalog.parties(); }
    public AgreementKind[] getKinds() { return AgreementKind.values(); }
    public List<Subject> getSubjects() { return subjects.list(0, PageRequest.MAX_SIZE).items(); }
    public List<Event> getEvents() { return events.list(0, PageRequest.MAX_SIZE).items(); }

    private void set(String name, String value) {
        parameters.put(name, value == null || value.isBlank() ? null : value.strip());
    }

    public String getParty() { return parameters.get("party"); }
    public void setParty(String value) { set("party", value); }
    public String getKind() { return parameters.get("kind"); }
    public void setKind(String value) { set("kind", value); }
    public String getSubject() { return parameters.get("subject"); }
    public void setSubject(String value) { set("subject", value); }
    public String getEvent() { return parameters.get("event"); }
    public void setEvent(String value) { set("event", value); }
    public String getFrom() { return parameters.get("from"); }
    public void setFrom(String value) { set("from", value); }
    public String getTo() { return parameters.get("to"); }
    public void setTo(String value) { set("to", value); }
}
