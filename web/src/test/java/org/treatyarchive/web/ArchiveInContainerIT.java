package org.treatyarchive.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.UserTransaction;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementFilter;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementRelation;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.AgreementSearch;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.IndexRebuild;
import org.treatyarchive.agreement.RelationType;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.agreement.SearchResult;
import org.treatyarchive.document.TextState;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.persistence.starter.StarterCollectionLoader;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.NoteKind;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectRepository;
import org.treatyarchive.transfer.ArchiveSnapshot;
import org.treatyarchive.transfer.ArchiveWriter;
import org.treatyarchive.transfer.TransferCounts;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.SignIn;
import org.treatyarchive.user.UserAdministration;
import org.treatyarchive.user.UserRepository;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Repositories, the starter collection and the catalogue, inside Payara Micro, on whichever database
 * the build points the archive at (the build runs this class once on embedded H2 and once on
 * MariaDB). Tests that write roll back or use names of their own, so the collection stays as loaded.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveInContainerIT {

    private static final int STARTER_AGREEMENTS = 19;
    private static final PageRequest<AgreementSort> FIRST_PAGE = new PageRequest<>(0, 50, AgreementSort.SIGNED, true);

    @Deployment
    static WebArchive deployment() {
        return ArchiveDeployment.builtWar(ArchiveInContainerIT.class, ArchiveDeployment.class);
    }

    @Inject
    AgreementCatalog catalog;

    @Inject
    AgreementRepository agreements;

    @Inject
    PartyRepository parties;

    @Inject
    EventRepository events;

    @Inject
    SubjectRepository subjects;

    @Inject
    StarterCollectionLoader loader;

    @Inject
    UserTransaction transaction;

    @Inject
    EntityManager em;

    @Inject
    ArchiveSnapshot snapshot;

    private AgreementSummary only(AgreementFilter filter) {
        List<AgreementSummary> found = catalog.find(filter, FIRST_PAGE).items();
        assertEquals(1, found.size(), () -> "expected one agreement for " + filter + " but found " + found);
        return found.get(0);
    }

    private Agreement aktau() {
        return catalog.getByReference(only(new AgreementFilter("Legal Status of the Caspian Sea", null, null, null, null, null)).reference());
    }

    @Test
    void theStarterCollectionIsLoadedOnceAndOnlyOnce() {
        assertEquals(STARTER_AGREEMENTS, catalog.count(SearchQuery.ALL));
        assertEquals(16, catalog.parties().size());
        assertFalse(loader.loadIfAbsent(), "a second start loads nothing");
        assertTrue(loader.loadedAt().isPresent());
        assertEquals(STARTER_AGREEMENTS, catalog.count(SearchQuery.ALL), "and adds nothing");
    }

    @Test
    void theAktauConventionHoldsItsPartiesDateSummitAndTitles() {
        Agreement aktau = aktau();
        assertEquals(AgreementKind.CONVENTION, aktau.getKind());
        assertEquals(HistoricalDate.ofDay(2018, 8, 12), aktau.getSigned());
        assertEquals("Aktau", aktau.getPlaceOfSignature());
        assertEquals(Set.of("IR", "RU", "KZ", "AZ", "TM"),
                Set.copyOf(aktau.getParticipations().stream().map(participation -> participation.getParty().getCode()).toList()));
        assertEquals("Fifth Caspian Summit", aktau.getEvent().orElseThrow().getName());
        assertTrue(aktau.getTitles().stream().anyMatch(title -> title.getLanguage().equals("fa") && title.isRightToLeft()
                && title.getText().equals("کنوانسیون رژیم حقوقی دریای خزر")), "Persian title survives the database unchanged");
        assertTrue(aktau.getTitles().stream().anyMatch(title -> title.getText().equals("Конвенция о правовом статусе Каспийского моря")));
        assertEquals(List.of("1", "2", "5"), aktau.getArticles().stream().map(article -> article.getNumber()).toList());
        assertTrue(aktau.getArticles().get(0).getText().contains("warship"));
    }

    @Test
    void theSeabedAgreementShowsItsProtocolAsRelated() {
        AgreementSummary seabed = only(new AgreementFilter("Azerbaijan–Kazakhstan Seabed", null, null, null, null, null));
        Agreement record = catalog.getByReference(seabed.reference());
        assertEquals(HistoricalDate.ofDay(2001, 11, 29), record.getSigned());
        AgreementRelation supplement = record.getIncomingRelations().stream()
                .filter(relation -> relation.getType() == RelationType.SUPPLEMENTS).findFirst().orElseThrow();
        assertEquals(AgreementKind.ADDITIONAL_PROTOCOL, supplement.getSource().getKind());
        assertEquals(HistoricalDate.ofDay(2003, 2, 27), supplement.getSource().getSigned());
    }

    @Test
    void filtersByPartyAndKind() {
        List<AgreementSummary> conventions = catalog.find(new AgreementFilter(null, "kz", AgreementKind.CONVENTION, null, null, null), FIRST_PAGE).items();
        assertEquals(List.of("Tehran Convention", "Aktau Convention"), conventions.stream().map(AgreementSummary::shortTitle).toList());
        assertTrue(conventions.get(0).parties().stream().anyMatch(party -> party.code().equals("TM")));
    }

    @Test
    void filtersBySignatureYears() {
        List<AgreementSummary> of2003 = catalog.find(new AgreementFilter(null, null, null,
                LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31), null), FIRST_PAGE).items();
        assertEquals(3, of2003.size(), of2003::toString);
        assertTrue(of2003.stream().allMatch(row -> row.signed().year() == 2003));
    }

    @Test
    void theStatusFilterAgreesWithTheStatusShown() {
        long sum = 0;
        for (AgreementStatus status : AgreementStatus.values()) {
            Page<AgreementSummary> page = catalog.find(new AgreementFilter(null, null, null, null, null, status), FIRST_PAGE);
            for (AgreementSummary row : page.items()) {
                assertEquals(status, row.status(), () -> row.reference() + " listed under " + status);
            }
            sum += page.total();
        }
        assertEquals(STARTER_AGREEMENTS, sum, "every agreement has exactly one status");
        assertEquals(AgreementStatus.IN_FORCE, only(new AgreementFilter("Tehran Convention", null, null, null, null, null)).status());
        assertEquals(AgreementStatus.TERMINATED, only(new AgreementFilter("Turkmenchay", null, null, null, null, null)).status(),
                "terminated by the 1921 treaty");
        assertEquals(AgreementStatus.TERMINATED, only(new AgreementFilter("Trans-Caspian Transport System", null, null, null, null, null)).status(),
                "stated by the sources");
    }

    @Test
    void pagesCoverTheListWithoutOverlapInEverySortOrder() {
        for (AgreementSort sort : AgreementSort.values()) {
            Set<String> seen = new HashSet<>();
            for (int page = 0; page < 4; page++) {
                catalog.list(SearchQuery.ALL, new PageRequest<>(page, 5, sort, true)).forEach(row -> seen.add(row.reference()));
            }
            assertEquals(STARTER_AGREEMENTS, seen.size(), "sorted by " + sort);
        }
        List<AgreementSummary> byTitle = catalog.list(SearchQuery.ALL, new PageRequest<>(0, 3, AgreementSort.TITLE, true));
        assertTrue(byTitle.get(0).officialTitle().compareToIgnoreCase(byTitle.get(1).officialTitle()) <= 0);
    }

    @Test
    void sourceConflictsAreRecordedAsNotes() throws Exception {
        transaction.begin();
        try {
            Event first = events.findByName("First Caspian Summit").orElseThrow();
            assertEquals(HistoricalDate.ofDay(2002, 4, 23), first.getStarts());
            assertTrue(first.getNotes().stream().anyMatch(note -> note.getKind() == NoteKind.SOURCE_CONFLICT && note.getText().contains("2003")));
            assertEquals(7, events.findAllByDateDescending().size());
            assertEquals("USSR", parties.findByCode("RU").orElseThrow().getPredecessor().orElseThrow().getCode());
        } finally {
            transaction.rollback();
        }
        Agreement tehran = catalog.getByReference(only(new AgreementFilter("Tehran Convention", null, null, null, null, null)).reference());
        assertTrue(tehran.getNotes().stream().anyMatch(note -> note.getKind() == NoteKind.SOURCE_CONFLICT && note.getText().contains("2007")));
        assertEquals(2, tehran.getSources().size());
    }

    @Test
    void referencesAreIssuedInSequencePerYear() throws Exception {
        transaction.begin();
        try {
            assertEquals("AGR-2018-0002", agreements.nextReference(2018), "the Aktau Convention holds 0001");
            assertEquals("AGR-2018-0003", agreements.nextReference(2018));
            assertEquals("AGR-1066-0001", agreements.nextReference(1066));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aNewAgreementRoundTripsThroughTheDatabase() throws Exception {
        transaction.begin();
        try {
            Agreement agreement = new Agreement(agreements.nextReference(2024), "Test agreement on a round trip",
                    AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementFormat.BILATERAL, HistoricalDate.ofMonth(2024, 5));
            agreement.parties().add(parties.findByCode("IR").orElseThrow());
            agreement.parties().add(parties.findByCode("TM").orElseThrow());
            agreement.addTitle("fa", "یادداشت تفاهم آزمایشی");
            agreement.articles().add("1", "Purpose", "Text with an emoji-free but non-Latin part: Қазақстан.");
            agreement.relations().add(RelationType.REFERS_TO, agreements.findByReference(aktau().getReference()).orElseThrow(), null);
            agreements.add(agreement);
            em.flush();
            em.clear();

            Agreement reloaded = agreements.findCompleteByReference(agreement.getReference()).orElseThrow();
            assertEquals(HistoricalDate.ofMonth(2024, 5), reloaded.getSigned());
            assertEquals("یادداشت تفاهم آزمایشی", reloaded.getTitles().get(0).getText());
            assertEquals(2, reloaded.getParticipations().size());
            assertEquals("Purpose", reloaded.getArticles().get(0).getHeading());
            assertEquals(RelationType.REFERS_TO, reloaded.getRelations().get(0).getType());
        } finally {
            transaction.rollback();
        }
        assertEquals(STARTER_AGREEMENTS, catalog.count(SearchQuery.ALL));
    }

    @Inject
    AgreementSearch search;

    @Inject
    IndexRebuild indexRebuild;

    private long foundByIndex(String word) throws Exception {
        transaction.begin();
        try {
            return search.count(SearchQuery.words(word), Classification.CONFIDENTIAL, true, LocalDate.now());
        } finally {
            transaction.rollback();
        }
    }

    /**
     * A change committed to the database whose index work was lost (as when the server is killed
     * between the two) is found and repaired by comparing versions, where comparing counts saw nothing.
     */
    /**
     * The whole archive out, into an emptied archive and out again gives the same file: every member
     * of every record, party, event, subject and document survives. Emptied and restored inside one
     * transaction that is rolled back, so the other tests keep their archive.
     */
    @Test
    void theWholeArchiveRoundTripsThroughItsExport() throws Exception {
        byte[] exported = exportOfTheWholeArchive();
        JsonObject before = Json.createReader(new ByteArrayInputStream(exported)).readObject();
        assertTrue(before.getJsonArray("agreements").size() >= STARTER_AGREEMENTS, "every record is in the export");
        assertTrue(before.getJsonArray("agreements").stream().anyMatch(agreement -> agreement.asJsonObject().getJsonObject("record")
                .getJsonArray("relations").size() > 0), "relations are in it");
        transaction.begin();
        try {
            for (String table : List.of("agreement_document", "agreement_note", "agreement_source", "agreement_relation", "article",
                    "participation", "agreement_subject", "agreement_language", "agreement_title", "review_step", "proposal_author",
                    "proposal", "agreement", "event_note", "event_source", "event", "subject", "party_name")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            em.createNativeQuery("update party set predecessor_id = null").executeUpdate();
            em.createNativeQuery("delete from party").executeUpdate();
            em.createNativeQuery("delete from document_file").executeUpdate();
            assertTrue(snapshot.archiveIsEmpty());

            TransferCounts counts = snapshot.restore(new ByteArrayInputStream(exported), "it-restorer");
            assertEquals(before.getJsonArray("agreements").size(), counts.agreements());
            assertEquals(before.getJsonArray("parties").size(), counts.parties());
            assertEquals(before.getJsonArray("documents").size(), counts.documents());
            JsonObject after = Json.createReader(new ByteArrayInputStream(exportOfTheWholeArchive())).readObject();
            for (String section : List.of("parties", "subjects", "events", "documents", "agreements")) {
                List<String> out = comparable(before, section);
                List<String> back = comparable(after, section);
                assertEquals(out.size(), back.size(), section);
                for (int i = 0; i < out.size(); i++) {
                    assertEquals(out.get(i), back.get(i), section + " come back as they went out");
                }
            }
            assertThrows(WorkflowException.class, () -> snapshot.restore(new ByteArrayInputStream(exported), "it-restorer"),
                    "a second restore over the first is refused");
        } finally {
            transaction.rollback();
        }
        String reference = before.getJsonArray("agreements").getJsonObject(0).getJsonObject("record").getString("reference");
        assertTrue(catalog.getByReference(reference) != null, "and the rollback left the archive as it was");
    }

    private byte[] exportOfTheWholeArchive() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveWriter(snapshot).writeTo(out);
        return out.toByteArray();
    }

    /**
     * A section as it can be compared across two databases: an event's database id becomes its name,
     * in the events and in the records that name them; events sorted, since dates can tie.
     */
    private static List<String> comparable(JsonObject archive, String section) {
        Map<Long, String> eventNames = new HashMap<>();
        archive.getJsonArray("events").forEach(event -> eventNames.put(event.asJsonObject().getJsonNumber("id").longValue(),
                event.asJsonObject().getString("name")));
        Stream<String> items = archive.getJsonArray(section).stream().map(item -> {
            JsonObject object = item.asJsonObject();
            if (section.equals("events")) {
                return Json.createObjectBuilder(object).remove("id").build().toString();
            }
            if (section.equals("agreements") && object.getJsonObject("record").containsKey("eventId")) {
                JsonObject record = object.getJsonObject("record");
                return Json.createObjectBuilder(object).add("record", Json.createObjectBuilder(record).remove("eventId")
                        .add("event", eventNames.get(record.getJsonNumber("eventId").longValue()))).build().toString();
            }
            return object.toString();
        });
        return section.equals("events") ? items.sorted().toList() : items.toList();
    }

    @Test
    void theStartUpCheckRepairsAChangeTheIndexNeverSaw() throws Exception {
        String before = "zeta" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String after = "omega" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        transaction.begin();
        Agreement agreement = new Agreement(agreements.nextReference(2023), "Agreement on index repair " + before,
                AgreementKind.PROTOCOL, AgreementFormat.BILATERAL, HistoricalDate.ofYear(2023));
        agreements.add(agreement);
        transaction.commit();
        long id = agreement.getId();
        try {
            assertEquals(1, foundByIndex(before));
            transaction.begin();
            // Behind Hibernate Search's back: the database changes, the index does not.
            em.createNativeQuery("update agreement set official_title = ?, version = version + 1 where id = ?")
                    .setParameter(1, "Agreement on index repair " + after).setParameter(2, id).executeUpdate();
            transaction.commit();
            assertEquals(0, foundByIndex(after), "the index has not seen the change");

            assertTrue(indexRebuild.reconcile() >= 1, "the check found the stale document");
            assertEquals(1, foundByIndex(after), "and indexed the record again");
            assertEquals(0, foundByIndex(before));
            assertEquals(0, indexRebuild.reconcile(), "after which index and database agree");
        } finally {
            transaction.begin();
            agreements.remove(agreements.findByReference(agreement.getReference()).orElseThrow());
            transaction.commit();
        }
    }

    @Test
    void aStaleEditIsRefusedByOptimisticLocking() throws Exception {
        String name = "Optimistic locking test " + System.nanoTime();
        transaction.begin();
        subjects.add(new Subject(name, "first"));
        transaction.commit();

        transaction.begin();
        Subject stale = subjects.findByName(name).orElseThrow();
        transaction.commit();

        transaction.begin();
        subjects.findByName(name).orElseThrow().describe("changed by someone else");
        transaction.commit();

        stale.describe("my change, made on the old version");
        transaction.begin();
        try {
            assertThrows(OptimisticLockException.class, () -> em.merge(stale));
        } finally {
            transaction.rollback();
        }

        transaction.begin();
        try {
            assertEquals("changed by someone else", subjects.findByName(name).orElseThrow().getDescription());
        } finally {
            transaction.rollback();
        }
    }

    @Inject
    UserAdministration accounts;

    @Inject
    UserRepository userAccounts;

    @Inject
    SignIn signIns;

    @Test
    void administrationIsRefusedToACallerWithoutTheRole() {
        assertThrows(AccessDeniedException.class, () -> accounts.listUsers(0, 10));
        assertThrows(AccessDeniedException.class, () -> accounts.grant("admin", Role.READER));
        assertTrue(signIns.signIn("admin", "it-admin-password-1".toCharArray(), false).success(), "signing in needs no role");
    }

    @Test
    void passwordsAreStoredAsSlowSaltedHashes() throws Exception {
        transaction.begin();
        try {
            String hash = userAccounts.findByUsername("admin").orElseThrow().getPasswordHash();
            assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
            assertFalse(hash.contains("it-admin-password-1"));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void listAndDetailRunAFixedNumberOfStatements() throws Exception {
        Statistics statistics;
        transaction.begin();
        try {
            statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        } finally {
            transaction.rollback();
        }
        assertTrue(statistics.isStatisticsEnabled(), "the build enables Hibernate statistics for this test");
        documentReadingIdle();

        long listStatements = fewestStatements(statistics, () -> catalog.find(AgreementFilter.NONE, FIRST_PAGE));
        assertTrue(listStatements <= 4, "a page of 19 rows took " + listStatements + " statements");

        String aktauReference = only(new AgreementFilter("Aktau", null, null, null, null, null)).reference();
        long detailStatements = fewestStatements(statistics, () -> catalog.getByReference(aktauReference).getParticipations()
                .forEach(participation -> participation.getParty().getName()));
        // The record, then one query per collection (titles ... notes, documents) and the few lazy edges: a fixed number, whatever the size.
        assertTrue(detailStatements <= 15, "the complete record took " + detailStatements + " statements");

        // The list page reads its rows and its count from the search index: no SQL at all.
        long rows = catalog.count(SearchQuery.ALL);
        assertEquals(0, fewestStatements(statistics, () -> assertEquals(Math.min(20, rows),
                catalog.list(SearchQuery.ALL, new PageRequest<>(0, 20, AgreementSort.TITLE, true)).size())), "the list page ran SQL");

        // The API's page is read from the search index; the database only names the parties of the facet.
        SearchResult apiPage = catalog.search(SearchQuery.ALL, new PageRequest<>(0, 50, null, false));
        assertTrue(apiPage.hits().size() >= STARTER_AGREEMENTS && apiPage.hits().stream().allMatch(hit -> !hit.agreement().parties().isEmpty()),
                "a full page with its parties");
        long apiStatements = fewestStatements(statistics, () -> catalog.search(SearchQuery.ALL, new PageRequest<>(0, 50, null, false)));
        assertTrue(apiStatements <= 1, "an API page of " + apiPage.hits().size() + " rows took " + apiStatements + " statements");
        // "seabed" is also in the starter transcriptions: the words are looked for in the documents' pages too, from the index alone.
        long searchStatements = fewestStatements(statistics, () -> catalog.search(SearchQuery.words("seabed"), new PageRequest<>(0, 50, null, false)));
        assertTrue(searchStatements <= 1, "a search took " + searchStatements + " statements");
    }

    /**
     * The fewest statements of three runs of the same work. The background reader of document text
     * asks the database for waiting files every two seconds, in the same statistics: a run it falls
     * into counts one statement more, never all three.
     */
    private static long fewestStatements(Statistics statistics, Runnable work) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            work.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }

    /** Until the starter documents are read (their OCR runs for seconds after the start), their transactions would be counted too. */
    private void documentReadingIdle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            transaction.begin();
            try {
                long waiting = em.createQuery("""
                        select count(f) from DocumentFile f where f.textState in :busy
                        and exists (select 1 from AgreementDocument d where d.sha256 = f.sha256)""", Long.class)
                        .setParameter("busy", List.of(TextState.PENDING, TextState.READING)).getSingleResult();
                if (waiting == 0) {
                    return;
                }
            } finally {
                transaction.rollback();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The starter documents were not read within 120 s");
    }
}
