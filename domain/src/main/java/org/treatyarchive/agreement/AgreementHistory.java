package org.treatyarchive.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.shared.RecordHistory;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The revisions of an agreement, each with what changed from the one before: the starter loader's
 * creation, every draft saved before publication, every approved change. For the staff; readers see
 * the published record only.
 */
@ApplicationScoped
@Secured
@Transactional
@RolesAllowed({Role.ARCHIVIST_NAME, Role.REVIEWER_NAME, Role.ADMINISTRATOR_NAME})
public class AgreementHistory {

    /** How many revisions the history shows; older ones stay stored. */
    public static final int SHOWN = 50;

    @Inject
    AgreementCatalog catalog;

    @Inject
    RecordHistory history;

    @Inject
    EventRepository events;

    /** Newest first. */
    public List<RevisionEntry> of(String reference) {
        Agreement agreement = catalog.getByReference(reference);
        Map<Long, String> eventNames = new HashMap<>();
        return RevisionEntry.history(history, Agreement.class, agreement.getId(), SHOWN, old -> AgreementEdit.of(old)
                .lines(id -> eventNames.computeIfAbsent(id, key -> events.findById(key).map(Event::getName).orElse("event " + key))));
    }
}
