package org.treatyarchive.web.agreements;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementHistory;
import org.treatyarchive.agreement.AgreementRelation;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.DocumentEntry;
import org.treatyarchive.agreement.Participation;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.agreement.RelationGraph;
import org.treatyarchive.agreement.RelationType;
import org.treatyarchive.archiving.AgreementEditing;
import org.treatyarchive.archiving.ReviewDesk;
import org.treatyarchive.review.ProposalKind;
import org.treatyarchive.review.RecordReview;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.user.Role;
import org.treatyarchive.web.language.LanguageChoice;
import org.treatyarchive.web.security.ActiveUser;
import org.treatyarchive.web.shared.FileDescriptions;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Backs {@code agreements/view.xhtml?ref=AGR-2018-0001}: the complete record and, for the staff, its
 * place in review (submit, discard, ask for withdrawal), its review comments and its revision history
 * (restore an old revision). An unknown reference answers 404 with the archive's not-found page.
 */
@Named
@RequestScoped
public class ViewAgreementBacking {

    @Inject
    LanguageChoice language;

    @Inject
    private AgreementCatalog catalog;

    @Inject
    private ReviewDesk desk;

    @Inject
    private AgreementHistory history;

    @Inject
    private AgreementEditing editing;

    @Inject
    private ActiveUser user;

    private String ref;
    private Agreement agreement;
    private AgreementStatus status;
    private RecordReview review;
    private List<RevisionEntry> revisions;
    private String comment;
    private String reason;
    private List<DocumentEntry> documents;
    private RelationGraph graph;
    private List<LifecycleStep> lifecycle;

    /** Called by {@code f:viewAction}, before rendering. */
    public void load() throws IOException {
        try {
            getAgreement();
        } catch (NotFoundException notFound) {
            Pages.notFound(notFound.getMessage());
        }
    }

    // --- the review workflow, for the staff ------------------------------------------------------

    /** Where the record stands in review; {@code null} for readers, who see published records only. */
    public RecordReview getReview() {
        if (review == null && isStaff()) {
            review = desk.ofRecord(ref());
        }
        return review;
    }

    public boolean isStaff() {
        return user.hasRole(Role.ARCHIVIST_NAME) || user.hasRole(Role.REVIEWER_NAME) || user.hasRole(Role.ADMINISTRATOR_NAME);
    }

    /** Whether an archivist may open the form: nothing waits for review and the record is not withdrawn. */
    public boolean isEditable() {
        return user.hasRole(Role.ARCHIVIST_NAME) && getReview() != null && !getReview().inReview()
                && getReview().publication() != Publication.WITHDRAWN
                && getReview().openKind() != ProposalKind.WITHDRAWAL;
    }

    /** The documents the record holds that the caller may read (a document may be classified above its record). */
    public List<DocumentEntry> getDocuments() {
        if (documents == null) {
            documents = getAgreement().getDocuments().stream().filter(catalog::mayRead).map(DocumentEntry::of).toList();
        }
        return documents;
    }

    public String describeFile(DocumentEntry document) {
        return FileDescriptions.describe(document);
    }

    /** The record's revisions, newest first, read when the history tab is opened. */
    public List<RevisionEntry> getRevisions() {
        if (revisions == null) {
            revisions = history.of(ref());
        }
        return revisions;
    }

    public void submit() throws IOException {
        act(() -> desk.submit(ref(), comment), "Submitted " + ref() + " for review. Another person will approve it or return it to you with a comment.");
    }

    public void discard() throws IOException {
        act(() -> desk.discard(ref()), Messages.text("view.done.discarded", ref()));
    }

    /** Deletes a new draft that was never published, after the page's confirmation; back to the list. */
    public void deleteDraft() throws IOException {
        String reference = ref();
        try {
            desk.deleteNewDraft(reference);
        } catch (WorkflowException | AccessDeniedException refused) {
            Messages.error(null, Messages.text("view.notDeleted", Messages.describe(refused)));
            return;
        }
        Messages.doneAfterRedirect(Messages.text("view.done.deleted", reference));
        Pages.redirect("/agreements/list.xhtml");
    }

    public void requestWithdrawal() throws IOException {
        act(() -> desk.requestWithdrawal(ref(), reason), Messages.text("view.done.withdrawalAsked", ref()));
    }

    /** Starts a draft from an old revision and opens it in the form, to check and then submit. */
    public void restore(long revision) throws IOException {
        try {
            editing.restore(ref(), revision);
        } catch (InvalidRecordException | WorkflowException refused) {
            Messages.error(null, Messages.text("view.notRestored", String.valueOf(revision), Messages.describe(refused)));
            return;
        }
        Messages.doneAfterRedirect(Messages.text("view.done.restored", String.valueOf(revision), ref()));
        Pages.redirect("/agreements/edit.xhtml?ref=" + ref());
    }

    private void act(Runnable step, String done) throws IOException {
        try {
            step.run();
        } catch (InvalidRecordException invalid) {
            Messages.error(null, Messages.text("view.notDone", Messages.describe(invalid)));
            return;
        } catch (WorkflowException | EditConflictException refused) {
            Messages.error(null, Messages.describe(refused));
            return;
        }
        Messages.doneAfterRedirect(done);
        Pages.redirect("/agreements/view.xhtml?ref=" + ref());
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /**
     * The reference: from the view parameter, or on a postback from the form's hidden field, which
     * components' {@code rendered} conditions need before the view parameter is applied again.
     */
    private String ref() {
        if (ref == null) {
            ref = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ref");
        }
        return ref;
    }

    public String getRef() {
        return ref();
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    /** The record, read once per request; on a postback too, where the view action does not run. */
    public Agreement getAgreement() {
        if (agreement == null) {
            agreement = catalog.getByReference(ref());
            status = agreement.status(catalog.today());
        }
        return agreement;
    }

    /** "Russian (ru), Kazakh (kk)": the tags as stored, each with the language's name. */
    public String getAuthenticLanguages() {
        return LanguageChoice.languageNames(getAgreement().getAuthenticLanguages(), language.getCurrent());
    }

    public AgreementStatus getStatus() {
        getAgreement();
        return status;
    }

    /** When the record last changed, in the archive's one date format and in UTC, said so. */
    public String getLastChanged() {
        return Messages.moment(getAgreement().getUpdatedAt());
    }

    /** Relations this agreement holds, to agreements the reader may see. */
    public List<AgreementRelation> getRelations() {
        return getAgreement().getRelations().stream().filter(relation -> catalog.isVisible(relation.getTarget())).toList();
    }

    /** The record's lineage two relations out in both directions, within the reader's access; read once per request. */
    public RelationGraph getGraph() {
        if (graph == null) {
            graph = catalog.relationGraph(getAgreement().getReference(), 2);
        }
        return graph;
    }

    /**
     * One step of the record's life: its signature, a party's consent or entry into force for it, its
     * entry into force, a related agreement's signature (an amendment, a protocol, what ended it), its
     * termination, in the order of their days.
     *
     * @param reference the related agreement the step opens, if any
     */
    public record LifecycleStep(HistoricalDate date, String label, String reference) {
    }

    /** The record's lifecycle, oldest first; the related agreements only those the reader may see. */
    public List<LifecycleStep> getLifecycle() {
        if (lifecycle == null) {
            Agreement record = getAgreement();
            List<LifecycleStep> steps = new ArrayList<>();
            steps.add(new LifecycleStep(record.getSigned(), language.text("lifecycle.signed"), null));
            for (Participation participation : record.getParticipations()) {
                String party = language.partyName(participation.getParty());
                if (participation.getConsentOn() != null) {
                    steps.add(new LifecycleStep(HistoricalDate.ofDay(participation.getConsentOn()),
                            language.text("lifecycle.consent", party, language.label(participation.getConsentType())), null));
                }
                if (participation.getInForceOn() != null) {
                    steps.add(new LifecycleStep(HistoricalDate.ofDay(participation.getInForceOn()), language.text("lifecycle.inForceFor", party), null));
                }
                if (participation.getWithdrawnOn() != null) {
                    steps.add(new LifecycleStep(HistoricalDate.ofDay(participation.getWithdrawnOn()), language.text("lifecycle.withdrew", party), null));
                }
            }
            if (record.getEntryIntoForce() != null) {
                steps.add(new LifecycleStep(record.getEntryIntoForce(), language.text("lifecycle.inForce"), null));
            }
            for (AgreementRelation relation : getIncomingRelations()) {
                steps.add(new LifecycleStep(relation.getSource().getSigned(), language.text("lifecycle.relatedBy",
                        language.text("inverse.RelationType." + relation.getType().name()), relation.getSource().getDisplayTitle()),
                        relation.getSource().getReference()));
            }
            if (record.getTermination() != null) {
                steps.add(new LifecycleStep(record.getTermination(), language.text("lifecycle.terminated"), null));
            }
            steps.sort(Comparator.comparing((LifecycleStep step) -> step.date().earliest()));
            lifecycle = List.copyOf(steps);
        }
        return lifecycle;
    }

    /** The relation types as the reader's language names them, for the drawing's edges (JSON in a data attribute). */
    public String getRelationLabels() {
        JsonObjectBuilder labels = Json.createObjectBuilder();
        for (RelationType type : RelationType.values()) {
            labels.add(type.name(), language.label(type));
        }
        return labels.build().toString();
    }

    /** Relations other agreements the reader may see hold towards this one. */
    public List<AgreementRelation> getIncomingRelations() {
        return getAgreement().getIncomingRelations().stream().filter(relation -> catalog.isVisible(relation.getSource())).toList();
    }

    /** The record's title in the reader's language, shown first with the official one beside it; null when it has none (or the reader reads English). */
    public String titleIn(String language) {
        if (agreement == null || "en".equals(language)) {
            return null;
        }
        return agreement.getTitles().stream().filter(title -> title.getLanguage().equals(language)).map(title -> title.getText()).findFirst().orElse(null);
    }
}
