package org.treatyarchive.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.shared.RecordHistory;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.Viewer;

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

    @Inject
    AgreementRepository agreements;

    @Inject
    Viewer viewer;

    /**
     * Newest first. A relation to a record above the caller's clearance is left out of every
     * revision, as it is left out of the record itself: a history line must not name what the
     * caller may not know exists.
     */
    public List<RevisionEntry> of(String reference) {
        Agreement agreement = catalog.getByReference(reference);
        AgreementLines lines = new AgreementLines(events::findById);
        Map<String, Boolean> visible = new HashMap<>();
        return RevisionEntry.history(history, Agreement.class, agreement.getId(), SHOWN, old -> {
            AgreementEdit edit = AgreementEdit.of(old);
            edit.getRelations().removeIf(relation -> !visible.computeIfAbsent(relation.getTargetReference(), target ->
                    agreements.findByReference(target).map(related -> viewer.canSee(related.getClassification())).orElse(false)));
            return lines.of(edit);
        });
    }
}
