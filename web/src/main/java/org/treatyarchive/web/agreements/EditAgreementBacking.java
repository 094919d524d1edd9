package org.treatyarchive.web.agreements;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.tabview.TabView;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.file.UploadedFile;
import org.treatyarchive.agreement.AgreementEdit;
import org.treatyarchive.agreement.AgreementField;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.ConsentType;
import org.treatyarchive.agreement.DocumentEntry;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.agreement.RelationType;
import org.treatyarchive.archiving.AgreementEditing;
import org.treatyarchive.archiving.DocumentFiling;
import org.treatyarchive.archiving.ReviewDesk;
import org.treatyarchive.document.DocumentKind;
import org.treatyarchive.event.Event;
import org.treatyarchive.party.Party;
import org.treatyarchive.review.ProposalKind;
import org.treatyarchive.review.RecordReview;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.NoteKind;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.web.shared.Conflicts;
import org.treatyarchive.web.shared.FileDescriptions;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code agreements/edit.xhtml} (a new agreement) and {@code agreements/edit.xhtml?ref=...}
 * (an existing one). The whole record is one form in five tabs, kept in the view while the archivist
 * works and saved in one transaction. Rows are added, moved and removed without a save; a refused
 * save keeps everything typed, shows the message at its field and opens the tab that holds it.
 */
@Named
@ViewScoped
public class EditAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "agreement:tabs:";

    /**
     * The input or table that edits each field the service may refuse, inside the tab view: a field's
     * own name, a list's table; derived from the one list of fields the domain's rules name.
     */
    private static final Map<String, String> COMPONENT_OF_FIELD = Arrays.stream(AgreementField.values())
            .filter(field -> field.part().isPresent())
            .collect(Collectors.toUnmodifiableMap(AgreementField::key, EditAgreementBacking::componentOf));

    /** The tab of each input and table, by the component id inside the tab view; the tabs follow the record's parts. */
    private static final Map<String, Integer> TAB_OF_COMPONENT = tabsOfComponents();

    private static String componentOf(AgreementField field) {
        if (!field.isList() || field == AgreementField.SUBJECTS) {
            return field.key();
        }
        return (field == AgreementField.PARTICIPATIONS ? "parties" : field.key()) + "Table";
    }

    private static Map<String, Integer> tabsOfComponents() {
        Map<String, Integer> tabs = new HashMap<>();
        for (AgreementField field : AgreementField.values()) {
            field.part().ifPresent(part -> tabs.put(componentOf(field), part.ordinal()));
        }
        tabs.put("partyChoice", AgreementField.Part.PARTIES.ordinal());
        tabs.put("relationChoice", AgreementField.Part.RELATIONS.ordinal());
        tabs.put("upload", AgreementField.Part.DOCUMENTS.ordinal());
        return Map.copyOf(tabs);
    }

    private static final String FIRST_ERROR_SHOWN = EditAgreementBacking.class.getName() + ".firstErrorShown";

    @Inject
    AgreementEditing editing;

    @Inject
    ReviewDesk desk;

    @Inject
    DocumentFiling filing;

    private String ref;
    private AgreementEdit form;
    private int activeTab;
    private final Conflicts conflicts = new Conflicts();
    private String partyChoice;
    private String relationChoice;
    private RelationType relationType = RelationType.REFERS_TO;
    private final Map<String, String> suggested = new HashMap<>();
    private transient List<Event> events;
    private transient List<Subject> subjects;

    /** Called by {@code f:viewAction} on the first request only; postbacks keep what was typed. */
    public void load() throws IOException {
        try {
            form = ref == null || ref.isBlank() ? editing.startNew() : editing.open(ref);
            if (!form.isNew()) {
                explainWorkflow(desk.ofRecord(form.getReference()));
            }
        } catch (NotFoundException notFound) {
            Pages.notFound(notFound.getMessage());
        }
    }

    /** Says, above the form, what a save will do to a record under review. */
    private static void explainWorkflow(RecordReview review) {
        if (review.inReview()) {
            Messages.warn(Messages.text("edit.workflow.inReview"));
        } else if (review.publication() == Publication.PUBLISHED) {
            Messages.warn(review.draft() && review.openKind() == ProposalKind.CHANGE
                    ? Messages.text("edit.workflow.draftChange")
                    : Messages.text("edit.workflow.published"));
        }
        if (review.returned()) {
            Messages.warn(Messages.text("edit.workflow.returned", review.returnComment()));
        }
    }

    public void save() throws IOException {
        conflicts.clear();
        String saved;
        String done;
        try {
            if (form.isNew()) {
                saved = editing.create(form);
                done = Messages.text("edit.saved.new", saved);
            } else {
                saved = form.getReference();
                done = editing.update(form) == Publication.PUBLISHED
                        ? Messages.text("edit.saved.change", saved)
                        : Messages.text("edit.saved.draft", saved);
            }
        } catch (InvalidRecordException invalid) {
            String component = COMPONENT_OF_FIELD.get(invalid.getField());
            Messages.error(component == null ? null : FORM + component, Messages.describe(invalid));
            if (component != null) {
                Messages.error(null, Messages.text("edit.notSaved", Messages.describe(invalid)));
            }
            return;
        } catch (EditConflictException conflict) {
            conflicts.refuse(Messages.describe(conflict));
            return;
        } catch (WorkflowException refused) {
            Messages.error(null, Messages.text("edit.notSaved", Messages.describe(refused)));
            return;
        }
        Messages.doneAfterRedirect(done);
        Pages.redirect("/agreements/view.xhtml?ref=" + saved);
    }

    /** After a conflict: drops the form's changes and shows the version saved by the other person. */
    public void reload() {
        form = editing.open(form.getReference());
        conflicts.clear();
        FacesContext.getCurrentInstance().getViewRoot().resetValues(FacesContext.getCurrentInstance(), List.of("agreement"));
        Messages.done(Messages.text("edit.reloaded", getLastSaved()));
    }

    /**
     * Before rendering a refused form, opens the tab holding the first message, whichever phase
     * refused it (an unreadable date is refused by its converter, before {@link #save()} runs).
     */
    public void showFirstError() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isValidationFailed()) {
            return;
        }
        faces.getClientIdsWithMessages().forEachRemaining(clientId -> {
            if (clientId != null && clientId.startsWith(FORM) && !faces.getAttributes().containsKey(FIRST_ERROR_SHOWN)) {
                String component = clientId.substring(FORM.length()).split(":")[0];
                Integer tab = TAB_OF_COMPONENT.get(component);
                if (tab != null) {
                    activeTab = tab;
                    // The tab view holds the index the browser posted; it outranks the bean's.
                    if (faces.getViewRoot().findComponent("agreement:tabs") instanceof TabView tabs) {
                        tabs.setActiveIndex(tab);
                    }
                    faces.getAttributes().put(FIRST_ERROR_SHOWN, Boolean.TRUE);
                }
            }
        });
    }

    // --- parties ------------------------------------------------------------------------------

    public List<Party> completeParty(String query) {
        List<Party> found = editing.suggestParties(query);
        found.forEach(party -> suggested.put(party.getCode(), party.getName()));
        return found;
    }

    public void addParty(SelectEvent<String> chosen) {
        String code = chosen.getObject();
        partyChoice = null;
        if (code != null && suggested.containsKey(code) && !form.addParty(code, suggested.get(code))) {
            Messages.error(FORM + "partyChoice", suggested.get(code) + " is already a party to this agreement.");
        }
    }

    // --- relations ----------------------------------------------------------------------------

    public List<AgreementSummary> completeAgreement(String query) {
        List<AgreementSummary> found = editing.suggestAgreements(query).stream()
                .filter(row -> !row.reference().equals(form.getReference()))
                .toList();
        found.forEach(row -> suggested.put(row.reference(), row.shortTitle() != null ? row.shortTitle() : row.officialTitle()));
        return found;
    }

    public void addRelation(SelectEvent<String> chosen) {
        String reference = chosen.getObject();
        relationChoice = null;
        if (reference != null && suggested.containsKey(reference)) {
            form.addRelation(relationType, reference, suggested.get(reference));
        }
    }

    // --- documents ------------------------------------------------------------------------------

    /**
     * A file dropped or chosen in the Documents tab: checked and kept at once (its own transaction),
     * added to the form; the record holds it from the next save. A refused file says why at the upload.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            DocumentEntry entry = filing.receive(file.getFileName(), content);
            if (!form.addDocument(entry)) {
                Messages.error(FORM + "upload", Messages.text("edit.upload.twice", file.getFileName(),
                        form.findDocument(entry.getSha256()).map(DocumentEntry::getTitle).orElse("")));
            }
        } catch (InvalidRecordException refused) {
            Messages.error(FORM + "upload", file.getFileName() + ": " + Messages.describe(refused));
        } catch (IOException unreadable) {
            Messages.error(FORM + "upload", Messages.text("upload.unreadable", file.getFileName()));
        }
    }

    public DocumentKind[] getDocumentKinds() {
        return DocumentKind.values();
    }

    public long getMaxUploadBytes() {
        return filing.maxUploadBytes();
    }

    public long getMaxUploadMegabytes() {
        return filing.maxUploadBytes() / (1024 * 1024);
    }

    public String describeFile(DocumentEntry document) {
        return FileDescriptions.describe(document);
    }

    // --- choices for the menus ----------------------------------------------------------------

    public List<Event> getEvents() {
        if (events == null) {
            events = editing.events();
        }
        return events;
    }

    public List<Subject> getSubjects() {
        if (subjects == null) {
            subjects = editing.subjects();
        }
        return subjects;
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }

    public AgreementFormat[] getFormats() {
        return AgreementFormat.values();
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    /** The statuses an archivist may state; "not recorded" is the absence of one. */
    public List<AgreementStatus> getStatedStatuses() {
        return List.of(AgreementStatus.IN_FORCE, AgreementStatus.NOT_YET_IN_FORCE, AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED);
    }

    public ConsentType[] getConsentTypes() {
        return ConsentType.values();
    }

    public RelationType[] getRelationTypes() {
        return RelationType.values();
    }

    public NoteKind[] getNoteKinds() {
        return NoteKind.values();
    }

    // --- state --------------------------------------------------------------------------------

    public String getLastSaved() {
        return form == null ? "" : Conflicts.lastSaved(form.getEditedBy(), form.getEditedAt());
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public AgreementEdit getForm() {
        return form;
    }

    public Conflicts getConflicts() {
        return conflicts;
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public String getPartyChoice() {
        return partyChoice;
    }

    public void setPartyChoice(String partyChoice) {
        this.partyChoice = partyChoice;
    }

    public String getRelationChoice() {
        return relationChoice;
    }

    public void setRelationChoice(String relationChoice) {
        this.relationChoice = relationChoice;
    }

    public RelationType getRelationType() {
        return relationType;
    }

    public void setRelationType(RelationType relationType) {
        this.relationType = relationType;
    }
}
