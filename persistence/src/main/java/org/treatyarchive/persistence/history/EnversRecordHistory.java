package org.treatyarchive.persistence.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.treatyarchive.persistence.config.OwnSession;
import org.treatyarchive.shared.ArchiveChange;
import org.treatyarchive.shared.RecordHistory;
import org.treatyarchive.shared.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EnversRecordHistory implements RecordHistory {

    @Inject
    OwnSession session;

    @Override
    public List<Revision> revisions(Class<?> type, long id, int max) {
        // One query: the audit rows of the record joined with their revision, newest first.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader().createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(row -> {
            ArchiveRevision revision = (ArchiveRevision) row[1];
            return new Revision(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(),
                    change((RevisionType) row[2]));
        }).toList();
    }

    @Override
    public Optional<ArchiveChange> lastChange() {
        // The primary key's last entry: one index step, whatever the history's length.
        return session.get().createQuery("select r.id, r.timestamp from ArchiveRevision r order by r.id desc", Object[].class)
                .setMaxResults(1).getResultStream().findFirst()
                .map(row -> new ArchiveChange((Long) row[0], Instant.ofEpochMilli((Long) row[1])));
    }

    @Override
    public <T> Optional<T> at(Class<T> type, long id, long revision) {
        return Optional.ofNullable(reader().find(type, id, revision));
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(session.get());
    }

    private static Revision.Change change(RevisionType type) {
        return switch (type) {
            case ADD -> Revision.Change.CREATED;
            case MOD -> Revision.Change.CHANGED;
            case DEL -> Revision.Change.DELETED;
        };
    }
}
