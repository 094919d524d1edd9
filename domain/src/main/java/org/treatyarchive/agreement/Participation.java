package org.treatyarchive.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.BaseEntity;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import java.time.LocalDate;
import java.util.Objects;

import static org.treatyarchive.agreement.AgreementField.PARTICIPATIONS;

/**
 * One party's part in an agreement: when it signed, how and when it consented to be bound, when the
 * agreement entered into force for it, whether it withdrew, and what it reserved or declared.
 * Created only through {@link PartyList#add(Party)}.
 */
@Entity
@Table(name = "participation")
@Audited
public class Participation extends BaseEntity {

    public static final int RESERVATIONS_MAX = 20000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id", nullable = false)
    private Party party;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_type", length = 30)
    private ConsentType consentType;

    @Column(name = "consent_on")
    private LocalDate consentOn;

    @Column(name = "in_force_on")
    private LocalDate inForceOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "reservations", length = RESERVATIONS_MAX)
    private String reservations;

    protected Participation() {
        // for JPA
    }

    Participation(Agreement agreement, Party party) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.party = Check.required(PARTICIPATIONS.key(), "The party", party);
    }

    public void recordSignature(LocalDate signedOn) {
        recordTerms(new PartyTerms(party, signedOn, consentType, consentOn, inForceOn, withdrawnOn, reservations));
    }

    public void recordConsent(ConsentType type, LocalDate on) {
        recordTerms(new PartyTerms(party, signedOn, type, on, inForceOn, withdrawnOn, reservations));
    }

    public void recordEntryIntoForce(LocalDate on) {
        recordTerms(new PartyTerms(party, signedOn, consentType, consentOn, on, withdrawnOn, reservations));
    }

    public void recordWithdrawal(LocalDate on) {
        recordTerms(new PartyTerms(party, signedOn, consentType, consentOn, inForceOn, on, reservations));
    }

    public void recordReservations(String text) {
        recordTerms(new PartyTerms(party, signedOn, consentType, consentOn, inForceOn, withdrawnOn, text));
    }

    /**
     * Sets the party's dates and reservations together, checking them against each other (signature,
     * consent, entry into force, withdrawal come in that order) rather than against the values they
     * replace. Nothing changes when a check fails.
     */
    public void recordTerms(PartyTerms terms) {
        if (terms.consentOn() != null && terms.consentType() == null) {
            throw new InvalidRecordException(PARTICIPATIONS.key(), Phrase.of("parties.consentHow", party.getName()));
        }
        checkOrder(terms.signedOn(), terms.consentOn(), "signature", "consent to be bound");
        checkOrder(terms.consentOn(), terms.inForceOn(), "consent to be bound", "entry into force");
        checkOrder(terms.signedOn(), terms.inForceOn(), "signature", "entry into force");
        checkOrder(terms.inForceOn(), terms.withdrawnOn(), "entry into force", "withdrawal");
        checkOrder(terms.consentOn(), terms.withdrawnOn(), "consent to be bound", "withdrawal");
        String text = Check.optionalText(PARTICIPATIONS.key(), "The reservations and declarations of " + party.getName(),
                terms.reservations(), RESERVATIONS_MAX);
        this.signedOn = terms.signedOn();
        this.consentType = terms.consentType();
        this.consentOn = terms.consentOn();
        this.inForceOn = terms.inForceOn();
        this.withdrawnOn = terms.withdrawnOn();
        this.reservations = text;
    }

    private void checkOrder(LocalDate earlier, LocalDate later, String earlierName, String laterName) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            throw new InvalidRecordException(PARTICIPATIONS.key(), Phrase.of("parties.order", party.getName(), Phrase.label(laterName),
                    HistoricalDate.ofDay(later), Phrase.label(earlierName), HistoricalDate.ofDay(earlier)));
        }
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public Party getParty() {
        return party;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public ConsentType getConsentType() {
        return consentType;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public LocalDate getInForceOn() {
        return inForceOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getReservations() {
        return reservations;
    }
}
