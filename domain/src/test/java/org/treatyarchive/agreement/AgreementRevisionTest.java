package org.treatyarchive.agreement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.SampleParties;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole-form revisions an edit form makes in one save: each all or nothing, checked as a whole. */
class AgreementRevisionTest {

    private final Party azerbaijan = SampleParties.azerbaijan();
    private final Party iran = SampleParties.iran();
    private final Party kazakhstan = SampleParties.kazakhstan();
    private final Party russia = SampleParties.russia();
    private final Party turkmenistan = SampleParties.turkmenistan();

    private Agreement hydromet;

    @BeforeEach
    void setUp() {
        hydromet = new Agreement("AGR-2014-0001", "Agreement on cooperation in the field of hydrometeorology of the Caspian Sea",
                AgreementKind.AGREEMENT, AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2014, 9, 29));
    }

    @Test
    void redatingChecksTheNewDatesAgainstEachOtherNotAgainstTheOldOnes() {
        hydromet.redate(HistoricalDate.ofDay(2014, 9, 29), "Astrakhan", HistoricalDate.ofYear(2016), null);
        hydromet.redate(HistoricalDate.ofDay(2017, 1, 10), "Astrakhan", HistoricalDate.ofDay(2018, 3, 1), HistoricalDate.ofYear(2030));
        assertEquals(HistoricalDate.ofDay(2017, 1, 10), hydromet.getSigned(), "signature moved past the old entry into force in one save");

        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> hydromet.redate(
                HistoricalDate.ofDay(2014, 9, 29), "Astrakhan", HistoricalDate.ofDay(2014, 9, 28), null));
        assertEquals("entryIntoForce", refused.getField());
        assertEquals("Entry into force (28 September 2014) cannot be before signature (29 September 2014).", refused.getMessage());
        assertEquals(HistoricalDate.ofDay(2017, 1, 10), hydromet.getSigned(), "nothing changed");
        assertEquals(HistoricalDate.ofYear(2030), hydromet.getTermination());
    }

    @Test
    void revisingPartiesAddsUpdatesAndRemovesInOneGo() {
        hydromet.parties().revise(List.of(PartyTerms.of(azerbaijan), PartyTerms.of(iran), PartyTerms.of(kazakhstan)));
        LocalDate signed = LocalDate.of(2014, 9, 29);
        hydromet.parties().revise(List.of(
                new PartyTerms(kazakhstan, signed, ConsentType.RATIFICATION, LocalDate.of(2015, 5, 1), null, null, null),
                PartyTerms.of(russia), PartyTerms.of(turkmenistan), PartyTerms.of(azerbaijan)));
        assertEquals(List.of("AZ", "KZ", "RU", "TM"), hydromet.getParticipations().stream().map(p -> p.getParty().getCode()).toList());
        assertEquals(ConsentType.RATIFICATION, hydromet.parties().find(kazakhstan).orElseThrow().getConsentType());
        hydromet.verifyComplete();
    }

    @Test
    void aPartyListedTwiceIsRefusedAndNothingChanges() {
        hydromet.parties().revise(List.of(PartyTerms.of(azerbaijan), PartyTerms.of(iran), PartyTerms.of(kazakhstan)));
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> hydromet.parties().revise(
                List.of(PartyTerms.of(russia), PartyTerms.of(kazakhstan), PartyTerms.of(kazakhstan))));
        assertEquals("participations", refused.getField());
        assertEquals("Republic of Kazakhstan is listed twice; a state is party to an agreement once.", refused.getMessage());
        assertEquals(3, hydromet.getParticipations().size());
        assertTrue(hydromet.parties().find(iran).isPresent(), "the earlier list is kept");
    }

    @Test
    void aPartysDatesAreCheckedTogetherAndNamedInTheMessage() {
        Participation kz = hydromet.parties().add(kazakhstan);
        kz.recordTerms(new PartyTerms(kazakhstan, LocalDate.of(2014, 9, 29), ConsentType.RATIFICATION, LocalDate.of(2015, 1, 1),
                LocalDate.of(2016, 1, 1), null, null));
        kz.recordTerms(new PartyTerms(kazakhstan, LocalDate.of(2017, 1, 1), ConsentType.RATIFICATION, LocalDate.of(2018, 1, 1),
                LocalDate.of(2019, 1, 1), null, "A declaration"));
        assertEquals(LocalDate.of(2017, 1, 1), kz.getSignedOn(), "all dates moved later in one step");

        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> kz.recordTerms(new PartyTerms(kazakhstan,
                LocalDate.of(2017, 1, 1), null, LocalDate.of(2018, 1, 1), null, null, null)));
        assertTrue(refused.getMessage().contains("Say how Republic of Kazakhstan consented"), refused.getMessage());
        InvalidRecordException early = assertThrows(InvalidRecordException.class, () -> kz.recordTerms(new PartyTerms(kazakhstan,
                LocalDate.of(2017, 1, 1), null, null, LocalDate.of(2016, 12, 31), null, null)));
        assertEquals("For Republic of Kazakhstan, the entry into force (31 December 2016) cannot be before the signature (1 January 2017).",
                early.getMessage());
        assertEquals("A declaration", kz.getReservations(), "nothing changed");
    }

    @Test
    void articlesAreReplacedInTheGivenOrderWithUniqueNumbers() {
        hydromet.articles().add("1", "Definitions", "For the purposes of this Agreement...");
        hydromet.articles().revise(List.of(new ArticleText(null, "2", "Cooperation", "The Parties shall exchange data."),
                new ArticleText(null, "1", "Purpose", "The purpose of this Agreement..."),
                new ArticleText(null, "3", null, null)));
        assertEquals(List.of("2", "1", "3"), hydromet.getArticles().stream().map(Article::getNumber).toList());
        assertEquals(List.of(0, 1, 2), hydromet.getArticles().stream().map(Article::getPosition).toList());

        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> hydromet.articles().revise(List.of(
                new ArticleText(null, "4", null, null), new ArticleText(null, " 4 ", null, null))));
        assertEquals("articles", refused.getField());
        assertEquals("There are two articles numbered 4; each number is used once.", refused.getMessage());
        assertEquals(3, hydromet.getArticles().size(), "nothing changed");
    }

    @Test
    void relationsAreReplacedAndNeverPointAtTheRecordItself() {
        Agreement summitStatement = new Agreement("AGR-2014-0002", "Political statement of the Fourth Caspian Summit",
                AgreementKind.JOINT_DECLARATION, AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2014, 9, 29));
        Agreement framework = new Agreement("AGR-2003-0001", "Framework Convention for the Protection of the Marine Environment of the Caspian Sea",
                AgreementKind.CONVENTION, AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2003, 11, 4));
        hydromet.relations().revise(List.of(new RelationTerms(RelationType.REFERS_TO, summitStatement, null),
                new RelationTerms(RelationType.IMPLEMENTS, framework, "Article 19")));
        hydromet.relations().revise(List.of(new RelationTerms(RelationType.IMPLEMENTS, framework, "Articles 18 and 19")));
        assertEquals(1, hydromet.getRelations().size());
        assertEquals("Articles 18 and 19", hydromet.getRelations().get(0).getNote());
        assertTrue(summitStatement.getIncomingRelations().isEmpty(), "the removed relation is gone from the other end too");

        InvalidRecordException self = assertThrows(InvalidRecordException.class,
                () -> hydromet.relations().revise(List.of(new RelationTerms(RelationType.AMENDS, hydromet, null))));
        assertEquals("relations", self.getField());
        assertEquals("An agreement cannot be related to itself.", self.getMessage());
        InvalidRecordException twice = assertThrows(InvalidRecordException.class, () -> hydromet.relations().revise(List.of(
                new RelationTerms(RelationType.IMPLEMENTS, framework, null), new RelationTerms(RelationType.IMPLEMENTS, framework, null))));
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
        assertEquals(1, hydromet.getRelations().size(), "nothing changed");
    }

    @Test
    void titlesAreOnePerLanguage() {
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> hydromet.retitleIn(List.of(
                new LocalizedText("ru", "Соглашение"), new LocalizedText("ru", "Соглашение о сотрудничестве"))));
        assertEquals("titles", refused.getField());
        assertTrue(hydromet.getTitles().isEmpty());
    }

    @Test
    void everySaveIsRecordedWithWhoAndWhen() {
        assertNull(hydromet.getCreatedBy());
        hydromet.recordEdit("archivist.one", Instant.parse("2026-11-22T10:00:00Z"));
        hydromet.recordEdit("archivist.two", Instant.parse("2026-11-22T11:00:00Z"));
        assertEquals("archivist.one", hydromet.getCreatedBy());
        assertEquals("archivist.two", hydromet.getEditedBy());
        assertEquals(Instant.parse("2026-11-22T11:00:00Z"), hydromet.getEditedAt());
    }
}
