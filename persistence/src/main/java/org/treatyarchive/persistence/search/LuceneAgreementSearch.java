package org.treatyarchive.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.CompositeProjectionValueStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.CompositeSortComponentsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementSearch;
import org.treatyarchive.agreement.AgreementSearch.NewlyPublished;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.PartyRef;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.agreement.RelationType;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.agreement.SearchResult.DocumentMatch;
import org.treatyarchive.agreement.SearchResult.FacetValue;
import org.treatyarchive.agreement.SearchResult.Hit;
import org.treatyarchive.document.DocumentPage;
import org.treatyarchive.persistence.config.OwnSession;
import org.treatyarchive.persistence.config.SchemaMigration;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.DatePrecision;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.Measurements;
import org.treatyarchive.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Full-text search over the Lucene index (or Elasticsearch, by configuration): one query for the
 * page of hits, their highlighted passages and the facet counts, plus one count per status (the
 * status depends on the day, so it is computed from indexed dates rather than stored). The rows
 * are projected from the index; the database is read only for the names of the parties in the
 * party facet. Words are also looked for in the documents' pages (their own index): first which
 * files match, then the records holding them, then, for the records on the page only, the best page
 * of each of their matching documents with its passage.
 */
@ApplicationScoped
public class LuceneAgreementSearch implements AgreementSearch {

    private static final AggregationKey<Map<AgreementKind, Long>> KIND = AggregationKey.of("kind");
    private static final AggregationKey<Map<String, Long>> PARTY = AggregationKey.of("party");
    private static final AggregationKey<Map<String, Long>> SUBJECT = AggregationKey.of("subject");
    private static final AggregationKey<Map<Integer, Long>> DECADE = AggregationKey.of("decade");
    private static final AggregationKey<Map<String, Long>> EVENT = AggregationKey.of("event");
    private static final int FACET_VALUES = 50;
    private static final AggregationKey<Map<String, Long>> FILES = AggregationKey.of("files");
    private static final int REINDEX_BATCH = 200;
    /**
     * The most files a search follows from the pages to their records. A word found in more files
     * than this finds the records holding the files with the most matching pages; no real query of
     * a treaty archive comes near it, and the bound keeps one query from costing the whole index.
     */
    static final int MATCHING_FILES_MAX = 10_000;
    /** Pages looked at to choose the best page of each matching document of the records shown. */
    private static final int PAGES_TO_RANK = 2_000;
    private static final int DOCUMENT_MATCHES_PER_HIT = 3;
    private static final int PAGE_BATCH = 50;
    private static final int PASSAGE = 200;

    private static final long OUTBOX_EMPTY_BELIEVED = 1_000_000_000L;
    private volatile long outboxSeenEmpty = System.nanoTime() - OUTBOX_EMPTY_BELIEVED;

    @Inject
    OwnSession session;

    @Inject
    Measurements measurements;

    @Override
    public org.treatyarchive.agreement.SearchResult search(SearchQuery query, Classification clearance, boolean unpublished,
                                                           LocalDate today, PageRequest<AgreementSort> page,
                                                           boolean withFacets) {
        long started = System.nanoTime();
        try {
            return find(query, clearance, unpublished, today, page, withFacets);
        } finally {
            // A list (no facets) and a search with its facets cost differently: two series, not one average.
            measurements.time("archive_search_seconds", withFacets ? WITH_FACETS : WITHOUT_FACETS, System.nanoTime() - started);
        }
    }

    private static final Map<String, String> WITH_FACETS = Map.of("facets", "true");
    private static final Map<String, String> WITHOUT_FACETS = Map.of("facets", "false");

    private org.treatyarchive.agreement.SearchResult find(SearchQuery query, Classification clearance, boolean unpublished,
                                                          LocalDate today, PageRequest<AgreementSort> page, boolean withFacets) {
        SearchSession search = searchSession();
        SearchPredicateFactory f = search.scope(Agreement.class).predicate();
        Set<String> files = filesMatching(search, query.text());
        SearchPredicate where = narrowed(f, query, clearance, unpublished, today, files);
        var request = search.search(Agreement.class)
                .select(p -> p.composite(
                        summaryFields(p),
                        // The plain list shows no passages: it finds by the documents' words, it does not say where.
                        files.isEmpty() || !withFacets ? p.constant(List.of()) : p.field(DocumentKeysBinder.FIELD, String.class).multi(),
                        // Without words there is nothing to highlight, and reading the stored texts would cost.
                        query.text() == null ? p.constant(List.of()) : p.highlight("title"),
                        query.text() == null ? p.constant(List.of()) : p.highlight("titles.text"),
                        query.text() == null ? p.constant(List.of()) : p.highlight("summary"),
                        query.text() == null ? p.constant(List.of()) : p.highlight("articles.text")))
                .where(where)
                .sort(s -> order(s, query, page))
                .highlighter(h -> h.unified().encoder(HighlighterEncoder.HTML).tag("<em>", "</em>").numberOfFragments(2));
        if (!withFacets) {
            // The list asks its count separately; not counting every match lets Lucene skip the
            // documents that cannot reach the page in the sort order.
            request = request.totalHitCountThreshold(page.firstRow() + page.size());
        } else {
            request = request.aggregation(KIND, a -> a.terms().field("kind", AgreementKind.class).maxTermCount(FACET_VALUES))
                .aggregation(PARTY, a -> a.terms().field("participations.party.code", String.class).maxTermCount(FACET_VALUES))
                .aggregation(SUBJECT, a -> a.terms().field("subjects.name", String.class).maxTermCount(FACET_VALUES))
                .aggregation(DECADE, a -> a.terms().field("signedDecade", Integer.class).maxTermCount(FACET_VALUES))
                .aggregation(EVENT, a -> a.terms().field("event.name", String.class).maxTermCount(FACET_VALUES));
        }
        SearchResult<List<?>> found = request.fetch(page.firstRow(), page.size());

        Map<Integer, List<DocumentMatch>> inDocuments = withFacets ? documentMatches(search, found.hits(), query.text(), files, clearance)
                : Map.of();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < found.hits().size(); i++) {
            hits.add(hit(found.hits().get(i), today, inDocuments.getOrDefault(i, List.of())));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        if (!withFacets) {
            // Not counted to the end (see above): the total is a lower bound; the list asks count().
            return new org.treatyarchive.agreement.SearchResult(found.total().hitCountLowerBound(), hits, facets);
        }
        facets.put("kind", facet(found.aggregation(KIND), Enum::name, AgreementKind::getLabel));
        facets.put("status", statusFacet(search, f, where, found.total().hitCount(), today));
        Map<String, String> partyNames = partyNames(found.aggregation(PARTY).keySet());
        facets.put("party", facet(found.aggregation(PARTY), Function.identity(), code -> partyNames.getOrDefault(code, code)));
        facets.put("subject", facet(found.aggregation(SUBJECT), Function.identity(), Function.identity()));
        facets.put("decade", facet(found.aggregation(DECADE), String::valueOf, decade -> decade + "s"));
        facets.put("event", facet(found.aggregation(EVENT), Function.identity(), Function.identity()));
        return new org.treatyarchive.agreement.SearchResult(found.total().hitCount(), hits, facets);
    }

    /**
     * The order asked, or relevance; ties go to the newest, then to the latest reference, so that
     * paging is stable.
     */
    private static SortFinalStep order(SearchSortFactory s, SearchQuery query, PageRequest<AgreementSort> page) {
        SortOrder direction = page.ascending() ? SortOrder.ASC : SortOrder.DESC;
        CompositeSortComponentsStep<?> sort = s.composite();
        if (page.sort() != null) {
            String field = switch (page.sort()) {
                case REFERENCE -> "reference";
                case TITLE -> "officialTitle";
                case KIND -> "kind";
                case SIGNED -> "signed.earliest";
                case PLACE -> "place";
            };
            sort.add(s.field(field).order(direction).missing().last());
        } else if (query.text() != null) {
            sort.add(s.score());
        }
        return sort.add(s.field("signed.earliest").desc()).add(s.field("reference").desc());
    }

    /** The fields an {@link AgreementSummary} is made of, in the order {@link #summary} reads them: one composite, projected from the index. */
    private static CompositeProjectionValueStep<?, List<?>> summaryFields(SearchProjectionFactory<?, ?> p) {
        return p.composite(
                p.field("reference", String.class),
                p.field("officialTitle", String.class),
                p.field("shortTitle_raw", String.class),
                p.field("kind", AgreementKind.class),
                p.field("format", AgreementFormat.class),
                p.field("signed.earliest", LocalDate.class),
                p.field("signed.precision", DatePrecision.class),
                p.field("place", String.class),
                p.field("entryIntoForce.earliest", LocalDate.class),
                p.field("termination.earliest", LocalDate.class),
                p.field("endedBy", RelationType.class),
                p.field("statedStatus", AgreementStatus.class),
                p.field("publication", Publication.class),
                p.field("participations.party.code", String.class).multi(),
                p.field("participations.party.name", String.class).multi());
    }

    @Override
    public void forEach(SearchQuery query, Classification clearance, boolean unpublished, LocalDate today, AgreementSort sort,
                        boolean ascending, Consumer<AgreementSummary> each) {
        SearchSession search = searchSession();
        SearchPredicate where = narrowed(search.scope(Agreement.class).predicate(), query, clearance, unpublished, today,
                filesMatching(search, query.text()));
        try (SearchScroll<List<?>> scroll = search.search(Agreement.class)
                .select(p -> summaryFields(p))
                .where(where)
                .sort(s -> order(s, query, new PageRequest<>(0, 1, sort, ascending)))
                .scroll(REINDEX_BATCH * 5)) {
            for (SearchScrollResult<List<?>> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                chunk.hits().forEach(row -> each.accept(summary(row, today)));
            }
        }
    }

    @Override
    public List<NewlyPublished> newlyPublished(SearchQuery query, Classification clearance, LocalDate today, int limit) {
        SearchSession search = searchSession();
        SearchPredicate where = narrowed(search.scope(Agreement.class).predicate(), query, clearance, false, today,
                filesMatching(search, query.text()));
        return search.search(Agreement.class)
                .select(p -> p.composite(summaryFields(p), p.field("firstPublishedAt", Instant.class)))
                .where(f -> f.bool().filter(where).filter(f.exists().field("firstPublishedAt")))
                .sort(s -> s.field("firstPublishedAt").desc().then().field("reference").desc())
                .fetchHits(limit).stream()
                .map(row -> new NewlyPublished(summary((List<?>) row.get(0), today), (Instant) row.get(1)))
                .toList();
    }

    /** The files some page of which has every word, for the records that hold them; none without words. */
    private static Set<String> filesMatching(SearchSession search, String text) {
        if (text == null) {
            return Set.of();
        }
        return search.search(DocumentPage.class)
                .where(pageText(search.scope(DocumentPage.class).predicate(), text))
                .aggregation(FILES, a -> a.terms().field("sha256", String.class).maxTermCount(MATCHING_FILES_MAX))
                .fetch(0).aggregation(FILES).keySet();
    }

    private static SearchPredicate pageText(SearchPredicateFactory f, String text) {
        var fields = f.simpleQueryString().field(ArchiveSearchMapping.PAGE_FIELDS.get(0));
        for (String field : ArchiveSearchMapping.PAGE_FIELDS.subList(1, ArchiveSearchMapping.PAGE_FIELDS.size())) {
            fields = fields.field(field);
        }
        return fields.matching(text).defaultOperator(BooleanOperator.AND).toPredicate();
    }

    /**
     * For each hit (by its position) the documents it holds whose text matched, each with its best
     * page: one query ranks the pages of the shown records' matching files, a second highlights the
     * pages shown (a few per hit), whatever the number of files that matched.
     */
    private static Map<Integer, List<DocumentMatch>> documentMatches(SearchSession search, List<List<?>> rows, String text,
                                                                     Set<String> files, Classification clearance) {
        if (files.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<String[]>> held = new HashMap<>();
        Set<String> wanted = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Object line : (List<?>) rows.get(i).get(1)) {
                String[] document = DocumentKeysBinder.parse((String) line);
                if (files.contains(document[1]) && clearance.covers(Classification.valueOf(document[2]))) {
                    held.computeIfAbsent(i, row -> new ArrayList<>()).add(document);
                    wanted.add(document[1]);
                }
            }
        }
        if (wanted.isEmpty()) {
            return Map.of();
        }
        // Best first: the first page met of a file is its best, and a file met earlier ranks higher.
        Map<String, List<?>> best = new LinkedHashMap<>();
        search.search(DocumentPage.class)
                .select(p -> p.composite(p.id(Long.class), p.field("sha256", String.class), p.field("page", Integer.class)))
                .where(f -> f.bool().filter(f.terms().field("sha256").matchingAny(wanted)).must(pageText(f, text)))
                .fetchHits(PAGES_TO_RANK)
                .forEach(page -> best.putIfAbsent((String) page.get(1), page));
        Map<String, Integer> rank = new HashMap<>();
        best.keySet().forEach(file -> rank.put(file, rank.size()));
        Map<Integer, List<String[]>> shown = new HashMap<>();
        held.forEach((row, documents) -> shown.put(row, documents.stream().filter(document -> best.containsKey(document[1]))
                .sorted(Comparator.comparingInt(document -> rank.get(document[1])))
                .limit(DOCUMENT_MATCHES_PER_HIT).toList()));
        List<Long> chosen = shown.values().stream().flatMap(List::stream).map(document -> (Long) best.get(document[1]).get(0))
                .distinct().toList();
        Map<Long, String> passages = passages(search, chosen, text);
        Map<Integer, List<DocumentMatch>> matches = new HashMap<>();
        shown.forEach((row, documents) -> matches.put(row, documents.stream().map(document -> {
            List<?> page = best.get(document[1]);
            return new DocumentMatch(Long.parseLong(document[0]), document[3], (Integer) page.get(2),
                    passages.getOrDefault((Long) page.get(0), ""));
        }).toList()));
        return matches;
    }

    /**
     * The marked passage of each page; where the words matched only in a stemmed form the general
     * field does not mark (a Russian ending), the page's opening instead, escaped the same way.
     */
    private static Map<Long, String> passages(SearchSession search, List<Long> pages, String text) {
        Map<Long, String> passages = new HashMap<>();
        if (pages.isEmpty()) {
            return passages;
        }
        search.search(DocumentPage.class)
                .select(p -> p.composite(p.id(Long.class), p.highlight("text"), p.field("text", String.class)))
                .where(f -> f.bool().filter(f.id().matchingAny(pages)).must(pageText(f, text)))
                .highlighter(h -> h.unified().encoder(HighlighterEncoder.HTML).tag("<em>", "</em>").numberOfFragments(1))
                .fetchHits(pages.size())
                .forEach(page -> passages.put((Long) page.get(0), ((List<?>) page.get(1)).stream().map(String.class::cast).findFirst()
                        .orElseGet(() -> opening((String) page.get(2)))));
        return passages;
    }

    private static String opening(String text) {
        String start = text == null ? "" : text.strip();
        start = start.length() > PASSAGE ? start.substring(0, PASSAGE) + "\u2026" : start;
        return start.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
    }

    private static Hit hit(List<?> row, LocalDate today, List<DocumentMatch> inDocuments) {
        List<String> highlights = new ArrayList<>();
        for (int i = 2; i < row.size(); i++) {
            ((List<?>) row.get(i)).forEach(passage -> highlights.add((String) passage));
        }
        return new Hit(summary((List<?>) row.get(0), today), highlights, inDocuments);
    }

    private static AgreementSummary summary(List<?> row, LocalDate today) {
        HistoricalDate signed = HistoricalDate.of((LocalDate) row.get(5), (DatePrecision) row.get(6));
        LocalDate inForce = (LocalDate) row.get(8);
        LocalDate terminated = (LocalDate) row.get(9);
        RelationType endedBy = (RelationType) row.get(10);
        // Only the earliest day takes part in the rule; the precision does not change the status.
        AgreementStatus status = AgreementStatus.derive(inForce == null ? null : HistoricalDate.ofDay(inForce),
                terminated == null ? null : HistoricalDate.ofDay(terminated), endedBy == RelationType.SUPERSEDES,
                endedBy == RelationType.TERMINATES, (AgreementStatus) row.get(11), today);
        List<?> codes = (List<?>) row.get(13);
        List<?> names = (List<?>) row.get(14);
        List<PartyRef> parties = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            parties.add(new PartyRef((String) codes.get(i), i < names.size() ? (String) names.get(i) : (String) codes.get(i)));
        }
        parties.sort(Comparator.comparing(PartyRef::name));
        return new AgreementSummary((String) row.get(0), (String) row.get(1), (String) row.get(2),
                (AgreementKind) row.get(3), (AgreementFormat) row.get(4), signed, (String) row.get(7), status, parties,
                (Publication) row.get(12));
    }

    /** Everything the query asks and the caller's access allows. */
    private static SearchPredicate narrowed(SearchPredicateFactory f, SearchQuery query, Classification clearance,
                                            boolean unpublished, LocalDate today, Set<String> files) {
        BooleanPredicateClausesStep<?> all = f.bool();
        all.filter(access(f, clearance, unpublished));
        if (query.text() != null) {
            all.must(files.isEmpty() ? text(f, query.text()) : f.bool()
                    .should(text(f, query.text()))
                    .should(inDocuments(f, files, clearance))
                    .toPredicate());
        }
        if (query.kind() != null) {
            all.filter(f.match().field("kind").matching(query.kind()));
        }
        if (query.partyCode() != null) {
            all.filter(f.match().field("participations.party.code").matching(query.partyCode()));
        }
        if (query.subject() != null) {
            all.filter(f.match().field("subjects.name").matching(query.subject()));
        }
        if (query.decade() != null) {
            all.filter(f.match().field("signedDecade").matching(query.decade()));
        }
        if (query.event() != null) {
            all.filter(f.match().field("event.name").matching(query.event()));
        }
        if (query.signedFrom() != null || query.signedTo() != null) {
            all.filter(f.range().field("signed.earliest").between(query.signedFrom(), query.signedTo()));
        }
        if (query.status() != null) {
            all.filter(status(f, query.status(), today));
        }
        return all.toPredicate();
    }

    /**
     * Holds one of the files as a document the caller may see: file and classification of the same
     * document, which the nested structure keeps together.
     */
    private static SearchPredicate inDocuments(SearchPredicateFactory f, Set<String> files, Classification clearance) {
        return f.nested("documents")
                .add(f.terms().field("documents.sha256").matchingAny(files))
                .add(f.terms().field("documents.classification").matchingAny(visible(clearance)))
                .toPredicate();
    }

    /** What the caller may see: within their clearance, and published unless they are staff. */
    private static SearchPredicate access(SearchPredicateFactory f, Classification clearance, boolean unpublished) {
        SearchPredicate cleared = f.terms().field("classification").matchingAny(visible(clearance)).toPredicate();
        return unpublished ? cleared
                : f.bool().filter(cleared).filter(f.match().field("publication").matching(Publication.PUBLISHED)).toPredicate();
    }

    /**
     * Every word somewhere, each field analysed with its own analyzer (a Russian word is stemmed as
     * Russian in the Russian title field, an English one as English elsewhere); titles weigh most,
     * then titles in other languages and party and summit names, then summaries, articles and notes.
     * Quotes ask for a phrase, a trailing {@code *} for a prefix, {@code -} excludes a word. An archive
     * reference finds its record first.
     */
    private static SearchPredicate text(SearchPredicateFactory f, String text) {
        var fields = f.simpleQueryString().field(ArchiveSearchMapping.TITLE_FIELDS.get(0)).boost(4f);
        for (String field : ArchiveSearchMapping.TITLE_FIELDS.subList(1, ArchiveSearchMapping.TITLE_FIELDS.size())) {
            fields = fields.field(field).boost(4f);
        }
        for (String field : ArchiveSearchMapping.TRANSLATED_TITLE_FIELDS) {
            fields = fields.field(field).boost(3f);
        }
        for (String field : ArchiveSearchMapping.NAME_FIELDS) {
            fields = fields.field(field).boost(2f);
        }
        for (String field : ArchiveSearchMapping.BODY_FIELDS) {
            fields = fields.field(field);
        }
        SearchPredicate words = fields.matching(text).defaultOperator(BooleanOperator.AND).toPredicate();
        if (!Agreement.REFERENCE.matcher(text.toUpperCase()).matches()) {
            return words;
        }
        return f.bool()
                .should(f.match().field("reference").matching(text.toUpperCase()).boost(10f))
                .should(words)
                .toPredicate();
    }

    /**
     * {@link AgreementStatus#derive} over the indexed dates, the relation that ended the agreement
     * and the stated status: the same rule as the list's SQL filter, judged on the day of the query.
     */
    private static SearchPredicate status(SearchPredicateFactory f, AgreementStatus status, LocalDate today) {
        SearchPredicate superseded = f.match().field("endedBy").matching(RelationType.SUPERSEDES).toPredicate();
        SearchPredicate ended = f.bool()
                .should(f.match().field("endedBy").matching(RelationType.TERMINATES))
                .should(f.range().field("termination.earliest").atMost(today))
                .toPredicate();
        SearchPredicate undated = f.bool().mustNot(f.exists().field("entryIntoForce.earliest")).toPredicate();
        SearchPredicate undatedButStated = f.bool().must(undated).must(f.match().field("statedStatus").matching(status)).toPredicate();
        return switch (status) {
            case SUPERSEDED -> f.bool().should(superseded)
                    .should(f.bool().mustNot(ended).must(undatedButStated)).toPredicate();
            case TERMINATED -> f.bool().mustNot(superseded)
                    .must(f.bool().should(ended).should(undatedButStated)).toPredicate();
            case IN_FORCE -> f.bool().mustNot(superseded).mustNot(ended)
                    .must(f.bool().should(f.range().field("entryIntoForce.earliest").atMost(today)).should(undatedButStated))
                    .toPredicate();
            case NOT_YET_IN_FORCE -> f.bool().mustNot(superseded).mustNot(ended)
                    .must(f.bool().should(f.range().field("entryIntoForce.earliest").greaterThan(today)).should(undatedButStated))
                    .toPredicate();
            case UNKNOWN -> f.bool().mustNot(superseded).mustNot(ended).must(undated)
                    .mustNot(f.exists().field("statedStatus")).toPredicate();
        };
    }

    /**
     * One count per status within the matches. The five statuses part the archive, so the last one
     * is what the others leave of the total: four counts, not five.
     */
    private List<FacetValue> statusFacet(SearchSession search, SearchPredicateFactory f, SearchPredicate where,
                                         long total, LocalDate today) {
        Map<AgreementStatus, Long> counts = new EnumMap<>(AgreementStatus.class);
        long counted = 0;
        AgreementStatus[] statuses = AgreementStatus.values();
        for (AgreementStatus status : Arrays.copyOf(statuses, statuses.length - 1)) {
            long count = total == counted ? 0 : search.search(Agreement.class)
                    .where(f.bool().filter(where).filter(status(f, status, today)).toPredicate())
                    .fetchTotalHitCount();
            counts.put(status, count);
            counted += count;
        }
        counts.put(statuses[statuses.length - 1], total - counted);
        return facet(counts, Enum::name, AgreementStatus::getLabel);
    }

    private static <K> List<FacetValue> facet(Map<K, Long> counts, Function<K, String> value, Function<K, String> label) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getValue() > 0)
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(entry -> value.apply(entry.getKey())))
                .map(entry -> new FacetValue(value.apply(entry.getKey()), label.apply(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** The names of the parties in the party facet, in one query on the party register's key. */
    private Map<String, String> partyNames(Set<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            session.get().createQuery("select p.code, p.name from Party p where p.code in :codes", Object[].class)
                    .setParameter("codes", codes).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    public long count(SearchQuery query, Classification clearance, boolean unpublished, LocalDate today) {
        SearchSession search = searchSession();
        return search.search(Agreement.class)
                .where(narrowed(search.scope(Agreement.class).predicate(), query, clearance, unpublished, today,
                        filesMatching(search, query.text())))
                .fetchTotalHitCount();
    }

    @Override
    public List<String> suggestTitles(String typed, Classification clearance, boolean unpublished, int limit) {
        List<String> words = Arrays.stream(typed.toLowerCase().split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty() || limit < 1) {
            return List.of();
        }
        // Every word whole except the last, which the reader is still typing.
        String query = String.join(" ", words.subList(0, words.size() - 1)) + " " + words.get(words.size() - 1) + "*";
        return searchSession().search(Agreement.class)
                .select(p -> p.composite(p.field("shortTitle_raw", String.class), p.field("officialTitle", String.class)))
                .where(f -> f.bool()
                        .filter(access(f, clearance, unpublished))
                        .must(f.simpleQueryString().fields("title", "shortTitle", "titles.text").matching(query.strip())
                                .defaultOperator(BooleanOperator.AND)))
                .fetchHits(limit)
                .stream().map(row -> (String) (row.get(0) != null ? row.get(0) : row.get(1)))
                .distinct().toList();
    }

    @Override
    public long indexedCount() {
        return searchSession().search(Agreement.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    @Override
    public boolean indexWorkWaiting() {
        if (!SchemaMigration.outboxPolling()) {
            return false;
        }
        // An empty outbox is believed for a second: asked per cacheable request, and a change newer than that
        // keeps answers from being kept anyway (AgreementCatalog.indexInStepWith).
        if (System.nanoTime() - outboxSeenEmpty < OUTBOX_EMPTY_BELIEVED) {
            return false;
        }
        // Any row counts: a pending change, or one the processor gave up on (ABORTED), which the index lacks.
        boolean waiting = !session.get().createNativeQuery("select 1 from HSEARCH_OUTBOX_EVENT", Integer.class).setMaxResults(1)
                .getResultList().isEmpty();
        if (!waiting) {
            outboxSeenEmpty = System.nanoTime();
        }
        return waiting;
    }

    /**
     * Rebuilds the index in this transaction, a batch at a time, clearing the session between
     * batches so that memory stays flat whatever the size of the archive. Batches are read by id
     * ranges (keyset), so the thousandth batch costs what the first does. The index is merged into
     * one segment at the end, which makes the facets of every later search cheaper.
     */
    @Override
    public void reindex(LongConsumer progress) {
        SearchSession search = searchSession();
        search.workspace(Agreement.class).purge();
        Session hibernate = session.get();
        long done = 0;
        long after = 0;
        while (true) {
            List<Long> batch = hibernate.createQuery("select a.id from Agreement a where a.id > :after order by a.id", Long.class)
                    .setParameter("after", after).setMaxResults(REINDEX_BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            hibernate.createQuery("select a from Agreement a where a.id in :ids", Agreement.class)
                    .setParameter("ids", batch).getResultList()
                    .forEach(agreement -> search.indexingPlan().addOrUpdate(agreement));
            search.indexingPlan().execute();
            hibernate.clear();
            done += batch.size();
            after = batch.get(batch.size() - 1);
            progress.accept(done);
        }
        // One segment: facet counting over many segments rebuilds an ordinal map on every query.
        search.workspace(Agreement.class).mergeSegments();
        search.workspace(Agreement.class).refresh();
    }

    @Override
    public long reconcilePages() {
        long stored = session.get().createQuery("select count(p) from DocumentPage p", Long.class).getSingleResult();
        long indexed = searchSession().search(DocumentPage.class).where(f -> f.matchAll()).fetchTotalHitCount();
        if (stored == indexed) {
            return 0;
        }
        reindexPages();
        return Math.abs(stored - indexed);
    }

    /** The document pages' index from the database, in small batches: a page may hold a whole text file. */
    @Override
    public void reindexPages() {
        SearchSession search = searchSession();
        search.workspace(DocumentPage.class).purge();
        Session hibernate = session.get();
        long after = 0;
        while (true) {
            List<DocumentPage> batch = hibernate.createQuery("select p from DocumentPage p where p.id > :after order by p.id", DocumentPage.class)
                    .setParameter("after", after).setMaxResults(PAGE_BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(page -> search.indexingPlan().addOrUpdate(page));
            search.indexingPlan().execute();
            after = batch.get(batch.size() - 1).getId();
            hibernate.clear();
        }
        search.workspace(DocumentPage.class).refresh();
    }

    @Override
    public Map<Long, Long> indexedVersions() {
        Map<Long, Long> versions = new HashMap<>();
        try (var scroll = searchSession().search(Agreement.class)
                .select(f -> f.composite(f.id(Long.class), f.field("version", Long.class)))
                .where(f -> f.matchAll()).scroll(REINDEX_BATCH * 10)) {
            for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                // A document from before the version was indexed has none: -1 never matches, so it is rebuilt.
                chunk.hits().forEach(row -> versions.put((Long) row.get(0), row.get(1) == null ? -1L : (Long) row.get(1)));
            }
        }
        return versions;
    }

    @Override
    public void reindex(Collection<Long> ids, Collection<Long> gone) {
        SearchSession search = searchSession();
        Session hibernate = session.get();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += REINDEX_BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + REINDEX_BATCH));
            hibernate.createQuery("select a from Agreement a where a.id in :ids", Agreement.class)
                    .setParameter("ids", batch).getResultList()
                    .forEach(agreement -> search.indexingPlan().addOrUpdate(agreement));
            search.indexingPlan().execute();
            hibernate.clear();
        }
        gone.forEach(id -> search.indexingPlan().purge(Agreement.class, id, null));
        search.indexingPlan().execute();
        search.workspace(Agreement.class).refresh();
    }

    private SearchSession searchSession() {
        return Search.session(Objects.requireNonNull(session.get()));
    }

    private static List<Classification> visible(Classification clearance) {
        return EnumSet.allOf(Classification.class).stream().filter(clearance::covers).toList();
    }
}
