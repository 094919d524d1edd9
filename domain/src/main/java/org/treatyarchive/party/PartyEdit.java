package org.treatyarchive.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.treatyarchive.shared.RecordForm;

import java.time.LocalDate;

/** A party as its edit form holds it; {@code version} is the one the form was read at. */
public class PartyEdit extends RecordForm<String> {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter a code: the ISO 3166 code for a current state (KZ), a mnemonic otherwise (USSR).")
    @Size(max = Party.CODE_MAX, message = "The code is too long: at most {max} characters.")
    private String code;
    @NotBlank(message = "Enter the party's name.")
    @Size(max = Party.NAME_MAX, message = "The name is too long: at most {max} characters.")
    private String name;
    private String isoCode;
    @NotNull(message = "Choose the kind of party.")
    private PartyKind kind = PartyKind.STATE;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String predecessorCode;
    @Size(max = Party.NOTES_MAX, message = "The notes are too long: at most {max} characters.")
    private String notes;
    /** The names in other languages, one per line ({@code ru: Республика Казахстан}); {@code null} leaves them as they are. */
    @Size(max = 20_000, message = "The names in other languages are too long: at most {max} characters.")
    private String names;

    public static PartyEdit of(Party party) {
        PartyEdit edit = new PartyEdit();
        edit.code = party.getCode();
        edit.readFrom(party);
        edit.name = party.getName();
        edit.isoCode = party.getIsoCode();
        edit.kind = party.getKind();
        edit.validFrom = party.getValidFrom();
        edit.validTo = party.getValidTo();
        edit.predecessorCode = party.getPredecessor().map(Party::getCode).orElse(null);
        edit.notes = party.getNotes();
        edit.names = party.getNamesText();
        return edit;
    }

    @Override
    public boolean isNew() {
        return getVersion() == null;
    }

    @Override
    public String key() {
        return code;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIsoCode() { return isoCode; }
    public void setIsoCode(String isoCode) { this.isoCode = isoCode; }
    public PartyKind getKind() { return kind; }
    public void setKind(PartyKind kind) { this.kind = kind; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public String getPredecessorCode() { return predecessorCode; }
    public void setPredecessorCode(String predecessorCode) { this.predecessorCode = predecessorCode; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getNames() { return names; }
    public void setNames(String names) { this.names = names; }
}
