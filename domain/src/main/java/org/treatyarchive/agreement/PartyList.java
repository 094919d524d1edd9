package org.treatyarchive.agreement;

import org.treatyarchive.party.Party;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.treatyarchive.agreement.AgreementField.PARTICIPATIONS;

/**
 * The parties to one agreement and the rules of that list: a state is party once, a bilateral
 * agreement has no third party. A view over the agreement's own mapped set, so every change here is
 * a change of the aggregate; only {@link Agreement#parties()} makes one.
 */
public final class PartyList {

    private final Agreement agreement;
    private final Set<Participation> participations;

    PartyList(Agreement agreement, Set<Participation> participations) {
        this.agreement = agreement;
        this.participations = participations;
    }

    /**
     * Makes a party to the agreement.
     *
     * @return the participation, on which signature, consent and entry into force are recorded
     * @throws InvalidRecordException when the party is already a party, or a bilateral agreement
     *                                already has two
     */
    public Participation add(Party party) {
        Check.required(PARTICIPATIONS.key(), "The party", party);
        if (find(party).isPresent()) {
            throw new InvalidRecordException(PARTICIPATIONS.key(), Phrase.of("parties.already", party.getName()));
        }
        if (agreement.getFormat() == AgreementFormat.BILATERAL && participations.size() >= 2) {
            throw new InvalidRecordException(PARTICIPATIONS.key(), Phrase.of("parties.bilateralFull", party.getName()));
        }
        Participation participation = new Participation(agreement, party);
        participations.add(participation);
        return participation;
    }

    /**
     * Makes the parties exactly those listed, with their terms: parties not listed are removed, the
     * others added or updated. Whether their number suits a bilateral or multilateral agreement is
     * checked by {@link Agreement#classifyAs} and {@link Agreement#verifyComplete()}, once the list is complete.
     */
    public void revise(List<PartyTerms> wanted) {
        Set<String> codes = new HashSet<>();
        for (PartyTerms terms : wanted) {
            Party party = Check.required(PARTICIPATIONS.key(), "The party", terms.party());
            if (!codes.add(party.getCode())) {
                throw new InvalidRecordException(PARTICIPATIONS.key(), Phrase.of("parties.twice", party.getName()));
            }
        }
        participations.removeIf(participation -> !codes.contains(participation.getParty().getCode()));
        for (PartyTerms terms : wanted) {
            Participation participation = find(terms.party()).orElseGet(() -> {
                Participation added = new Participation(agreement, terms.party());
                participations.add(added);
                return added;
            });
            participation.recordTerms(terms);
        }
    }

    public Optional<Participation> find(Party party) {
        return participations.stream().filter(participation -> sameParty(participation.getParty(), party)).findFirst();
    }

    public int size() {
        return participations.size();
    }

    private static boolean sameParty(Party one, Party other) {
        return one == other || one.equals(other) || one.getCode().equals(other.getCode());
    }
}
