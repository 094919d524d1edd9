package org.treatyarchive.web.parties;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyEdit;
import org.treatyarchive.party.PartyKind;
import org.treatyarchive.party.PartyRegister;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.web.shared.RecordEditor;

import java.util.List;
import java.util.Map;

/** Backs {@code parties/edit.xhtml} (a new party) and {@code parties/edit.xhtml?code=KZ}. */
@Named
@ViewScoped
public class EditPartyBacking extends RecordEditor<PartyEdit> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartyRegister register;

    private String code;
    private transient List<Party> successors;
    private transient List<Party> predecessors;

    public EditPartyBacking() {
        super("party", Map.of("code", "code", "name", "name", "isoCode", "isoCode", "kind", "kind",
                "validFrom", "validFrom", "validTo", "validTo", "predecessor", "predecessor", "notes", "notes"));
    }

    @Override
    protected boolean opensStored() {
        return code != null && !code.isBlank();
    }

    @Override
    protected PartyEdit open() {
        return register.open(code);
    }

    @Override
    protected PartyEdit blank() {
        return new PartyEdit();
    }

    @Override
    protected boolean isNew() {
        return form.isNew();
    }

    @Override
    protected String create() {
        return "/parties/edit.xhtml?code=" + register.create(form);
    }

    @Override
    protected String update() {
        register.update(form);
        return "/parties/list.xhtml";
    }

    @Override
    protected String remove() {
        register.delete(form.getCode());
        return "/parties/list.xhtml";
    }

    @Override
    protected List<RevisionEntry> history() {
        return register.history(form.getCode());
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
