package org.treatyarchive.persistence.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.TransactionalException;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementDocument;
import org.treatyarchive.agreement.AgreementFilter;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementRelation;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.AgreementTally;
import org.treatyarchive.agreement.ConsentType;
import org.treatyarchive.agreement.HarvestQuery;
import org.treatyarchive.agreement.Participation;
import org.treatyarchive.agreement.PartyAgreement;
import org.treatyarchive.agreement.PartyRef;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.agreement.RelationGraph;
import org.treatyarchive.agreement.RelationType;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.DatePrecision;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.shared.Phrase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaAgreementRepository implements AgreementRepository {

    /** Each collection in its own query: fetching several at once would multiply rows (a cartesian product). */
    private static final List<String> COMPLETE_RECORD_FETCHES = List.of(
            "left join fetch a.titles",
            "left join fetch a.authenticLanguages",
            "left join fetch a.subjects",
            "left join fetch a.participations p left join fetch p.party",
            "left join fetch a.articles",
            "left join fetch a.relations r left join fetch r.target",
            "left join fetch a.incomingRelations r left join fetch r.source",
            "left join fetch a.sources",
            "left join fetch a.notes",
            "left join fetch a.documents d left join fetch d.party");

    @Inject
    private EntityManager em;

    @Override
    public Optional<Agreement> findByReference(String reference) {
        return em.createQuery("select a from Agreement a where a.reference = :reference", Agreement.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, String> referencesByExternalId(Collection<String> externalIds) {
        Map<String, String> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        // COMMIT: a lookup does not flush what an import's chunk has pending (its rows are written on persist anyway).
        em.createQuery("select a.externalId, a.reference from Agreement a where a.externalId in :ids", Tuple.class)
                .setParameter("ids", externalIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(row -> found.put(row.get(0, String.class), row.get(1, String.class)));
        return found;
    }

    @Override
    public Map<String, String> referencesByTitleAndSignature(Collection<String> officialTitles, Collection<HistoricalDate> signed) {
        Map<String, String> found = new HashMap<>();
        if (officialTitles.isEmpty() || signed.isEmpty()) {
            return found;
        }
        // The dates' index narrows the rows to a handful per date before any title is compared. A title may
        // come back with another row's date: the caller looks its own pair up, so such a match is never used.
        em.createQuery("""
                        select a.reference, a.officialTitle, a.signed from Agreement a
                        where a.signed.earliest in :earliest and lower(a.officialTitle) in :titles
                        order by a.reference""", Tuple.class)
                .setParameter("earliest", signed.stream().map(HistoricalDate::earliest).distinct().toList())
                .setParameter("titles", officialTitles.stream().map(title -> title.strip().toLowerCase(Locale.ROOT)).distinct().toList())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(row -> found.putIfAbsent(AgreementRepository.titleAndSignature(row.get(1, String.class),
                        row.get(2, HistoricalDate.class)), row.get(0, String.class)));
        return found;
    }

    @Override
    public List<Agreement> harvest(HarvestQuery query, int max) {
        StringBuilder jpql = new StringBuilder("select a from Agreement a where a.classification = :public and a.publication <> :unpublished");
        Map<String, Object> parameters = new HashMap<>(Map.of("public", Classification.PUBLIC, "unpublished", Publication.UNPUBLISHED));
        if (query.from() != null) {
            jpql.append(" and a.updatedAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.before() != null) {
            jpql.append(" and a.updatedAt < :before");
            parameters.put("before", query.before());
        }
        if (query.kind() != null) {
            jpql.append(" and a.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.partyCode() != null) {
            jpql.append(" and exists (select 1 from Participation p where p.agreement = a and p.party.code = :party)");
            parameters.put("party", query.partyCode());
        }
        if (query.afterChange() != null) {
            // Keyset paging: the position is a (time, id) pair, so a page deep in the archive is found by the index, not by skipping.
            jpql.append(" and (a.updatedAt > :afterChange or (a.updatedAt = :afterChange and a.id > :afterId))");
            parameters.put("afterChange", query.afterChange());
            parameters.put("afterId", query.afterId());
        }
        TypedQuery<Agreement> select = em.createQuery(jpql.append(" order by a.updatedAt, a.id").toString(), Agreement.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(max).getResultList();
    }

    @Override
    public Optional<Instant> earliestHarvestedChange() {
        return Optional.ofNullable(em.createQuery("select min(a.updatedAt) from Agreement a "
                        + "where a.classification = :public and a.publication <> :unpublished", Instant.class)
                .setParameter("public", Classification.PUBLIC).setParameter("unpublished", Publication.UNPUBLISHED)
                .getSingleResult());
    }

    @Override
    public Optional<Agreement> findCompleteByReference(String reference) {
        Optional<Agreement> found = em.createQuery(
                        "select a from Agreement a left join fetch a.event where a.reference = :reference", Agreement.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
        found.ifPresent(agreement -> {
            COMPLETE_RECORD_FETCHES.forEach(fetch ->
                    em.createQuery("select distinct a from Agreement a " + fetch + " where a.id = :id", Agreement.class)
                            .setParameter("id", agreement.getId())
                            .getResultList());
        });
        return found;
    }

    @Override
    public Optional<AgreementDocument> findDocument(long id) {
        return em.createQuery("select d from AgreementDocument d join fetch d.agreement where d.id = :id", AgreementDocument.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public long count(AgreementFilter filter, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Agreement> counted = count.from(Agreement.class);
        count.select(cb.count(counted)).where(conditions(cb, count, counted, filter, today));
        return em.createQuery(count).getSingleResult();
    }

    @Override
    public List<AgreementSummary> list(AgreementFilter filter, PageRequest<AgreementSort> page, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> rows = cb.createTupleQuery();
        Root<Agreement> a = rows.from(Agreement.class);
        rows.multiselect(summaryColumns(a))
                .where(conditions(cb, rows, a, filter, today))
                .orderBy(ordering(cb, a, page));
        List<Tuple> tuples = em.createQuery(rows)
                .setFirstResult(page.firstRow())
                .setMaxResults(page.size())
                .getResultList();
        return summaries(tuples, today);
    }

    /** How many columns {@link #summaryColumns} selects: a query may select more after them. */
    private static final int SUMMARY_COLUMNS = 15;

    /** The columns a list row is made of, read by {@link #summaries}. */
    private static List<Selection<?>> summaryColumns(From<?, Agreement> a) {
        return List.of(a.get("id"), a.get("reference"), a.get("officialTitle"), a.get("shortTitle"), a.get("kind"),
                a.get("format"), a.get("signed").get("earliest"), a.get("signed").get("precision"),
                a.get("placeOfSignature"), a.get("entryIntoForce").get("earliest"),
                a.get("entryIntoForce").get("precision"), a.get("termination").get("earliest"),
                a.get("termination").get("precision"), a.get("statedStatus"), a.get("publication"));
    }

    /** The rows as list rows, with their parties and ending relations read in one query each for the whole page. */
    private List<AgreementSummary> summaries(List<Tuple> tuples, LocalDate today) {
        if (tuples.isEmpty()) {
            return List.of();
        }
        List<Long> ids = tuples.stream().map(tuple -> tuple.get(0, Long.class)).distinct().toList();
        Map<Long, List<PartyRef>> parties = partiesOf(ids);
        Map<Long, Set<RelationType>> endings = endingRelationsOf(ids);

        List<AgreementSummary> items = new ArrayList<>(tuples.size());
        for (Tuple tuple : tuples) {
            Long id = tuple.get(0, Long.class);
            Set<RelationType> ended = endings.getOrDefault(id, Set.of());
            HistoricalDate entryIntoForce = HistoricalDate.of(tuple.get(9, LocalDate.class), tuple.get(10, DatePrecision.class));
            HistoricalDate termination = HistoricalDate.of(tuple.get(11, LocalDate.class), tuple.get(12, DatePrecision.class));
            AgreementStatus status = AgreementStatus.derive(entryIntoForce, termination,
                    ended.contains(RelationType.SUPERSEDES), ended.contains(RelationType.TERMINATES),
                    tuple.get(13, AgreementStatus.class), today);
            items.add(new AgreementSummary(tuple.get(1, String.class), tuple.get(2, String.class), tuple.get(3, String.class),
                    tuple.get(4, AgreementKind.class), tuple.get(5, AgreementFormat.class),
                    HistoricalDate.of(tuple.get(6, LocalDate.class), tuple.get(7, DatePrecision.class)),
                    tuple.get(8, String.class), status, parties.getOrDefault(id, List.of()), tuple.get(14, Publication.class)));
        }
        return items;
    }

    @Override
    public List<PartyAgreement> partyAgreements(List<String> partyCodes, AgreementFilter filter, PageRequest<AgreementSort> page, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        // The page's rows are chosen first by their ids alone, then read whole: sorting a large party's
        // 23,000 rows with every column they show cost twice as much as sorting their ids.
        CriteriaQuery<Long> chosen = cb.createQuery(Long.class);
        Root<Participation> p = chosen.from(Participation.class);
        Join<Participation, Agreement> a = p.join("agreement");
        List<Order> order = new ArrayList<>(ordering(cb, a, page));
        // An agreement a party and its predecessor both took part in is two rows; their order is fixed too.
        order.add(cb.asc(p.get("id")));
        List<Long> ids = em.createQuery(chosen.select(p.get("id"))
                        .where(partyAgreementConditions(cb, chosen, p, a, p.join("party"), partyCodes, filter, today))
                        .orderBy(order))
                .setFirstResult(page.firstRow())
                .setMaxResults(page.size())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaQuery<Tuple> rows = cb.createTupleQuery();
        Root<Participation> row = rows.from(Participation.class);
        Join<Participation, Agreement> agreement = row.join("agreement");
        Join<Participation, Party> party = row.join("party");
        List<Selection<?>> columns = new ArrayList<>(summaryColumns(agreement));
        columns.addAll(List.of(party.get("code"), party.get("name"), row.get("signedOn"), row.get("consentType"), row.get("consentOn"),
                row.get("inForceOn"), row.get("withdrawnOn"), row.get("reservations"), row.get("id")));
        List<Tuple> tuples = new ArrayList<>(em.createQuery(rows.multiselect(columns).where(row.get("id").in(ids))).getResultList());
        int first = SUMMARY_COLUMNS;
        tuples.sort(Comparator.comparingInt(tuple -> ids.indexOf(tuple.get(first + 8, Long.class))));
        List<AgreementSummary> summaries = summaries(tuples, today);
        List<PartyAgreement> terms = new ArrayList<>(tuples.size());
        for (int i = 0; i < tuples.size(); i++) {
            Tuple tuple = tuples.get(i);
            terms.add(new PartyAgreement(summaries.get(i), new PartyRef(tuple.get(first, String.class), tuple.get(first + 1, String.class)),
                    tuple.get(first + 2, LocalDate.class), tuple.get(first + 3, ConsentType.class), tuple.get(first + 4, LocalDate.class),
                    tuple.get(first + 5, LocalDate.class), tuple.get(first + 6, LocalDate.class), tuple.get(first + 7, String.class)));
        }
        return terms;
    }

    @Override
    public AgreementTally tallyPartyAgreements(List<String> partyCodes, AgreementFilter filter, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> byDates = cb.createTupleQuery();
        Root<Participation> p = byDates.from(Participation.class);
        Join<Participation, Agreement> a = p.join("agreement");
        AgreementTally tally = tallyByDates(cb, byDates, a, partyAgreementConditions(cb, byDates, p, a, p.join("party"), partyCodes, filter, today), today);
        CriteriaQuery<Tuple> ended = cb.createTupleQuery();
        Root<Participation> endedP = ended.from(Participation.class);
        Join<Participation, Agreement> endedA = endedP.join("agreement");
        moveEnded(cb, ended, endedA, partyAgreementConditions(cb, ended, endedP, endedA, endedP.join("party"), partyCodes, filter, today), tally, today);
        return tally;
    }

    @Override
    public AgreementTally tally(AgreementFilter filter, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> byDates = cb.createTupleQuery();
        Root<Agreement> a = byDates.from(Agreement.class);
        AgreementTally tally = tallyByDates(cb, byDates, a, cb.and(conditions(cb, byDates, a, filter, today)), today);
        CriteriaQuery<Tuple> ended = cb.createTupleQuery();
        Root<Agreement> endedA = ended.from(Agreement.class);
        moveEnded(cb, ended, endedA, cb.and(conditions(cb, ended, endedA, filter, today)), tally, today);
        return tally;
    }

    /**
     * The first pass of a tally: one grouped scan counting each row by its dates alone, which is what
     * {@link AgreementStatus#derive} decides for an agreement no relation ends. The status filter's SQL
     * instead asks two correlated subqueries a row; once per status that took seconds over a party of
     * 23,000 agreements. Sums of CASE rather than grouping by them, so that the statement stays valid
     * under MySQL's ONLY_FULL_GROUP_BY.
     */
    private AgreementTally tallyByDates(CriteriaBuilder cb, CriteriaQuery<Tuple> query, From<?, Agreement> a, Predicate where, LocalDate today) {
        Path<LocalDate> terminatedOn = a.get("termination").get("earliest");
        Path<LocalDate> inForceOn = a.get("entryIntoForce").get("earliest");
        Predicate terminated = cb.and(cb.isNotNull(terminatedOn), cb.lessThanOrEqualTo(terminatedOn, today));
        query.multiselect(a.get("kind"), a.get("statedStatus"),
                        cb.sum(cb.<Integer>selectCase().when(terminated, 1).otherwise(0)),
                        cb.sum(cb.<Integer>selectCase().when(terminated, 0).when(cb.lessThanOrEqualTo(inForceOn, today), 1).otherwise(0)),
                        cb.sum(cb.<Integer>selectCase().when(terminated, 0).when(cb.greaterThan(inForceOn, today), 1).otherwise(0)),
                        cb.sum(cb.<Integer>selectCase().when(terminated, 0).when(cb.isNull(inForceOn), 1).otherwise(0)))
                .where(where)
                .groupBy(a.get("kind"), a.get("statedStatus"));
        AgreementTally tally = new AgreementTally();
        for (Tuple row : em.createQuery(query).getResultList()) {
            AgreementKind kind = row.get(0, AgreementKind.class);
            AgreementStatus stated = row.get(1, AgreementStatus.class);
            tally.add(kind, AgreementStatus.TERMINATED, number(row.get(2)))
                    .add(kind, AgreementStatus.IN_FORCE, number(row.get(3)))
                    .add(kind, AgreementStatus.NOT_YET_IN_FORCE, number(row.get(4)))
                    .add(kind, stated != null ? stated : AgreementStatus.UNKNOWN, number(row.get(5)));
        }
        return tally;
    }

    /**
     * The second pass: the few rows a relation ends (superseded, terminated by a later agreement), read one
     * by one and moved from the status their dates gave them to the one {@link AgreementStatus#derive} gives.
     */
    private void moveEnded(CriteriaBuilder cb, CriteriaQuery<Tuple> query, From<?, Agreement> a, Predicate where, AgreementTally tally, LocalDate today) {
        Subquery<Long> endedIds = query.subquery(Long.class);
        Root<AgreementRelation> relation = endedIds.from(AgreementRelation.class);
        endedIds.select(relation.get("target").get("id")).where(relation.get("type").in(RelationType.SUPERSEDES, RelationType.TERMINATES));
        List<Tuple> rows = em.createQuery(query.multiselect(a.get("id"), a.get("kind"), a.get("statedStatus"),
                                a.get("entryIntoForce").get("earliest"), a.get("termination").get("earliest"))
                        .where(where, a.get("id").in(endedIds)))
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, Set<RelationType>> endings = endingRelationsOf(rows.stream().map(row -> row.get(0, Long.class)).distinct().toList());
        for (Tuple row : rows) {
            AgreementStatus stated = row.get(2, AgreementStatus.class);
            HistoricalDate inForce = HistoricalDate.of(row.get(3, LocalDate.class), DatePrecision.DAY);
            HistoricalDate terminated = HistoricalDate.of(row.get(4, LocalDate.class), DatePrecision.DAY);
            Set<RelationType> ended = endings.getOrDefault(row.get(0, Long.class), Set.of());
            tally.move(row.get(1, AgreementKind.class),
                    AgreementStatus.derive(inForce, terminated, false, false, stated, today),
                    AgreementStatus.derive(inForce, terminated, ended.contains(RelationType.SUPERSEDES), ended.contains(RelationType.TERMINATES), stated, today));
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public Map<String, Long> agreementsPerParty(AgreementFilter filter, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> counts = cb.createTupleQuery();
        Root<Participation> p = counts.from(Participation.class);
        Join<Participation, Agreement> a = p.join("agreement");
        Join<Participation, Party> party = p.join("party");
        counts.multiselect(party.get("code"), cb.count(p)).where(conditions(cb, counts, a, filter, today)).groupBy(party.get("code"));
        Map<String, Long> perParty = new HashMap<>();
        em.createQuery(counts).getResultList().forEach(row -> perParty.put(row.get(0, String.class), row.get(1, Long.class)));
        return perParty;
    }

    @Override
    public List<RelationGraph.Edge> relationsTouching(Collection<String> references) {
        // One query per direction, each from the agreements' reference index to the relations' own: with
        // "source in … or target in …" MariaDB read every relation joined to both agreements (0.6 s a record
        // page at 250,000 agreements).
        Set<RelationGraph.Edge> edges = new LinkedHashSet<>();
        for (String side : List.of("source", "target")) {
            em.createQuery("select s.reference, t.reference, r.type from AgreementRelation r join r.source s join r.target t "
                            + "where " + (side.equals("source") ? "s" : "t") + ".reference in :references", Object[].class)
                    .setParameter("references", references)
                    .getResultList()
                    .forEach(row -> edges.add(new RelationGraph.Edge((String) row[0], (String) row[1], (RelationType) row[2])));
        }
        return List.copyOf(edges);
    }

    @Override
    public List<AgreementSummary> summaries(Collection<String> references, AgreementFilter access, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> rows = cb.createTupleQuery();
        Root<Agreement> a = rows.from(Agreement.class);
        List<Predicate> where = new ArrayList<>(List.of(conditions(cb, rows, a, access, today)));
        where.add(a.get("reference").in(references));
        rows.multiselect(summaryColumns(a)).where(where.toArray(Predicate[]::new));
        return summaries(em.createQuery(rows).getResultList(), today);
    }

    @Override
    public List<Object[]> countByYearAndKind(AgreementFilter access, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> counts = cb.createQuery(Object[].class);
        Root<Agreement> a = counts.from(Agreement.class);
        Expression<Integer> year = cb.function("year", Integer.class, a.get("signed").get("earliest"));
        counts.multiselect(year, a.get("kind"), cb.count(a)).where(conditions(cb, counts, a, access, today)).groupBy(year, a.get("kind"));
        return em.createQuery(counts).getResultList();
    }

    @Override
    public Map<AgreementFormat, Long> countByFormat(AgreementFilter access, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> counts = cb.createTupleQuery();
        Root<Agreement> a = counts.from(Agreement.class);
        counts.multiselect(a.get("format"), cb.count(a)).where(conditions(cb, counts, a, access, today)).groupBy(a.get("format"));
        Map<AgreementFormat, Long> byFormat = new EnumMap<>(AgreementFormat.class);
        em.createQuery(counts).getResultList().forEach(row -> byFormat.put(row.get(0, AgreementFormat.class), row.get(1, Long.class)));
        return byFormat;
    }

    private Predicate partyAgreementConditions(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Participation> p, From<?, Agreement> a,
                                           From<?, Party> party, List<String> partyCodes, AgreementFilter filter, LocalDate today) {
        List<Predicate> predicates = new ArrayList<>(List.of(conditions(cb, query, a, filter, today)));
        predicates.add(party.get("code").in(partyCodes));
        if (filter.partyCode() != null) {
            // The other party of a bilateral view is another participation of the same agreement, not this one.
            predicates.add(cb.notEqual(party.get("code"), filter.partyCode().toUpperCase()));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    private Predicate[] conditions(CriteriaBuilder cb, CriteriaQuery<?> query, From<?, Agreement> a, AgreementFilter filter, LocalDate today) {
        List<Predicate> predicates = new ArrayList<>();
        List<Classification> visible = EnumSet.allOf(Classification.class).stream().filter(filter.clearance()::covers).toList();
        predicates.add(a.get("classification").in(visible));
        if (!filter.unpublished()) {
            predicates.add(cb.equal(a.get("publication"), Publication.PUBLISHED));
        }
        if (filter.text() != null) {
            String pattern = "%" + escapeLike(filter.text().toLowerCase()) + "%";
            predicates.add(cb.or(
                    cb.equal(a.get("reference"), filter.text().toUpperCase()),
                    cb.like(cb.lower(a.get("officialTitle")), pattern, '\\'),
                    cb.like(cb.lower(a.get("shortTitle")), pattern, '\\')));
        }
        if (filter.partyCode() != null) {
            Subquery<Integer> party = query.subquery(Integer.class);
            Root<Participation> participation = party.from(Participation.class);
            party.select(cb.literal(1)).where(
                    cb.equal(participation.get("agreement"), a),
                    cb.equal(participation.get("party").get("code"), filter.partyCode().toUpperCase()));
            predicates.add(cb.exists(party));
        }
        if (filter.kind() != null) {
            predicates.add(cb.equal(a.get("kind"), filter.kind()));
        }
        Path<LocalDate> signedOn = a.get("signed").get("earliest");
        if (filter.signedFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(signedOn, filter.signedFrom()));
        }
        if (filter.signedTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(signedOn, filter.signedTo()));
        }
        if (filter.status() != null) {
            predicates.add(status(cb, query, a, filter.status(), today));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** {@link AgreementStatus#derive} expressed in SQL, so that the filter and the shown status agree. */
    private Predicate status(CriteriaBuilder cb, CriteriaQuery<?> query, From<?, Agreement> a, AgreementStatus status, LocalDate today) {
        Predicate superseded = cb.exists(endedBy(cb, query, a, RelationType.SUPERSEDES));
        Predicate terminatedByRelation = cb.exists(endedBy(cb, query, a, RelationType.TERMINATES));
        Path<LocalDate> terminatedOn = a.get("termination").get("earliest");
        Path<LocalDate> inForceOn = a.get("entryIntoForce").get("earliest");
        Path<AgreementStatus> stated = a.get("statedStatus");
        // Spelled out with IS NOT NULL: NOT (NULL <= today) would be unknown and drop the row.
        Predicate ended = cb.or(terminatedByRelation, cb.and(cb.isNotNull(terminatedOn), cb.lessThanOrEqualTo(terminatedOn, today)));
        Predicate undated = cb.isNull(inForceOn);
        Predicate live = cb.and(cb.not(superseded), cb.not(ended));
        return switch (status) {
            case SUPERSEDED -> cb.or(superseded, cb.and(cb.not(ended), undated, cb.equal(stated, status)));
            case TERMINATED -> cb.and(cb.not(superseded), cb.or(ended, cb.and(undated, cb.equal(stated, status))));
            case IN_FORCE -> cb.and(live, cb.or(cb.lessThanOrEqualTo(inForceOn, today), cb.and(undated, cb.equal(stated, status))));
            case NOT_YET_IN_FORCE -> cb.and(live, cb.or(cb.greaterThan(inForceOn, today), cb.and(undated, cb.equal(stated, status))));
            case UNKNOWN -> cb.and(live, undated, cb.isNull(stated));
        };
    }

    private static Subquery<Integer> endedBy(CriteriaBuilder cb, CriteriaQuery<?> query, From<?, Agreement> a, RelationType type) {
        Subquery<Integer> subquery = query.subquery(Integer.class);
        Root<AgreementRelation> relation = subquery.from(AgreementRelation.class);
        subquery.select(cb.literal(1)).where(cb.equal(relation.get("target"), a), cb.equal(relation.get("type"), type));
        return subquery;
    }

    private static List<Order> ordering(CriteriaBuilder cb, From<?, Agreement> a, PageRequest<AgreementSort> page) {
        AgreementSort sort = page.sort() == null ? AgreementSort.SIGNED : page.sort();
        Path<?> primary = switch (sort) {
            case REFERENCE -> a.get("reference");
            case TITLE -> a.get("officialTitle");
            case KIND -> a.get("kind");
            case SIGNED -> a.get("signed").get("earliest");
            case PLACE -> a.get("placeOfSignature");
        };
        // The id breaks ties so that paging is stable when many rows share a date or kind.
        return page.ascending()
                ? List.of(cb.asc(primary), cb.asc(a.get("id")))
                : List.of(cb.desc(primary), cb.desc(a.get("id")));
    }

    private Map<Long, List<PartyRef>> partiesOf(List<Long> ids) {
        Map<Long, List<PartyRef>> parties = new HashMap<>();
        em.createQuery("select p.agreement.id, pa.code, pa.name from Participation p join p.party pa "
                        + "where p.agreement.id in :ids order by pa.name", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> parties.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new PartyRef((String) row[1], (String) row[2])));
        return parties;
    }

    private Map<Long, Set<RelationType>> endingRelationsOf(List<Long> ids) {
        Map<Long, Set<RelationType>> endings = new HashMap<>();
        em.createQuery("select r.target.id, r.type from AgreementRelation r where r.target.id in :ids and r.type in :types", Object[].class)
                .setParameter("ids", ids)
                .setParameter("types", EnumSet.of(RelationType.SUPERSEDES, RelationType.TERMINATES))
                .getResultList()
                .forEach(row -> endings.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(RelationType.class)).add((RelationType) row[1]));
        return endings;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Inject
    private ReferenceCounterRows counterRows;

    @Override
    public List<String> referencesAfter(String after, int max) {
        return em.createQuery("select a.reference from Agreement a where a.reference > :after order by a.reference", String.class)
                .setParameter("after", after).setMaxResults(max).getResultList();
    }

    @Override
    public void keepReferencesPast(String reference) {
        // AGR-2018-0008: the year and the number of a reference the domain already checked against its pattern.
        int year = Integer.parseInt(reference.substring(4, 8));
        int number = Integer.parseInt(reference.substring(9));
        // Issuing a number takes the year's row under lock (creating it if need be); the count then moves past the restored ones.
        nextReference(year);
        em.find(ReferenceCounter.class, year).atLeast(number);
    }

    @Override
    public String nextReference(int year) {
        ReferenceCounter counter = em.find(ReferenceCounter.class, year);
        if (counter == null) {
            try {
                synchronized (ReferenceCounterRows.class) {
                    counterRows.createIfAbsent(year);
                }
            } catch (PersistenceException | TransactionalException createdInParallel) {
                // Another creation inserted the row first: that is all this was for.
            }
            counter = em.find(ReferenceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        } else if (em.getLockMode(counter) != LockModeType.PESSIMISTIC_WRITE) {
            // Read again under the lock, so that the count is the latest committed one. A counter
            // this transaction already holds is not refreshed: that would drop its own increments.
            em.refresh(counter, LockModeType.PESSIMISTIC_WRITE);
        }
        // The row is locked from here to the commit, which writes the count: flushing at each year's first
        // number made an import's chunk dirty-check every record it held some thirty times (60% of its time).
        return reference(year, counter.next());
    }

    /** {@code AGR-2018-0007}, zero-padded without {@code String.format}, whose parsing of the pattern was felt in an import. */
    static String reference(int year, long number) {
        StringBuilder reference = new StringBuilder(16).append("AGR-");
        padded(reference, year);
        reference.append('-');
        padded(reference, number);
        return reference.toString();
    }

    private static void padded(StringBuilder into, long value) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < 4; i++) {
            into.append('0');
        }
        into.append(digits);
    }

    @Override
    public void add(Agreement agreement) {
        em.persist(agreement);
    }

    @Override
    public void update(Agreement agreement) {
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw new EditConflictException(Phrase.of("record.agreement", agreement.getReference()), null, null);
        }
    }

    @Override
    public void remove(Agreement agreement) {
        em.remove(agreement);
        em.flush();
    }

    @Override
    public Map<Long, Long> versions() {
        Map<Long, Long> versions = new HashMap<>();
        em.createQuery("select a.id, a.version from Agreement a", Object[].class)
                .getResultStream().forEach(row -> versions.put((Long) row[0], ((Number) row[1]).longValue()));
        return versions;
    }

    @Override
    public long countAll() {
        return em.createQuery("select count(a) from Agreement a", Long.class).getSingleResult();
    }
}
