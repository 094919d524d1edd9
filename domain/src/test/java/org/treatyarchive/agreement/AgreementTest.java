package org.treatyarchive.agreement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyKind;
import org.treatyarchive.party.SampleParties;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Party azerbaijan = SampleParties.azerbaijan();
    private final Party kazakhstan = SampleParties.kazakhstan();
    private final Party russia = SampleParties.russia();

    private Agreement seabed;

    @BeforeEach
    void setUp() {
        seabed = new Agreement("AGR-2001-0001", "Agreement on the delimitation of the seabed of the northern Caspian",
                AgreementKind.AGREEMENT, AgreementFormat.BILATERAL, HistoricalDate.ofDay(2001, 11, 29));
    }

    @Test
    void refusesEntryIntoForceBeforeSignatureNamingTheField() {
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> seabed.enteredIntoForce(HistoricalDate.ofDay(2001, 11, 28)));
        assertEquals("entryIntoForce", refused.getField());
        assertEquals("Entry into force (28 November 2001) cannot be before signature (29 November 2001).", refused.getMessage());
        assertEquals(null, seabed.getEntryIntoForce(), "nothing changed");
    }

    @Test
    void acceptsAnEntryIntoForceThatMayFallOnTheDayOfSignature() {
        seabed.enteredIntoForce(HistoricalDate.ofYear(2001));
        assertEquals(HistoricalDate.ofYear(2001), seabed.getEntryIntoForce());
    }

    @Test
    void refusesToMoveSignatureAfterEntryIntoForce() {
        seabed.enteredIntoForce(HistoricalDate.ofDay(2003, 3, 1));
        assertThrows(InvalidRecordException.class, () -> seabed.signedOn(HistoricalDate.ofDay(2004, 1, 1), "Moscow"));
        assertEquals(HistoricalDate.ofDay(2001, 11, 29), seabed.getSigned());
    }

    @Test
    void refusesTerminationBeforeEntryIntoForce() {
        seabed.enteredIntoForce(HistoricalDate.ofDay(2003, 3, 1));
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> seabed.terminatedOn(HistoricalDate.ofYear(2002)));
        assertEquals("termination", refused.getField());
    }

    @Test
    void refusesTheSamePartyTwice() {
        seabed.parties().add(azerbaijan);
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> seabed.parties().add(new Party("AZ", "Azerbaijan again", PartyKind.STATE)));
        assertEquals("participations", refused.getField());
        assertEquals(1, seabed.getParticipations().size());
    }

    @Test
    void aBilateralAgreementHasExactlyTwoParties() {
        seabed.parties().add(azerbaijan);
        InvalidRecordException tooFew = assertThrows(InvalidRecordException.class, seabed::verifyComplete);
        assertTrue(tooFew.getMessage().contains("exactly two"), tooFew.getMessage());

        seabed.parties().add(kazakhstan);
        seabed.verifyComplete();

        assertThrows(InvalidRecordException.class, () -> seabed.parties().add(russia));
        assertEquals(2, seabed.getParticipations().size());
    }

    @Test
    void aMultilateralAgreementNeedsThreeParties() {
        Agreement junction = new Agreement("AGR-2003-0003", "Junction point agreement", AgreementKind.AGREEMENT,
                AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2003, 5, 14));
        junction.parties().add(azerbaijan);
        junction.parties().add(kazakhstan);
        assertThrows(InvalidRecordException.class, junction::verifyComplete);
        junction.parties().add(russia);
        junction.verifyComplete();
        assertThrows(InvalidRecordException.class, () -> junction.classifyAs(AgreementKind.AGREEMENT, AgreementFormat.BILATERAL));
    }

    @Test
    void participationDatesKeepTheirOrder() {
        Participation participation = seabed.parties().add(azerbaijan);
        participation.recordSignature(LocalDate.of(2001, 11, 29));
        participation.recordConsent(ConsentType.RATIFICATION, LocalDate.of(2002, 3, 5));
        assertThrows(InvalidRecordException.class, () -> participation.recordEntryIntoForce(LocalDate.of(2002, 1, 1)));
        assertThrows(InvalidRecordException.class, () -> participation.recordConsent(null, LocalDate.of(2002, 3, 5)));
        participation.recordEntryIntoForce(LocalDate.of(2003, 3, 1));
        assertThrows(InvalidRecordException.class, () -> participation.recordWithdrawal(LocalDate.of(2002, 12, 31)));
        assertEquals(LocalDate.of(2003, 3, 1), participation.getInForceOn());
    }

    @Test
    void refusesARelationToItselfAndDuplicates() {
        InvalidRecordException self = assertThrows(InvalidRecordException.class,
                () -> seabed.relations().add(RelationType.REFERS_TO, seabed, null));
        assertEquals("relations", self.getField());

        Agreement protocol = new Agreement("AGR-2003-0001", "Additional Protocol", AgreementKind.ADDITIONAL_PROTOCOL,
                AgreementFormat.BILATERAL, HistoricalDate.ofDay(2003, 2, 27));
        protocol.relations().add(RelationType.SUPPLEMENTS, seabed, null);
        assertThrows(InvalidRecordException.class, () -> protocol.relations().add(RelationType.SUPPLEMENTS, seabed, "again"));
        assertEquals(1, protocol.getRelations().size());
    }

    @Test
    void relationsAreNavigableFromBothEnds() {
        Agreement protocol = new Agreement("AGR-2003-0001", "Additional Protocol", AgreementKind.ADDITIONAL_PROTOCOL,
                AgreementFormat.BILATERAL, HistoricalDate.ofDay(2003, 2, 27));
        protocol.relations().add(RelationType.SUPPLEMENTS, seabed, null);
        assertEquals(seabed, protocol.getRelations().get(0).getTarget());
        AgreementRelation incoming = seabed.getIncomingRelations().get(0);
        assertEquals(protocol, incoming.getSource());
        assertEquals("supplemented by", incoming.getType().getInverseLabel());
    }

    @Test
    void statusFollowsDatesAndRelations() {
        assertEquals(AgreementStatus.UNKNOWN, seabed.status(TODAY), "no dates, no stated status: not guessed");
        seabed.stateStatus(AgreementStatus.IN_FORCE);
        assertEquals(AgreementStatus.IN_FORCE, seabed.status(TODAY), "the sources fill the gap");
        seabed.enteredIntoForce(HistoricalDate.ofDay(2003, 3, 1));
        assertEquals(AgreementStatus.IN_FORCE, seabed.status(TODAY));
        assertEquals(AgreementStatus.NOT_YET_IN_FORCE, seabed.status(LocalDate.of(2002, 1, 1)));

        Agreement successor = new Agreement("AGR-2020-0001", "Successor", AgreementKind.AGREEMENT,
                AgreementFormat.BILATERAL, HistoricalDate.ofYear(2020));
        successor.relations().add(RelationType.SUPERSEDES, seabed, null);
        assertEquals(AgreementStatus.SUPERSEDED, seabed.status(TODAY));
    }

    @Test
    void theRelationThatEndedAnAgreementIsOneValueSupersedingBeforeTerminating() {
        assertEquals(null, seabed.getEndedBy());
        Agreement terminating = new Agreement("AGR-2019-0001", "Terminating", AgreementKind.AGREEMENT,
                AgreementFormat.BILATERAL, HistoricalDate.ofYear(2019));
        terminating.relations().add(RelationType.TERMINATES, seabed, null);
        assertEquals(RelationType.TERMINATES, seabed.getEndedBy());
        assertEquals(AgreementStatus.TERMINATED, seabed.status(TODAY));
        Agreement superseding = new Agreement("AGR-2020-0001", "Superseding", AgreementKind.AGREEMENT,
                AgreementFormat.BILATERAL, HistoricalDate.ofYear(2020));
        superseding.relations().add(RelationType.SUPERSEDES, seabed, null);
        assertEquals(RelationType.SUPERSEDES, seabed.getEndedBy(), "the index holds the one the status rule looks at first");
        assertEquals(AgreementStatus.SUPERSEDED, seabed.status(TODAY));
    }

    @Test
    void recordedDatesTakePrecedenceOverAStatedStatus() {
        seabed.stateStatus(AgreementStatus.TERMINATED);
        assertEquals(AgreementStatus.TERMINATED, seabed.status(TODAY));
        seabed.enteredIntoForce(HistoricalDate.ofDay(2030, 1, 1));
        assertEquals(AgreementStatus.NOT_YET_IN_FORCE, seabed.status(TODAY));
        assertThrows(InvalidRecordException.class, () -> seabed.stateStatus(AgreementStatus.UNKNOWN));
    }

    @Test
    void terminationDateEndsTheAgreementFromThatDay() {
        seabed.enteredIntoForce(HistoricalDate.ofYear(2002));
        seabed.terminatedOn(HistoricalDate.ofYear(2011));
        assertEquals(AgreementStatus.IN_FORCE, seabed.status(LocalDate.of(2010, 12, 31)));
        assertEquals(AgreementStatus.TERMINATED, seabed.status(LocalDate.of(2011, 1, 1)));
    }

    @Test
    void articlesKeepUniqueNumbersAndReadingOrder() {
        seabed.articles().add("1", "Definitions", "In this agreement...");
        seabed.articles().add("2", null, "The parties...");
        seabed.articles().add("3", null, "Entry into force...");
        assertThrows(InvalidRecordException.class, () -> seabed.articles().add(" 2 ", null, "again"));

        seabed.articles().move("3", 0);
        assertEquals(List.of("3", "1", "2"), seabed.getArticles().stream().map(Article::getNumber).toList());
        assertEquals(List.of(0, 1, 2), seabed.getArticles().stream().map(Article::getPosition).toList());

        seabed.articles().remove("1");
        assertEquals(List.of("3", "2"), seabed.getArticles().stream().map(Article::getNumber).toList());
        assertEquals(1, seabed.getArticles().get(1).getPosition());
    }

    @Test
    void oneTitlePerLanguage() {
        seabed.addTitle("ru", "Соглашение о разграничении дна северной части Каспийского моря");
        seabed.addTitle("ru", "Соглашение между Азербайджаном и Казахстаном о разграничении дна Каспийского моря");
        assertEquals(1, seabed.getTitles().size());
        assertTrue(seabed.getTitles().get(0).getText().contains("Азербайджаном"));
    }

    @Test
    void refusesMalformedReferencesAndMissingTitles() {
        assertThrows(InvalidRecordException.class, () -> new Agreement("2018-7", "Title", AgreementKind.TREATY,
                AgreementFormat.BILATERAL, HistoricalDate.ofYear(2018)));
        InvalidRecordException noTitle = assertThrows(InvalidRecordException.class, () -> new Agreement("AGR-2018-0001", "  ",
                AgreementKind.TREATY, AgreementFormat.BILATERAL, HistoricalDate.ofYear(2018)));
        assertEquals("officialTitle", noTitle.getField());
        assertThrows(InvalidRecordException.class, () -> new Agreement("AGR-2018-0001", "Title",
                AgreementKind.TREATY, AgreementFormat.BILATERAL, null));
    }

    @Test
    void authenticLanguagesAreTagsListedOnce() {
        seabed.authenticIn(List.of("az", "kk", "ru"));
        assertEquals(List.of("az", "kk", "ru"), seabed.getAuthenticLanguages());
        assertThrows(InvalidRecordException.class, () -> seabed.authenticIn(List.of("ru", "RU")));
        assertEquals(3, seabed.getAuthenticLanguages().size(), "a refused change leaves the old list");
    }

    @Test
    void aSignatureBeforeTheYear1000OrInTheFutureIsATypoAndIsRefusedAtItsField() {
        InvalidRecordException ancient = assertThrows(InvalidRecordException.class, () -> seabed.signedOn(HistoricalDate.ofYear(201), null));
        assertEquals("signed", ancient.getField());
        assertTrue(ancient.getMessage().contains("before the year 1000"), ancient.getMessage());
        int nextYear = LocalDate.now().getYear() + 1;
        InvalidRecordException future = assertThrows(InvalidRecordException.class,
                () -> seabed.redate(HistoricalDate.ofYear(nextYear + 973), null, null, null));
        assertEquals("signed", future.getField());
        assertTrue(future.getMessage().contains("is in the future"), future.getMessage());
        assertThrows(InvalidRecordException.class, () -> new Agreement("AGR-2999-0001", "A typo", AgreementKind.AGREEMENT,
                AgreementFormat.BILATERAL, HistoricalDate.ofDay(2999, 1, 1)));
        assertEquals(HistoricalDate.ofDay(2001, 11, 29), seabed.getSigned(), "a refused date changes nothing");

        seabed.signedOn(HistoricalDate.ofYear(1000), null);
        seabed.signedOn(HistoricalDate.ofDay(LocalDate.now()), "Baku");
        assertEquals(HistoricalDate.ofDay(LocalDate.now()), seabed.getSigned(), "today is a signature date");
    }
}
