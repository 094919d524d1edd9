package org.treatyarchive.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of an import's report: a row of the file, what became of it, the record it wrote or
 * would change, and the problems that kept it out. Keyed by run and row, not by a generated id, so
 * that a chunk's report rows are written in one batch.
 */
@Entity
@Table(name = "import_row")
@IdClass(ImportRow.Key.class)
public class ImportRow implements Serializable {

    public static final int TITLE_MAX = 300;
    public static final int PROBLEMS_MAX = 4000;

    @Id
    @Column(name = "run_id")
    private long run;

    @Id
    @Column(name = "row_no")
    private int number;

    @Column(name = "external_id", length = 100)
    private String externalId;

    @Column(name = "title", length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20, nullable = false)
    private ImportOutcome outcome;

    @Column(name = "reference", length = 20)
    private String reference;

    /** One problem a line, "column: message". */
    @Column(name = "problems", length = PROBLEMS_MAX)
    private String problems;

    /** What makes a row the same agreement as another in the file: "id:" and its register number, or "title|signed" without one. */
    @Column(name = "row_key", length = 400)
    private String key;

    protected ImportRow() {
        // for JPA
    }

    public ImportRow(long run, int number, String key, String externalId, String title, ImportOutcome outcome, String reference,
                     List<ImportProblem> problems) {
        this.run = run;
        this.key = key == null ? null : cut(key, 400);
        this.number = number;
        this.externalId = externalId == null || externalId.isBlank() ? null : cut(externalId.strip(), 100);
        this.title = title == null || title.isBlank() ? null : cut(title.strip(), TITLE_MAX);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reference = reference;
        this.problems = problems.isEmpty() ? null
                : cut(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")), PROBLEMS_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public long getRun() { return run; }
    public int getNumber() { return number; }
    public String getExternalId() { return externalId; }
    public String getTitle() { return title; }
    public ImportOutcome getOutcome() { return outcome; }
    public String getReference() { return reference; }
    public String getKey() { return key; }

    /** The problems, one a line ("signed: '31.02.2002' is not a date: …"); empty for a row without any. */
    public List<String> getProblems() {
        return problems == null ? List.of() : List.of(problems.split("\n"));
    }

    /** The identity of a report row: its run and its number in the file. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long run;
        private int number;

        public Key() {
        }

        public Key(long run, int number) {
            this.run = run;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.run == run && key.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(run, number);
        }
    }
}
