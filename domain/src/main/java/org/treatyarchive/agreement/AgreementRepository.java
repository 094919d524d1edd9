package org.treatyarchive.agreement;

import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The agreements of the archive. */
public interface AgreementRepository {

    /** The agreement alone; its collections load lazily inside the caller's transaction. */
    Optional<Agreement> findByReference(String reference);

    /**
     * The agreement with everything a detail view shows (titles, parties, articles, relations in both
     * directions, subjects, sources, notes, event) loaded in a fixed number of queries, so that it
     * can be read after the transaction ends.
     */
    Optional<Agreement> findCompleteByReference(String reference);

    /** The records the ministry register's numbers belong to, by number; numbers no record holds are left out. */
    Map<String, String> referencesByExternalId(Collection<String> externalIds);

    /**
     * The records whose official title (ignoring case and surrounding spaces) is one of these and whose
     * date of signature, at its precision, one of these: their references under {@link #titleAndSignature}
     * (the lowest where several match; a title with another of the dates may be among them).
     * How an import without register numbers recognises records already entered, a chunk of rows in one query.
     */
    Map<String, String> referencesByTitleAndSignature(Collection<String> officialTitles, Collection<HistoricalDate> signed);

    /** What makes two records the same agreement when neither has a register number: the title and the date of signature. */
    static String titleAndSignature(String officialTitle, HistoricalDate signed) {
        return officialTitle.strip().toLowerCase(Locale.ROOT) + "|" + signed.toIsoString();
    }

    /**
     * Up to {@code max} public records that were published (withdrawn ones too), in the order of
     * their last change and then of their id, from after the query's position; by an index, so
     * that a harvest of the whole archive costs the same on its last page as on its first.
     */
    List<Agreement> harvest(HarvestQuery query, int max);

    /** The last change of the public, published or withdrawn record changed longest ago. */
    Optional<Instant> earliestHarvestedChange();

    /** A document a record holds as stored (not one only in a draft change), with its record. */
    Optional<AgreementDocument> findDocument(long id);

    /**
     * One page of the list and the number of matching agreements.
     *
     * @param today the day the status filter and the statuses are judged on
     */
    default Page<AgreementSummary> search(AgreementFilter filter, PageRequest<AgreementSort> page, LocalDate today) {
        long total = count(filter, today);
        if (total == 0 || page.firstRow() >= total) {
            return new Page<>(List.of(), total);
        }
        return new Page<>(list(filter, page, today), total);
    }

    /** How many agreements match, counted in the database. */
    long count(AgreementFilter filter, LocalDate today);

    /**
     * One page of the list, filtered and sorted in the database, in a fixed number of queries
     * whatever the page size: the rows, then the parties and the ending relations of those rows.
     */
    List<AgreementSummary> list(AgreementFilter filter, PageRequest<AgreementSort> page, LocalDate today);

    /**
     * One page of the agreements any of the parties took part in, with each party's own terms, in a
     * fixed number of queries: the rows, then the parties and ending relations of their agreements.
     *
     * @param partyCodes the party and, when asked, its predecessors
     * @param filter     the other conditions (a second party, kind, status, signature period) and the caller's access
     */
    List<PartyAgreement> partyAgreements(List<String> partyCodes, AgreementFilter filter, PageRequest<AgreementSort> page, LocalDate today);

    /** The rows of {@link #partyAgreements} by the agreements' kind and status, counted in the database: their total too. */
    AgreementTally tallyPartyAgreements(List<String> partyCodes, AgreementFilter filter, LocalDate today);

    /** The agreements within the filter by kind and status, counted in the database. */
    AgreementTally tally(AgreementFilter filter, LocalDate today);

    /** For each party code, how many agreements within the filter's access it takes part in, counted in the database. */
    Map<String, Long> agreementsPerParty(AgreementFilter filter, LocalDate today);

    /** The relations held by or pointing at any of these agreements, whoever may see them: the caller filters. */
    List<RelationGraph.Edge> relationsTouching(Collection<String> references);

    /** List rows of the agreements with these references that the filter's access lets through, in no particular order. */
    List<AgreementSummary> summaries(Collection<String> references, AgreementFilter access, LocalDate today);

    /** The agreements within the filter's access counted by year of signature and kind: rows of (year, kind, count). */
    List<Object[]> countByYearAndKind(AgreementFilter access, LocalDate today);

    /** The agreements within the filter's access counted by format (bilateral, multilateral). */
    Map<AgreementFormat, Long> countByFormat(AgreementFilter access, LocalDate today);

    /** References after the given one ({@code ""} for the first), in order, at most {@code max}: a whole-archive export walks them in batches. */
    List<String> referencesAfter(String after, int max);

    /**
     * Makes the year's counter issue numbers after the given reference's, for records restored with
     * the references another archive gave them; a counter already past it is left as it is.
     */
    void keepReferencesPast(String reference);

    /**
     * Issues the next archive reference for a year of signature ({@code AGR-2018-0008}), safely
     * when several archivists create agreements at once.
     */
    String nextReference(int year);

    void add(Agreement agreement);

    /**
     * Writes the changes to an agreement of this transaction now.
     *
     * @throws org.treatyarchive.shared.EditConflictException when another transaction saved it first
     */
    void update(Agreement agreement);

    long countAll();

    /** The row version of every agreement, by id. */
    Map<Long, Long> versions();

    /** Deletes a record with its parties, articles, titles, sources, notes and relations; its history keeps it. */
    void remove(Agreement agreement);
}
