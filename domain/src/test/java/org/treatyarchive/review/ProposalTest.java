package org.treatyarchive.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review state machine: every transition from every state, allowed or refused, and four eyes. */
class ProposalTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private final Agreement aktau = new Agreement("AGR-2018-0001", "Convention on the Legal Status of the Caspian Sea",
            AgreementKind.CONVENTION, AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2018, 8, 12));

    /** The transitions, by name, as a test drives them. */
    enum Step {
        REVISE(p -> p.revise("{}", "anna", T1)),
        SUBMIT(p -> p.submit("anna", T1, null)),
        APPROVE(p -> p.approve("rustam", T1, null)),
        RETURN(p -> p.returnWithComment("rustam", T1, "Check the date of entry into force.")),
        DISCARD(p -> p.discard("anna", T1));

        final Consumer<Proposal> action;

        Step(Consumer<Proposal> action) {
            this.action = action;
        }
    }

    private Proposal change() {
        return Proposal.change(aktau, "{}", null, "anna", T0);
    }

    private Proposal in(ReviewState state) {
        Proposal proposal = change();
        switch (state) {
            case DRAFT -> { }
            case IN_REVIEW -> proposal.submit("anna", T0, null);
            case APPROVED -> {
                proposal.submit("anna", T0, null);
                proposal.approve("rustam", T0, null);
            }
            case DISCARDED -> proposal.discard("anna", T0);
        }
        assertEquals(state, proposal.getState());
        return proposal;
    }

    /** Which step each state allows, and where it leads. */
    private static ReviewState after(ReviewState from, Step step) {
        return switch (from) {
            case DRAFT -> switch (step) {
                case REVISE -> ReviewState.DRAFT;
                case RETURN, APPROVE -> null;
                case SUBMIT -> ReviewState.IN_REVIEW;
                case DISCARD -> ReviewState.DISCARDED;
            };
            case IN_REVIEW -> switch (step) {
                case APPROVE -> ReviewState.APPROVED;
                case RETURN -> ReviewState.DRAFT;
                default -> null;
            };
            case APPROVED, DISCARDED -> null;
        };
    }

    @ParameterizedTest
    @EnumSource(ReviewState.class)
    void everyStepFromEveryStateIsAllowedOrRefusedWithTheStateNamed(ReviewState from) {
        for (Step step : Step.values()) {
            Proposal proposal = in(from);
            ReviewState expected = after(from, step);
            if (expected == null) {
                WorkflowException refused = assertThrows(WorkflowException.class, () -> step.action.accept(proposal), from + " then " + step);
                assertTrue(refused.getMessage().startsWith("The change to AGR-2018-0001 cannot be "), refused.getMessage());
                assertEquals(from, proposal.getState(), "a refused step changes nothing");
            } else {
                step.action.accept(proposal);
                assertEquals(expected, proposal.getState(), from + " then " + step);
            }
        }
    }

    @Test
    void aReturnedDraftCarriesTheCommentUntilItIsSubmittedAgain() {
        Proposal proposal = in(ReviewState.IN_REVIEW);
        proposal.returnWithComment("rustam", T1, "Kazakhstan ratified in 2019, not 2018.");
        assertTrue(proposal.isReturned());
        assertEquals("Kazakhstan ratified in 2019, not 2018.", proposal.getReturnComment());
        assertEquals("The change to AGR-2018-0001 cannot be approved: it is a returned draft.",
                assertThrows(WorkflowException.class, () -> proposal.approve("rustam", T2, null)).getMessage());

        proposal.revise("{\"fixed\":true}", "anna", T2);
        proposal.submit("anna", T2, "Fixed the date.");
        assertFalse(proposal.isReturned());
        assertNull(proposal.getReturnComment());
        assertEquals(List.of(ReviewAction.SUBMITTED, ReviewAction.RETURNED, ReviewAction.SUBMITTED),
                proposal.getSteps().stream().map(ReviewStep::getAction).toList());
        assertEquals("Fixed the date.", proposal.getSteps().get(2).getComment());
        assertEquals("{\"fixed\":true}", proposal.getContent());
    }

    @Test
    void returningNeedsACommentAndChangesNothingWithout() {
        Proposal proposal = in(ReviewState.IN_REVIEW);
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> proposal.returnWithComment("rustam", T1, "  "));
        assertEquals("comment", refused.getField());
        assertEquals(ReviewState.IN_REVIEW, proposal.getState());
    }

    @Test
    void nobodyApprovesWhatTheyWroteEditedOrSubmitted() {
        Proposal proposal = change();
        proposal.revise("{}", "boris", T1);
        proposal.submit("vera", T1, null);
        assertEquals(Set.of("anna", "boris", "vera"), proposal.getAuthors());
        for (String author : List.of("anna", "boris", "vera")) {
            FourEyesException refused = assertThrows(FourEyesException.class, () -> proposal.approve(author, T2, null));
            assertEquals("You cannot approve the change to AGR-2018-0001: you entered, changed or submitted it yourself. "
                    + "Another reviewer must check it (four eyes).", refused.getMessage());
            assertEquals(ReviewState.IN_REVIEW, proposal.getState());
        }
        Phrase fourEyes = assertThrows(FourEyesException.class, () -> proposal.approve("anna", T2, null)).phrase().orElseThrow();
        assertEquals("Вы не можете утвердить изменение записи AGR-2018-0001: вы сами вносили, изменяли или отправляли эту работу. "
                + "Её должен проверить другой проверяющий (принцип «четырёх глаз»).", fourEyes.render(Locale.forLanguageTag("ru"), (argument, locale) -> argument));
        assertTrue(fourEyes.render(Locale.forLanguageTag("fa"), (argument, locale) -> argument).startsWith("نمی‌توانید تغییر AGR-2018-0001 را تأیید کنید"));
        FourEyesException ownReturn = assertThrows(FourEyesException.class, () -> proposal.returnWithComment("vera", T2, "Never mind."));
        assertTrue(ownReturn.getMessage().startsWith("You cannot return the change to AGR-2018-0001"), ownReturn.getMessage());
        assertEquals(ReviewState.IN_REVIEW, proposal.getState(), "nor return it");
        assertFalse(proposal.mayBeApprovedBy("anna"));
        assertTrue(proposal.mayBeApprovedBy("rustam"));
        proposal.approve("rustam", T2, "Checked against the UNTS text.");
        assertEquals(ReviewState.APPROVED, proposal.getState());
        assertEquals("rustam", proposal.getSteps().get(1).getActor());
    }

    @Test
    void aNewRecordIsNotDiscardedAndAWithdrawalIsSubmittedWithItsReason() {
        Proposal created = Proposal.newRecord(aktau, "anna", T0);
        assertEquals(ReviewState.DRAFT, created.getState());
        assertThrows(WorkflowException.class, () -> created.discard("anna", T1));

        Proposal withdrawal = Proposal.withdrawal(aktau, "Entered twice; the record AGR-2018-0002 is the right one.", "anna", T0);
        assertEquals(ReviewState.IN_REVIEW, withdrawal.getState());
        assertEquals(T0, withdrawal.getSubmittedAt());
        assertThrows(InvalidRecordException.class, () -> Proposal.withdrawal(aktau, "", "anna", T0));
    }

    @Test
    void aSaveFromAnotherVersionIsRefusedNamingWhoSavedInBetween() {
        Proposal proposal = change();
        proposal.revise("{}", "boris", T1);
        proposal.checkEditedFrom(proposal.getVersion(), proposal.described());
        EditConflictException stale = assertThrows(EditConflictException.class,
                () -> proposal.checkEditedFrom(proposal.getVersion() + 1, proposal.described()));
        assertEquals("boris", stale.getEditedBy());
        assertEquals(T1, stale.getEditedAt());
        assertTrue(stale.getMessage().startsWith("The change to AGR-2018-0001 was changed by boris at "), stale.getMessage());
        String russian = stale.phrase().orElseThrow().render(Locale.forLanguageTag("ru"), (argument, locale) -> argument);
        assertTrue(russian.startsWith("Изменение записи AGR-2018-0001: после того как вы открыли запись, её изменил пользователь boris ("), russian);
        assertTrue(russian.endsWith("Ваши изменения не сохранены; они остались в форме. Перезагрузите страницу, чтобы увидеть сохранённую версию, "
                + "и внесите изменения снова."), russian);
        assertThrows(EditConflictException.class, () -> proposal.checkEditedFrom(null, proposal.described()), "a form without a version");
    }

    @Test
    void anAgreementIsPublishedOnceAndOnlyAPublishedOneIsWithdrawn() {
        assertEquals(Publication.UNPUBLISHED, aktau.getPublication());
        assertThrows(InvalidRecordException.class, aktau::withdraw);
        aktau.publish();
        assertTrue(aktau.isPublished());
        aktau.withdraw();
        assertEquals(Publication.WITHDRAWN, aktau.getPublication());
        assertFalse(aktau.isPublished());
    }
}
