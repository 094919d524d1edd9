package org.treatyarchive.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRegister;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.shared.SourceCitation;

import java.util.List;

/**
 * Summits and meetings for programs: {@code GET /api/events}, newest first, and {@code GET /api/events/{id}}
 * with what the event adopted and the agreements adopted or signed at it, within the caller's access.
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    /** An event adopts a handful of agreements; more than this is left to the search's paging ({@code /api/agreements?event=}). */
    private static final int AGREEMENTS_LISTED = PageRequest.MAX_SIZE;

    @Inject
    private EventRegister register;

    @Inject
    private AgreementCatalog catalog;

    public record Summary(long id, String name, String starts, String ends, String place, String level, String href) {

        static Summary of(Event event) {
            return new Summary(event.getId(), event.getName(), iso(event.getStarts()), iso(event.getEnds()), event.getPlace(),
                    event.getLevel().name(), "/api/events/" + event.getId());
        }
    }

    /** @param agreementsTotal how many agreements the caller may see adopted at it; {@code agreements} lists the first 200 */
    public record Detail(long id, String name, String starts, String ends, String place, String level, String outcome,
                         List<Source> sources, List<Note> notes, long agreementsTotal, List<AgreementJson.Item> agreements) {
    }

    public record Source(String citation, String url) {
    }

    public record Note(String kind, String text) {
    }

    /** Every event, newest first: reference data of a few hundred rows at most. */
    @GET
    public List<Summary> list() {
        return register.list(0, PageRequest.MAX_SIZE).items().stream().map(Summary::of).toList();
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") String id) {
        Event event;
        try {
            event = register.getComplete(Long.parseLong(id.strip()));
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("There is no event number " + id + ".");
        }
        SearchQuery adopted = new SearchQuery(null, null, null, null, null, event.getName(), null, null, null);
        return new Detail(event.getId(), event.getName(), iso(event.getStarts()), iso(event.getEnds()), event.getPlace(),
                event.getLevel().name(), event.getOutcome(),
                event.getSources().stream().map((SourceCitation source) -> new Source(source.getCitation(), source.getUrl())).toList(),
                event.getNotes().stream().map((ArchivistNote note) -> new Note(note.getKind().name(), note.getText())).toList(),
                catalog.count(adopted),
                catalog.list(adopted, new PageRequest<>(0, AGREEMENTS_LISTED, AgreementSort.SIGNED, true)).stream()
                        .map(summary -> AgreementJson.Item.of(summary, List.of())).toList());
    }

    private static String iso(HistoricalDate date) {
        return AgreementJson.iso(date);
    }
}
