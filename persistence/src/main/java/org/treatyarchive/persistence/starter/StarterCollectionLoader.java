package org.treatyarchive.persistence.starter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.persistence.config.ArchiveSetting;
import org.treatyarchive.shared.EditableRecord;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the {@link CaspianCollection} the first time the archive starts on a database.
 * <p>
 * A marker row, not the emptiness of the tables, records that it was loaded: an archive whose
 * records were all withdrawn must not have them come back at the next start. The marker is written
 * and flushed first, so that two nodes starting at once on one database serialise on its primary
 * key and only one loads.
 */
@ApplicationScoped
public class StarterCollectionLoader {

    static final String MARKER = "starter-collection.loaded";

    /** The name the starter records give as who entered them. */
    public static final String LOADED_BY = "starter-collection";

    private static final Logger LOG = Logger.getLogger(StarterCollectionLoader.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private PartyRepository parties;

    @Inject
    private SubjectRepository subjects;

    @Inject
    private EventRepository events;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private StarterDocuments documents;

    /** @return whether the collection was loaded now; {@code false} when it had been before */
    @Transactional
    public boolean loadIfAbsent() {
        if (em.find(ArchiveSetting.class, MARKER) != null) {
            return false;
        }
        em.persist(new ArchiveSetting(MARKER, Instant.now().toString()));
        em.flush();
        CaspianCollection.Counts counts = new CaspianCollection(parties, subjects, events, agreements).load();
        // The records name their origin, as those entered later name their archivist.
        Instant now = Instant.now();
        for (Class<? extends EditableRecord> type : List.of(Agreement.class, Party.class, Event.class, Subject.class)) {
            em.createQuery("select r from " + type.getSimpleName() + " r", type).getResultList()
                    .forEach(record -> record.recordEdit(LOADED_BY, now));
        }
        // Checked against published sources when the collection was compiled: published as loaded.
        List<Agreement> all = em.createQuery("select a from Agreement a", Agreement.class).getResultList();
        all.forEach(Agreement::publish);
        all.forEach(documents::transcribe);
        LOG.info(() -> "Loaded the starter collection: " + counts.parties() + " parties, " + counts.subjects() + " subjects, "
                + counts.events() + " events, " + counts.agreements() + " agreements.");
        return true;
    }

    /**
     * Marks a new archive as one that starts empty ({@code ARCHIVE_STARTER_COLLECTION=false}), for a
     * restore from another archive's export: the marker stays, so a later start never loads the
     * collection over the restored records.
     *
     * @return whether the archive was marked now; {@code false} when it was loaded or marked before
     */
    @Transactional
    public boolean skipIfAbsent() {
        if (em.find(ArchiveSetting.class, MARKER) != null) {
            return false;
        }
        em.persist(new ArchiveSetting(MARKER, "skipped " + Instant.now()));
        return true;
    }

    /** When the collection was loaded, if it was. */
    @Transactional
    public Optional<String> loadedAt() {
        return Optional.ofNullable(em.find(ArchiveSetting.class, MARKER)).map(ArchiveSetting::getValue);
    }
}
