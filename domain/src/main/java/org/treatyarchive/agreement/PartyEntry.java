package org.treatyarchive.agreement;

import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A party and its terms. */
public class PartyEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private LocalDate signedOn;
    private ConsentType consentType;
    private LocalDate consentOn;
    private LocalDate inForceOn;
    private LocalDate withdrawnOn;
    @Size(max = Participation.RESERVATIONS_MAX, message = "The reservations are too long: at most {max} characters.")
    private String reservations;

    public PartyEntry() {
    }

    public PartyEntry(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public ConsentType getConsentType() { return consentType; }
    public void setConsentType(ConsentType consentType) { this.consentType = consentType; }
    public LocalDate getConsentOn() { return consentOn; }
    public void setConsentOn(LocalDate consentOn) { this.consentOn = consentOn; }
    public LocalDate getInForceOn() { return inForceOn; }
    public void setInForceOn(LocalDate inForceOn) { this.inForceOn = inForceOn; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public void setWithdrawnOn(LocalDate withdrawnOn) { this.withdrawnOn = withdrawnOn; }
    public String getReservations() { return reservations; }
    public void setReservations(String reservations) { this.reservations = reservations; }
}
