package org.treatyarchive.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementSearch;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.persistence.config.OwnSession;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.DatePrecision;
import org.treatyarchive.shared.HistoricalDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Full-text search over the Lucene index (or Elasticsearch, by configuration): one query for the
 * page of hits, their highlighted passages and the facet counts; the database is not read.
 */
@ApplicationScoped
public class LuceneAgreementSearch implements AgreementSearch {

    private static final AggregationKey<Map<AgreementKind, Long>> KIND = AggregationKey.of("kind");
    private static final AggregationKey<Map<String, Long>> PARTY = AggregationKey.of("party");
    private static final AggregationKey<Map<String, Long>> SUBJECT = AggregationKey.of("subject");
    private static final AggregationKey<Map<Integer, Long>> DECADE = AggregationKey.of("decade");
    private static final AggregationKey<Map<String, Long>> EVENT = AggregationKey.of("event");
    private static final int FACET_VALUES = 50;
    private static final int REINDEX_BATCH = 200;

    @Inject
    OwnSession session;

    @Override
    public org.treatyarchive.agreement.SearchResult search(SearchQuery query, Classification clearance, boolean unpublished,
                                                           int firstRow, int size) {
        SearchResult<List<?>> found = searchSession().search(Agreement.class)
                .select(f -> f.composite(
                        f.field("reference", String.class),
                        f.field("officialTitle", String.class),
                        f.field("shortTitle_raw", String.class),
                        f.field("kind", AgreementKind.class),
                        f.field("signed.earliest", LocalDate.class),
                        f.field("signed.precision", DatePrecision.class),
                        f.highlight("title"),
                        f.highlight("titles.text"),
                        f.highlight("summary"),
                        f.highlight("articles.text")))
                .where((f, root) -> {
                    root.add(f.terms().field("classification").matchingAny(visible(clearance)));
                    if (!unpublished) {
                        root.add(f.match().field("publication").matching(Publication.PUBLISHED));
                    }
                    if (query.text() != null) {
                        root.add(text(f, query.text()));
                    }
                    if (query.kind() != null) {
                        root.add(f.match().field("kind").matching(query.kind()));
                    }
                    if (query.partyCode() != null) {
                        root.add(f.match().field("participations.party.code").matching(query.partyCode()));
                    }
                    if (query.subject() != null) {
                        root.add(f.match().field("subjects.name").matching(query.subject()));
                    }
                    if (query.decade() != null) {
                        root.add(f.match().field("signedDecade").matching(query.decade()));
                    }
                    if (query.event() != null) {
                        root.add(f.match().field("event.name").matching(query.event()));
                    }
                })
                .sort(f -> query.text() == null ? f.field("signed.earliest").desc() : f.score().then().field("signed.earliest").desc())
                .highlighter(f -> f.unified().tag("<em>", "</em>").numberOfFragments(2))
                .aggregation(KIND, f -> f.terms().field("kind", AgreementKind.class).maxTermCount(FACET_VALUES))
                .aggregation(PARTY, f -> f.terms().field("participations.party.code", String.class).maxTermCount(FACET_VALUES))
                .aggregation(SUBJECT, f -> f.terms().field("subjects.name", String.class).maxTermCount(FACET_VALUES))
                .aggregation(DECADE, f -> f.terms().field("signedDecade", Integer.class).maxTermCount(FACET_VALUES))
                .aggregation(EVENT, f -> f.terms().field("event.name", String.class).maxTermCount(FACET_VALUES))
                .fetch(firstRow, size);

        List<org.treatyarchive.agreement.SearchResult.Hit> hits = new ArrayList<>();
        for (List<?> row : found.hits()) {
            String shortTitle = (String) row.get(2);
            HistoricalDate signed = HistoricalDate.of((LocalDate) row.get(4), (DatePrecision) row.get(5));
            List<String> highlights = new ArrayList<>();
            for (int i = 6; i < row.size(); i++) {
                ((List<?>) row.get(i)).forEach(passage -> highlights.add((String) passage));
            }
            hits.add(new org.treatyarchive.agreement.SearchResult.Hit((String) row.get(0),
                    shortTitle != null ? shortTitle : (String) row.get(1), (AgreementKind) row.get(3),
                    signed == null ? null : signed.display(), highlights));
        }
        Map<String, List<org.treatyarchive.agreement.SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        facets.put("kind", facet(found.aggregation(KIND), Enum::name));
        facets.put("party", facet(found.aggregation(PARTY), Function.identity()));
        facets.put("subject", facet(found.aggregation(SUBJECT), Function.identity()));
        facets.put("decade", facet(found.aggregation(DECADE), String::valueOf));
        facets.put("event", facet(found.aggregation(EVENT), Function.identity()));
        return new org.treatyarchive.agreement.SearchResult(found.total().hitCount(), hits, facets);
    }

    /**
     * Words anywhere: titles weigh most, then titles in other languages and party and event names,
     * then summaries, articles and notes. Each field is analysed with its own analyzer, so a Russian
     * word is stemmed as Russian in the Russian title field and an English one as English elsewhere.
     */
    private static org.hibernate.search.engine.search.predicate.SearchPredicate text(SearchPredicateFactory f, String text) {
        BooleanPredicateClausesStep<?> any = f.bool();
        ArchiveSearchMapping.TITLE_FIELDS.forEach(field -> any.should(f.match().field(field).matching(text).boost(4f)));
        ArchiveSearchMapping.TRANSLATED_TITLE_FIELDS.forEach(field -> any.should(f.match().field(field).matching(text).boost(3f)));
        ArchiveSearchMapping.NAME_FIELDS.forEach(field -> any.should(f.match().field(field).matching(text).boost(2f)));
        ArchiveSearchMapping.BODY_FIELDS.forEach(field -> any.should(f.match().field(field).matching(text)));
        return any.toPredicate();
    }

    private static <K> List<org.treatyarchive.agreement.SearchResult.FacetValue> facet(Map<K, Long> counts, Function<K, String> name) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getValue() > 0)
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(entry -> name.apply(entry.getKey())))
                .map(entry -> new org.treatyarchive.agreement.SearchResult.FacetValue(name.apply(entry.getKey()), entry.getValue()))
                .toList();
    }

    @Override
    public long indexedCount() {
        return searchSession().search(Agreement.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /**
     * Rebuilds the index in this transaction, a batch at a time, clearing the session between
     * batches so that memory stays flat whatever the size of the archive.
     */
    @Override
    public void reindex() {
        SearchSession search = searchSession();
        search.workspace(Agreement.class).purge();
        Session hibernate = session.get();
        List<Long> ids = hibernate.createQuery("select a.id from Agreement a order by a.id", Long.class).getResultList();
        for (int from = 0; from < ids.size(); from += REINDEX_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + REINDEX_BATCH));
            hibernate.createQuery("select a from Agreement a where a.id in :ids", Agreement.class)
                    .setParameter("ids", batch).getResultList()
                    .forEach(agreement -> search.indexingPlan().addOrUpdate(agreement));
            search.indexingPlan().execute();
            hibernate.clear();
        }
        search.workspace(Agreement.class).refresh();
    }

    private SearchSession searchSession() {
        return Search.session(Objects.requireNonNull(session.get()));
    }

    private static List<Classification> visible(Classification clearance) {
        return EnumSet.allOf(Classification.class).stream().filter(clearance::covers).toList();
    }
}
