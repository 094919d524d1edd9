package org.treatyarchive.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementAssembly;
import org.treatyarchive.agreement.AgreementDraft;
import org.treatyarchive.agreement.AgreementEdit;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.review.Proposal;
import org.treatyarchive.review.ProposalKind;
import org.treatyarchive.review.ProposalRepository;
import org.treatyarchive.review.ReviewState;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.SecurityEventType;
import org.treatyarchive.user.SecurityLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The transactions of an import: claiming a run, one chunk of rows, the end. A chunk reads each
 * row onto the form of its record (a new one, or the one its register number names), runs it
 * through the same constraints and rules as a form's save, and, in a real run, writes it as the
 * run's owner would have from the form: a new record or a change, submitted for review as part of
 * the run's batch, or published at once for an administrator who asked for it. No person calls this;
 * {@link ImportWork} does, in the background, with the owner's name and clearance recorded on the run.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportChunk {

    /** A run whose worker has not been heard of for this long stopped (its node went down): another takes it up. */
    static final Duration STALE = Duration.ofMinutes(2);
    /** The reference a new record is checked under before it is issued one. */
    private static final String NOT_YET_ISSUED = "AGR-0000-0000";

    @Inject
    ImportRepository imports;

    @Inject
    AgreementRepository agreements;

    @Inject
    ProposalRepository proposals;

    @Inject
    AgreementAssembly assembly;

    @Inject
    Validator validator;

    @Inject
    SecurityLog securityLog;

    private final Clock clock = Clock.systemUTC();

    /** The run's worker was replaced after it fell silent; the newer one goes on and this one stops. */
    static class TakenOverException extends RuntimeException {
        TakenOverException(long run) {
            super("Import " + run + " is being read by another worker");
        }
    }

    Optional<ImportJob> claim() {
        Instant now = clock.instant();
        return imports.claim(now, now.minus(STALE)).flatMap(imports::find).map(run -> {
            run.claim(now);
            return new ImportJob(run, imports.keysRead(run.getId()));
        });
    }

    /**
     * Reads, checks and (unless a dry run) writes the rows, with their report lines and the run's position.
     *
     * @param last whether these are the run's last rows: only they wait for the search index, so that a run
     *             reported finished is found by search whole, while the chunks before it never wait
     * @return the keys of the rows read, to find repeats in later chunks once this one has committed
     */
    Map<String, Integer> process(ImportJob job, List<RegisterRow> rows, boolean last) {
        ImportRun run = current(job);
        if (!last) {
            imports.indexWithoutWaiting();
        }
        List<String> externalIds = rows.stream().map(ImportChunk::externalId).filter(Objects::nonNull).distinct().toList();
        Map<String, String> found = agreements.referencesByExternalId(externalIds);
        // Read once for the chunk; a number the rows did not name as such (the form normalised it) is looked up alone.
        UnaryOperator<String> holders = number -> externalIds.contains(number) ? found.get(number)
                : agreements.referencesByExternalId(List.of(number)).get(number);
        Map<String, String> entered = enteredAlready(rows, found);
        Map<String, Integer> keys = new HashMap<>();
        List<ImportRow> report = new ArrayList<>(rows.size());
        Instant now = clock.instant();
        for (RegisterRow row : rows) {
            report.add(decide(job, row, holders, entered, keys, now));
        }
        run.advance(rows.get(rows.size() - 1).number(), report.stream().map(ImportRow::getOutcome).toList(), now);
        imports.addRows(report);
        imports.writeAndRelease();
        return keys;
    }

    /**
     * The records the archive holds under the title and date of signature of the rows that name no
     * record by register number, in one query for the chunk (the rows are read here a first time for it).
     */
    private Map<String, String> enteredAlready(List<RegisterRow> rows, Map<String, String> holders) {
        List<String> titles = new ArrayList<>();
        List<HistoricalDate> dates = new ArrayList<>();
        for (RegisterRow row : rows) {
            String number = externalId(row);
            if (number == null || holders.get(number) == null) {
                AgreementEdit probe = new AgreementEdit();
                RegisterColumns.readInto(row, probe);
                if (probe.getOfficialTitle() != null && probe.getSigned() != null) {
                    titles.add(probe.getOfficialTitle());
                    dates.add(probe.getSigned());
                }
            }
        }
        return agreements.referencesByTitleAndSignature(titles, dates);
    }

    /** A row that could not be written even alone: refused with the reason, so that the run goes on past it. */
    Map<String, Integer> refuse(ImportJob job, RegisterRow row, RuntimeException why) {
        ImportRun run = current(job);
        Instant now = clock.instant();
        String reason = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
        imports.addRows(List.of(new ImportRow(job.id, row.number(), null, externalId(row), row.cell(RegisterColumns.OFFICIAL_TITLE),
                ImportOutcome.INVALID, null, List.of(new ImportProblem("row", "could not be written, nothing of it was: " + reason)))));
        run.advance(row.number(), List.of(ImportOutcome.INVALID), now);
        return Map.of();
    }

    void finish(ImportJob job) {
        ImportRun run = current(job);
        run.finish(clock.instant());
        if (run.isPublish()) {
            securityLog.record(new SecurityEvent(clock.instant(), SecurityEventType.IMPORT_PUBLISHED, job.owner, null,
                    "import " + job.id + " of " + job.fileName + " published " + (run.getRowsCreated() + run.getRowsUpdated())
                            + " records without review"));
        }
    }

    void fail(ImportJob job, String why) {
        imports.find(job.id).ifPresent(run -> run.fail(why, clock.instant()));
    }

    List<String> abandonedDryRunFiles() {
        return imports.abandonedDryRuns(clock.instant().minus(Duration.ofDays(7))).stream().map(ImportRun::getFileKey).toList();
    }

    private ImportRun current(ImportJob job) {
        ImportRun run = imports.find(job.id).orElseThrow(() -> new TakenOverException(job.id));
        if (run.getState() != ImportState.RUNNING || run.getClaims() != job.claim) {
            throw new TakenOverException(job.id);
        }
        return run;
    }

    // --- one row -------------------------------------------------------------------------------

    private ImportRow decide(ImportJob job, RegisterRow row, UnaryOperator<String> holders, Map<String, String> entered,
                             Map<String, Integer> keys, Instant now) {
        String externalId = externalId(row);
        String holder = externalId == null ? null : holders.apply(externalId);
        List<ImportProblem> problems = new ArrayList<>();
        Agreement existing = holder == null ? null : agreements.findCompleteByReference(holder).orElse(null);
        Proposal open = existing == null ? null : proposals.findOpen(existing).orElse(null);
        AgreementEdit edit = existing == null ? new AgreementEdit() : startFrom(existing, open, job, problems);
        String before = content(edit);
        problems.addAll(RegisterColumns.readInto(row, edit));
        String key = key(externalId, edit);
        Integer earlier = key == null ? null : job.keys.getOrDefault(key, keys.get(key));
        if (key != null && earlier == null) {
            keys.put(key, row.number());
        }
        if (problems.isEmpty() && existing != null && before.equals(content(edit))) {
            return line(job, row, key, edit, ImportOutcome.UNCHANGED, holder, problems);
        }
        if (earlier != null) {
            problems.add(new ImportProblem(externalId != null ? RegisterColumns.EXTERNAL_ID : RegisterColumns.OFFICIAL_TITLE,
                    "the row repeats row " + earlier + (externalId != null ? " (the same register number)" : " (the same title and date of signature)")
                            + "; keep one of them."));
        }
        if (problems.isEmpty()) {
            check(job, edit, existing, open, holders, entered, problems);
        }
        if (!problems.isEmpty()) {
            return line(job, row, key, edit, ImportOutcome.INVALID, holder, problems);
        }
        if (job.dryRun) {
            return line(job, row, key, edit, existing == null ? ImportOutcome.WOULD_CREATE : ImportOutcome.WOULD_UPDATE, holder, problems);
        }
        String comment = cut("Imported from " + job.fileName + ", row " + row.number() + " (import " + job.id + ").");
        if (existing == null) {
            return line(job, row, key, edit, ImportOutcome.CREATED, create(job, edit, holders, comment, now), problems);
        }
        change(job, edit, existing, open, holders, comment, now);
        return line(job, row, key, edit, ImportOutcome.UPDATED, holder, problems);
    }

    /** The form a row is read onto for a record that exists: its open draft change if it has one, else the record. */
    private static AgreementEdit startFrom(Agreement existing, Proposal open, ImportJob job, List<ImportProblem> problems) {
        String number = existing.getExternalId();
        if (!job.clearance.covers(existing.getClassification())) {
            problems.add(new ImportProblem(RegisterColumns.EXTERNAL_ID, "the register number " + number
                    + " belongs to a record above your clearance; an archivist cleared for it must import this row."));
        } else if (existing.getPublication() == Publication.WITHDRAWN) {
            problems.add(new ImportProblem(RegisterColumns.EXTERNAL_ID, existing.getReference() + " (register number " + number
                    + ") was withdrawn from the archive and is no longer changed."));
        } else if (open != null && open.getKind() == ProposalKind.WITHDRAWAL) {
            problems.add(new ImportProblem(RegisterColumns.EXTERNAL_ID, "the withdrawal of " + existing.getReference()
                    + " is open; it cannot be changed meanwhile."));
        }
        AgreementEdit edit = open != null && open.getKind() == ProposalKind.CHANGE ? AgreementDraft.read(open.getContent()) : AgreementEdit.of(existing);
        edit.setReference(existing.getReference());
        return edit;
    }

    /** Everything a save from the form would check, gathered as the row's problems rather than stopping at the first. */
    private void check(ImportJob job, AgreementEdit edit, Agreement existing, Proposal open, UnaryOperator<String> holders,
                       Map<String, String> entered, List<ImportProblem> problems) {
        validator.validate(edit).stream()
                .sorted(Comparator.comparing((ConstraintViolation<AgreementEdit> violation) -> violation.getPropertyPath().toString()))
                .forEach(violation -> {
                    String path = violation.getPropertyPath().toString();
                    int index = path.indexOf('[');
                    problems.add(new ImportProblem(RegisterColumns.columnOf(index < 0 ? path : path.substring(0, index)), violation.getMessage()));
                });
        if (!problems.isEmpty()) {
            return;
        }
        if (!job.clearance.covers(edit.getClassification())) {
            problems.add(new ImportProblem("classification", "you cannot classify a record " + edit.getClassification().getLabel()
                    + ": it is above your own clearance."));
            return;
        }
        if (open != null && open.getState() == ReviewState.IN_REVIEW) {
            problems.add(new ImportProblem(RegisterColumns.EXTERNAL_ID, open.describe() + " is waiting for review; import the row again "
                    + "once a reviewer has decided on it."));
            return;
        }
        if (job.publish && open != null) {
            problems.add(new ImportProblem(RegisterColumns.EXTERNAL_ID, open.describe() + " is open as a draft; publishing over it would "
                    + "lose it. Finish or discard it first, or import without publishing."));
            return;
        }
        if (existing == null && edit.getSigned() != null && edit.getOfficialTitle() != null) {
            Optional.ofNullable(entered.get(AgreementRepository.titleAndSignature(edit.getOfficialTitle(), edit.getSigned()))).ifPresent(reference ->
                    problems.add(new ImportProblem(RegisterColumns.OFFICIAL_TITLE, "the archive already holds this agreement: " + reference
                            + " has the same title and date of signature. Give the row that record's register number (externalId) "
                            + "to change it, or leave the row out.")));
            if (!problems.isEmpty()) {
                return;
            }
        }
        try {
            assembly.check(edit, existing == null ? NOT_YET_ISSUED : existing.getReference(), true, holders);
        } catch (InvalidRecordException broken) {
            problems.add(new ImportProblem(RegisterColumns.columnOf(broken.getField()), broken.getMessage()));
        }
    }

    // create and change are reached only through check, which ran the form's constraints and the clearance a moment before.
    private String create(ImportJob job, AgreementEdit edit, UnaryOperator<String> holders, String comment, Instant now) {
        String reference = agreements.nextReference(edit.getSigned().year());
        Agreement agreement = new Agreement(reference, edit.getOfficialTitle(), edit.getKind(), edit.getFormat(), edit.getSigned());
        assembly.apply(edit, agreement, job.owner, now, holders);
        agreement.verifyComplete();
        if (job.publish) {
            agreement.publish();
            agreements.add(agreement);
        } else {
            agreements.add(agreement);
            submit(job, null, () -> Proposal.newRecord(agreement, job.owner, now), null, comment, now);
        }
        return reference;
    }

    private void change(ImportJob job, AgreementEdit edit, Agreement existing, Proposal open, UnaryOperator<String> holders, String comment,
                        Instant now) {
        if (job.publish || existing.getPublication() == Publication.UNPUBLISHED) {
            assembly.apply(edit, existing, job.owner, now, holders);
            existing.verifyComplete();
            if (job.publish) {
                existing.publish();
            } else {
                submit(job, open, () -> Proposal.newRecord(existing, job.owner, now), null, comment, now);
            }
            agreements.update(existing);
            return;
        }
        String content = content(edit);
        submit(job, open, () -> Proposal.change(existing, content, null, job.owner, now), content, comment, now);
    }

    /** Sends the row's work to review in the import's batch: as a new proposal, or as the open draft revised. */
    private void submit(ImportJob job, Proposal open, Supplier<Proposal> fresh, String content, String comment, Instant now) {
        if (open == null) {
            Proposal proposal = fresh.get().fromImport(job.id);
            proposal.submit(job.owner, now, comment);
            proposals.add(proposal);
        } else {
            open.revise(content, job.owner, now);
            open.fromImport(job.id).submit(job.owner, now, comment);
            proposals.update(open);
        }
    }

    private static ImportRow line(ImportJob job, RegisterRow row, String key, AgreementEdit edit, ImportOutcome outcome, String reference,
                                  List<ImportProblem> problems) {
        String title = edit.getOfficialTitle() != null ? edit.getOfficialTitle() : row.cell(RegisterColumns.OFFICIAL_TITLE);
        return new ImportRow(job.id, row.number(), key, edit.getExternalId() != null ? edit.getExternalId() : externalId(row), title,
                outcome, reference, problems);
    }

    /** The form's content without its bookkeeping (an import never checks versions), to tell whether a row changes anything. */
    private static String content(AgreementEdit edit) {
        edit.forgetVersion();
        edit.setDraftId(null);
        return AgreementDraft.write(edit);
    }

    /** What makes two rows the same agreement: the register number, else the title and the date of signature. */
    private static String key(String externalId, AgreementEdit edit) {
        if (externalId != null) {
            return "id:" + externalId;
        }
        if (edit.getOfficialTitle() == null || edit.getSigned() == null) {
            return null;
        }
        return AgreementRepository.titleAndSignature(edit.getOfficialTitle(), edit.getSigned());
    }

    private static String externalId(RegisterRow row) {
        String cell = row.cell(RegisterColumns.EXTERNAL_ID);
        if (cell == null || cell.isEmpty() || cell.startsWith("=")) {
            return null;
        }
        return cell.length() > 1 && cell.charAt(0) == '\'' ? cell.substring(1) : cell;
    }

    private static String cut(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
