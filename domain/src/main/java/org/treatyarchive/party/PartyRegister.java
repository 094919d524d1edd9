package org.treatyarchive.party;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.RecordKeeping;
import org.treatyarchive.shared.ReferenceRegister;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;

import java.util.List;
import java.util.Map;

/**
 * The party register as people keep it: anyone may read it; archivists and administrators add and
 * correct parties; a party still named by an agreement or as a predecessor cannot be deleted.
 */
@ApplicationScoped
@Secured
@Transactional
@RolesAllowed({Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
public class PartyRegister implements ReferenceRegister<PartyEdit, String> {

    @Inject
    PartyRepository parties;

    @Inject
    RecordKeeping keeping;

    @PermitAll
    public Page<Party> list(int first, int size) {
        return new Page<>(parties.page(first, size), parties.count());
    }

    /** Every party by name, for choosing a predecessor: reference data of a few hundred rows. */
    @PermitAll
    public List<Party> all() {
        return parties.findAllOrderedByName();
    }

    /** @throws NotFoundException when there is no party with that code */
    @PermitAll
    public Party get(String code) {
        return parties.findByCode(code).orElseThrow(() -> new NotFoundException(Phrase.of("parties.unknownCode", code)));
    }

    /** Each party's name in a language, by code, for pages that name parties in the reader's language. */
    @PermitAll
    public Map<String, String> namesIn(String language) {
        return parties.namesIn(language);
    }

    @Override
    @PermitAll
    public PartyEdit open(String code) {
        return PartyEdit.of(get(code));
    }

    @PermitAll
    public List<Party> successorsOf(String code) {
        return parties.successorsOf(get(code));
    }

    @Override
    public String create(PartyEdit edit) {
        keeping.check("The party", edit);
        Party party = new Party(edit.getCode(), edit.getName(), edit.getKind());
        if (parties.findByCode(party.getCode()).isPresent()) {
            throw new InvalidRecordException("code", Phrase.of("party.codeTaken", party.getCode()));
        }
        apply(edit, party);
        parties.add(party);
        return party.getCode();
    }

    @Override
    public void update(PartyEdit edit) {
        keeping.check("The party", edit);
        Party party = get(edit.getCode());
        party.checkEditedFrom(edit.getVersion(), Phrase.of("record.party", party.getName()));
        party.rename(edit.getName());
        party.reclassify(edit.getKind());
        apply(edit, party);
    }

    /** Refused while agreements name the party or parties name it as their predecessor. */
    @Override
    public void delete(String code) {
        Party party = get(code);
        parties.usage(party).refuseDeletionIfUsed(Phrase.of("record.party", party.getName()), "usage.partyTo");
        parties.remove(party);
    }

    private void apply(PartyEdit edit, Party party) {
        party.assignIsoCode(edit.getIsoCode());
        party.existed(edit.getValidFrom(), edit.getValidTo());
        String predecessor = edit.getPredecessorCode();
        party.succeed(predecessor == null || predecessor.isBlank() ? null : parties.findByCode(predecessor)
                .orElseThrow(() -> new InvalidRecordException("predecessor", Phrase.of("parties.unknownCode", predecessor))));
        party.describe(edit.getNotes());
        if (edit.getNames() != null) {
            party.renameIn(edit.getNames());
        }
        keeping.stamp(party);
    }

    @Override
    public List<RevisionEntry> history(String code) {
        return keeping.history(Party.class, get(code).getId(), PartyEdit::of);
    }
}
