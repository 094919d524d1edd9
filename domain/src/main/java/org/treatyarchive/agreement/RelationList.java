package org.treatyarchive.agreement;

import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.treatyarchive.agreement.AgreementField.RELATIONS;

/**
 * The relations one agreement holds towards others, and their rules: none to itself, each kind
 * towards a target once. Both ends are kept in step: the target's incoming relations, from which its
 * status is derived, change with this list. Only {@link Agreement#relations()} makes one.
 */
public final class RelationList {

    private final Agreement agreement;
    private final Set<AgreementRelation> relations;

    RelationList(Agreement agreement, Set<AgreementRelation> relations) {
        this.agreement = agreement;
        this.relations = relations;
    }

    /**
     * Records that the agreement bears on another: it amends, supersedes, supplements, implements,
     * terminates or refers to it.
     */
    public AgreementRelation add(RelationType type, Agreement target, String note) {
        Check.required(RELATIONS.key(), "The related agreement", target);
        refuseSelf(target);
        if (find(type, target).isPresent()) {
            throw new InvalidRecordException(RELATIONS.key(), Phrase.of("relations.already", type, target.getReference()));
        }
        AgreementRelation relation = new AgreementRelation(agreement, type, target, note);
        relations.add(relation);
        target.receive(relation);
        return relation;
    }

    /**
     * Makes the relations exactly those listed: the others are removed, new ones added, and the
     * notes of the remaining ones updated.
     */
    public void revise(List<RelationTerms> wanted) {
        Set<String> keys = new HashSet<>();
        for (RelationTerms terms : wanted) {
            Agreement target = Check.required(RELATIONS.key(), "The related agreement", terms.target());
            Check.required(RELATIONS.key(), "The kind of relation", terms.type());
            refuseSelf(target);
            if (!keys.add(key(terms.type(), target))) {
                throw new InvalidRecordException(RELATIONS.key(), Phrase.of("relations.twice", terms.type(), target.getReference()));
            }
        }
        for (AgreementRelation relation : List.copyOf(relations)) {
            if (!keys.contains(key(relation.getType(), relation.getTarget()))) {
                remove(relation.getType(), relation.getTarget());
            }
        }
        for (RelationTerms terms : wanted) {
            Optional<AgreementRelation> held = find(terms.type(), terms.target());
            if (held.isPresent()) {
                held.get().annotate(terms.note());
            } else {
                add(terms.type(), terms.target(), terms.note());
            }
        }
    }

    public void remove(RelationType type, Agreement target) {
        relations.removeIf(relation -> {
            boolean match = relation.getType() == type && relation.getTarget().getReference().equals(target.getReference());
            if (match) {
                target.release(relation);
            }
            return match;
        });
    }

    private Optional<AgreementRelation> find(RelationType type, Agreement target) {
        return relations.stream()
                .filter(relation -> relation.getType() == type && relation.getTarget().getReference().equals(target.getReference()))
                .findFirst();
    }

    private void refuseSelf(Agreement target) {
        if (target == agreement || target.getReference().equals(agreement.getReference())) {
            throw new InvalidRecordException(RELATIONS.key(), Phrase.of("relations.self"));
        }
    }

    private static String key(RelationType type, Agreement target) {
        return type + " " + target.getReference();
    }
}
