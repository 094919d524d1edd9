package org.treatyarchive.web.parties;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyEdit;
import org.treatyarchive.party.PartyKind;
import org.treatyarchive.party.PartyRegister;
import org.treatyarchive.shared.ReferenceRegister;
import org.treatyarchive.web.shared.RecordEditor;

import java.util.List;
import java.util.Set;

/** Backs {@code parties/edit.xhtml} (a new party) and {@code parties/edit.xhtml?code=KZ}. */
@Named
@ViewScoped
public class EditPartyBacking extends RecordEditor<PartyEdit, String> {

    private static final long serialVersionUID = 1L;

    @Inject
    PartyRegister register;

    private String code;
    private transient List<Party> successors;
    private transient List<Party> predecessors;

    public EditPartyBacking() {
        super("party", PartyEdit.class, Set.of("code", "name", "isoCode", "kind", "validFrom", "validTo", "predecessor", "notes", "names"), "/parties/list.xhtml");
    }

    @Override
    protected ReferenceRegister<PartyEdit, String> register() {
        return register;
    }

    @Override
    protected String requested() {
        return code == null || code.isBlank() ? null : code;
    }

    /** A new party opens as itself, its code now in the URL. */
    @Override
    protected String afterCreate(String code) {
        return "/parties/edit.xhtml?code=" + code;
    }

    @Override
    protected String describe() {
        return form.getName() + " (" + form.getCode().strip().toUpperCase() + ")";
    }

    /** Every other party, as a possible predecessor; read once per request, not at every evaluation. */
    public List<Party> getPredecessors() {
        if (predecessors == null) {
            predecessors = register.all().stream().filter(party -> !party.getCode().equals(form.getCode())).toList();
        }
        return predecessors;
    }

    public List<Party> getSuccessors() {
        if (successors == null) {
            successors = form.isNew() ? List.of() : register.successorsOf(form.getCode());
        }
        return successors;
    }

    public PartyKind[] getKinds() {
        return PartyKind.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
