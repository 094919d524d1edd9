package org.treatyarchive.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.shared.ArchiveChange;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.RecordHistory;
import org.treatyarchive.user.Viewer;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What readers do with agreements: list and filter them, and open one. Read-only; the transaction
 * keeps one persistence context for the few queries a page needs. Every answer is limited to what
 * the caller's clearance covers, and for readers to published records: a record above it, or not
 * yet approved, does not exist for them, in lists, counts and direct links alike.
 */
@ApplicationScoped
@Transactional
public class AgreementCatalog {

    /**
     * How long the index may take to show a committed change: on one node milliseconds (the committing
     * thread writes it); on several, the outbox's polling and the search cluster's refresh, about a second.
     */
    static final Duration INDEX_FOLLOWS_WITHIN = Duration.ofSeconds(5);

    private AgreementRepository agreements;
    private PartyRepository parties;
    private Clock clock;

    @Inject
    Viewer viewer;

    @Inject
    AgreementSearch search;

    @Inject
    RecordHistory history;

    @Inject
    FigureCache figureCache;

    @Inject
    SearchIndexing indexing;

    protected AgreementCatalog() {
        // for CDI proxies
    }

    @Inject
    public AgreementCatalog(AgreementRepository agreements, PartyRepository parties) {
        this(agreements, parties, Clock.systemDefaultZone());
    }

    AgreementCatalog(AgreementRepository agreements, PartyRepository parties, Clock clock) {
        this.agreements = agreements;
        this.parties = parties;
        this.clock = clock;
    }

    /**
     * One page of matching agreements with the total, read from the database: the same rules as the
     * search index applies, in SQL (the tests hold the two to each other).
     */
    public Page<AgreementSummary> find(AgreementFilter filter, PageRequest<AgreementSort> page) {
        return agreements.search(orNone(filter), page, today());
    }

    private AgreementFilter orNone(AgreementFilter filter) {
        return (filter == null ? AgreementFilter.NONE : filter).withAccess(viewer.clearance(), viewer.isStaff());
    }

    /**
     * Whether the caller may see an agreement, for the related agreements a record links to: within
     * their clearance, and published unless they are staff.
     */
    public boolean isVisible(Agreement agreement) {
        return viewer.canSee(agreement.getClassification()) && (agreement.isPublished() || viewer.isStaff());
    }

    /** Whether the caller's clearance covers a document's classification: a document may be classified above its record. */
    public boolean mayRead(AgreementDocument document) {
        return viewer.canSee(document.getClassification());
    }

    /**
     * The complete record.
     *
     * @throws AgreementNotFoundException when no agreement has that reference
     */
    public Agreement getByReference(String reference) {
        if (reference == null || !Agreement.REFERENCE.matcher(reference.strip()).matches()) {
            throw new AgreementNotFoundException(String.valueOf(reference));
        }
        return agreements.findCompleteByReference(reference.strip())
                .filter(this::isVisible)
                .orElseThrow(() -> new AgreementNotFoundException(reference));
    }

    /**
     * Full-text search, ranked by relevance, with facet counts; within the caller's clearance, and
     * published records only unless the caller is staff, in the hits and the counts alike.
     *
     * @param page without a sort, best match first (newest first when there are no words)
     */
    public SearchResult search(SearchQuery query, PageRequest<AgreementSort> page) {
        return search.search(query == null ? SearchQuery.ALL : query, viewer.clearance(), viewer.isStaff(), today(), page, true);
    }

    /**
     * The agreement list: one page from the search index in the order asked, without facets. The
     * index answers counts at any size at once, where the database would count every row.
     */
    public List<AgreementSummary> list(SearchQuery query, PageRequest<AgreementSort> page) {
        return search.search(query == null ? SearchQuery.ALL : query, viewer.clearance(), viewer.isStaff(), today(), page, false)
                .hits().stream().map(SearchResult.Hit::agreement).toList();
    }

    /**
     * Everything the list or the search shows for this query, not one page: within the caller's
     * clearance, published only unless the caller is staff, told one at a time.
     */
    public void export(SearchQuery query, AgreementSort sort, boolean ascending, Consumer<AgreementSummary> each) {
        search.forEach(query == null ? SearchQuery.ALL : query, viewer.clearance(), viewer.isStaff(), today(), sort, ascending, each);
    }

    /**
     * The newest of the published agreements the query lets through, for the feed: published ones
     * only whoever asks (a feed is read by programs that keep it), within the caller's clearance.
     */
    public List<AgreementSearch.NewlyPublished> newlyPublished(SearchQuery query, int limit) {
        return search.newlyPublished(query == null ? SearchQuery.ALL : query, viewer.clearance(), today(), limit);
    }

    /** How many agreements the list holds; a paged table asks this once, then {@link #list} for each page. */
    public long count(SearchQuery query) {
        return search.count(query == null ? SearchQuery.ALL : query, viewer.clearance(), viewer.isStaff(), today());
    }

    /**
     * What the search box offers while a reader types: parties by name or code first (they narrow a
     * search best), then titles of agreements the reader may see.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        if (typed == null || typed.isBlank() || typed.strip().length() < 2) {
            return List.of();
        }
        String text = typed.strip();
        List<Suggestion> suggestions = new ArrayList<>();
        parties.search(text, Math.max(1, limit / 3))
                .forEach(party -> suggestions.add(new Suggestion(Suggestion.Kind.PARTY, party.getName(), party.getCode())));
        search.suggestTitles(text, viewer.clearance(), viewer.isStaff(), limit - suggestions.size())
                .forEach(title -> suggestions.add(new Suggestion(Suggestion.Kind.TITLE, title, title)));
        return suggestions;
    }

    /**
     * One line the search box offers.
     *
     * @param value what choosing it searches by: a party code, or the title as words
     */
    public record Suggestion(Kind kind, String label, String value) implements Serializable {

        public enum Kind { PARTY, TITLE }
    }

    /**
     * The agreements a party takes part in, each with the party's own terms, a page at a time, within
     * the caller's access as every list is; with its predecessors' agreements when the query asks.
     *
     * @throws NotFoundException when there is no party with the query's code
     */
    public Page<PartyAgreement> partyAgreements(PartyAgreementQuery query, PageRequest<AgreementSort> page) {
        List<String> codes = codesOf(query);
        AgreementFilter filter = orNone(query.asFilter());
        LocalDate today = today();
        // The total is the figures' (the same rows, counted once per change of the archive): a count of its own
        // would read a large party's rows once more for each page.
        long total = partyFigures(codes, filter, today).total();
        if (total == 0 || page.firstRow() >= total) {
            return new Page<>(List.of(), total);
        }
        return new Page<>(agreements.partyAgreements(codes, filter, page, today), total);
    }

    /** How the query's agreements divide by status and by kind, for the figures above a party's list. */
    public PartyFigures partyFigures(PartyAgreementQuery query) {
        return partyFigures(codesOf(query), orNone(query.asFilter()), today());
    }

    private PartyFigures partyFigures(List<String> codes, AgreementFilter filter, LocalDate today) {
        return figureCache.get(List.of("party", codes, filter, today), history.lastChange(), () -> {
            AgreementTally tally = agreements.tallyPartyAgreements(codes, filter, today);
            return new PartyFigures(tally.total(), tally.byStatus(), tally.byKind());
        });
    }

    /** The party and the parties it continues, nearest first: Iran, then Persia. */
    public List<Party> lineOf(String partyCode) {
        Party party = parties.findByCode(partyCode).orElseThrow(() -> new NotFoundException(Phrase.of("parties.unknownCode", partyCode)));
        List<Party> line = new ArrayList<>();
        for (Party step = party; step != null && !line.contains(step); step = step.getPredecessor().orElse(null)) {
            line.add(step);
        }
        return line;
    }

    /** For each party code, the number of agreements the caller may see it take part in. */
    public Map<String, Long> agreementsPerParty() {
        AgreementFilter access = orNone(AgreementFilter.NONE);
        LocalDate today = today();
        // A million participations at 250,000 agreements: counted once per change of the archive.
        return figureCache.get(List.of("perParty", access, today), history.lastChange(), () -> Map.copyOf(agreements.agreementsPerParty(access, today)));
    }

    private List<String> codesOf(PartyAgreementQuery query) {
        List<Party> line = lineOf(query.partyCode());
        return (query.withPredecessors() ? line : line.subList(0, 1)).stream().map(Party::getCode).toList();
    }

    /** What a party's agreements come to: how many in all, in each status, of each kind. */
    public record PartyFigures(long total, Map<AgreementStatus, Long> byStatus, Map<AgreementKind, Long> byKind) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /**
     * The archive's figures for the caller: by decade and kind, by format, by status and per party,
     * each counted in the database within the caller's access (the statuses derived as on each record,
     * so that the figures and the lists agree).
     */
    public ArchiveFigures figures() {
        AgreementFilter access = orNone(AgreementFilter.NONE);
        LocalDate today = today();
        return figureCache.get(List.of("archive", access, today), history.lastChange(), () -> {
            SortedMap<Integer, Map<AgreementKind, Long>> byDecade = new TreeMap<>();
            for (Object[] row : agreements.countByYearAndKind(access, today)) {
                int decade = Math.floorDiv(((Number) row[0]).intValue(), 10) * 10;
                byDecade.computeIfAbsent(decade, key -> new EnumMap<>(AgreementKind.class)).merge((AgreementKind) row[1], ((Number) row[2]).longValue(), Long::sum);
            }
            AgreementTally tally = agreements.tally(access, today);
            return new ArchiveFigures(tally.total(), byDecade, agreements.countByFormat(access, today), tally.byStatus(),
                    agreements.agreementsPerParty(access, today));
        });
    }

    /** How far out a graph may reach: beyond three steps a treaty series' lineage becomes a wall of nodes. */
    public static final int GRAPH_DEPTH_MAX = 3;

    /**
     * The agreement and those related to it up to {@code depth} relations away, in both directions,
     * within the caller's access: the walk goes on only through agreements the caller may see, so
     * that a hidden record neither shows nor betrays what lies behind it. One query for the relations
     * and one for the rows per step.
     *
     * @throws AgreementNotFoundException when the caller may not see the agreement
     */
    public RelationGraph relationGraph(String reference, int depth) {
        if (depth < 1 || depth > GRAPH_DEPTH_MAX) {
            throw new InvalidRecordException("depth", Phrase.of("graph.depth", GRAPH_DEPTH_MAX, depth));
        }
        AgreementFilter access = orNone(AgreementFilter.NONE);
        List<AgreementSummary> centre = agreements.summaries(List.of(reference == null ? "" : reference.strip()), access, today());
        if (centre.isEmpty()) {
            throw new AgreementNotFoundException(String.valueOf(reference));
        }
        Map<String, RelationGraph.Node> nodes = new LinkedHashMap<>();
        nodes.put(centre.get(0).reference(), new RelationGraph.Node(centre.get(0), 0));
        Set<RelationGraph.Edge> edges = new LinkedHashSet<>();
        Set<String> frontier = Set.of(centre.get(0).reference());
        for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
            List<RelationGraph.Edge> found = agreements.relationsTouching(frontier);
            Set<String> unseen = new HashSet<>();
            found.forEach(edge -> Stream.of(edge.from(), edge.to()).filter(end -> !nodes.containsKey(end)).forEach(unseen::add));
            Set<String> next = new HashSet<>();
            if (!unseen.isEmpty()) {
                for (AgreementSummary visible : agreements.summaries(unseen, access, today())) {
                    nodes.put(visible.reference(), new RelationGraph.Node(visible, step));
                    next.add(visible.reference());
                }
            }
            found.stream().filter(edge -> nodes.containsKey(edge.from()) && nodes.containsKey(edge.to())).forEach(edges::add);
            frontier = next;
        }
        return new RelationGraph(centre.get(0).reference(), new ArrayList<>(nodes.values()), new ArrayList<>(edges));
    }

    /** The parties a reader can filter by. */
    public List<Party> parties() {
        return parties.findAllOrderedByName();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The archive's newest saved change, for telling a reader's cached answer is still the answer
     * (HTTP validators). It names no record, so it is no one's secret.
     */
    public Optional<ArchiveChange> lastChange() {
        return history.lastChange();
    }

    /**
     * Whether what the search index answers now is the archive as of this change, so that an answer
     * read from the index may be validated and kept under it: no rebuild running, no change waiting for
     * the index, and the change older than the index takes to follow a commit (the index is written
     * after it, so a reader may see the new revision a moment before the index shows it).
     */
    public boolean indexInStepWith(ArchiveChange change) {
        return change.at().plus(INDEX_FOLLOWS_WITHIN).isBefore(clock.instant()) && !indexing.rebuilding() && !search.indexWorkWaiting();
    }
}
