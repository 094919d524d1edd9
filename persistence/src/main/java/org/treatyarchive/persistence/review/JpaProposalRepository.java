package org.treatyarchive.persistence.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.review.Proposal;
import org.treatyarchive.review.ProposalRepository;
import org.treatyarchive.review.ReviewItem;
import org.treatyarchive.review.ReviewState;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.EditConflictException;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProposalRepository implements ProposalRepository {

    private static final List<ReviewState> OPEN = List.of(ReviewState.DRAFT, ReviewState.IN_REVIEW);

    /** The queue's row, read as a projection: the proposed content is not loaded for a list. */
    private static final String ITEM = "select new org.treatyarchive.review.ReviewItem(p.id, a.reference, "
            + "coalesce(a.shortTitle, a.officialTitle), p.kind, p.state, p.returned, p.submittedAt, p.editedBy, p.editedAt, "
            + "(case when exists (select 1 from Proposal q join q.authors w where q = p and w = :viewer) then true else false end)) "
            + "from Proposal p join p.agreement a ";

    @Inject
    EntityManager em;

    @Override
    public Optional<Proposal> findById(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    @Override
    public Optional<Proposal> findOpen(Agreement agreement) {
        return em.createQuery("select p from Proposal p where p.agreement = :agreement and p.state in :open", Proposal.class)
                .setParameter("agreement", agreement)
                .setParameter("open", OPEN)
                .getResultStream().findFirst();
    }

    @Override
    public List<Proposal> findByAgreement(Agreement agreement) {
        // The steps of all of them in one more query (batch fetch), not one per proposal.
        return em.createQuery("select p from Proposal p where p.agreement = :agreement order by p.createdAt, p.id", Proposal.class)
                .setParameter("agreement", agreement)
                .getResultList();
    }

    @Override
    public void add(Proposal proposal) {
        em.persist(proposal);
    }

    @Override
    public void removeAll(Agreement agreement) {
        findByAgreement(agreement).forEach(em::remove);
        em.flush();
    }

    @Override
    public void update(Proposal proposal) {
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw new EditConflictException(proposal.described(), null, null);
        }
    }

    @Override
    public List<ReviewItem> awaitingReview(Classification clearance, String viewer, int firstRow, int size) {
        return items(ITEM + "where p.state = :state and a.classification in :visible order by p.submittedAt, p.id", viewer)
                .setParameter("state", ReviewState.IN_REVIEW)
                .setParameter("visible", visible(clearance))
                .setFirstResult(firstRow).setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countAwaitingReview(Classification clearance) {
        return em.createQuery("select count(p) from Proposal p join p.agreement a where p.state = :state and a.classification in :visible", Long.class)
                .setParameter("state", ReviewState.IN_REVIEW)
                .setParameter("visible", visible(clearance))
                .getSingleResult();
    }

    @Override
    public long countApprovableBy(String reviewer, Classification clearance) {
        return em.createQuery("select count(p) from Proposal p join p.agreement a where p.state = :state and a.classification in :visible "
                        + "and not exists (select 1 from Proposal q join q.authors w where q = p and w = :reviewer)", Long.class)
                .setParameter("state", ReviewState.IN_REVIEW)
                .setParameter("visible", visible(clearance))
                .setParameter("reviewer", reviewer)
                .getSingleResult();
    }

    @Override
    public List<ReviewItem> returnedTo(String author, int firstRow, int size) {
        return items(ITEM + "where p.state = :state and p.returned = true and :viewer member of p.authors "
                + "order by p.updatedAt desc, p.id", author)
                .setParameter("state", ReviewState.DRAFT)
                .setFirstResult(firstRow).setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countReturnedTo(String author) {
        return em.createQuery("select count(p) from Proposal p where p.state = :state and p.returned = true and :author member of p.authors", Long.class)
                .setParameter("state", ReviewState.DRAFT)
                .setParameter("author", author)
                .getSingleResult();
    }

    private TypedQuery<ReviewItem> items(String query, String viewer) {
        return em.createQuery(query, ReviewItem.class).setParameter("viewer", viewer == null ? "" : viewer);
    }

    private static List<Classification> visible(Classification clearance) {
        return EnumSet.allOf(Classification.class).stream().filter(clearance::covers).toList();
    }

    @Override
    public List<Proposal> awaitingReviewFromImport(long run, Classification clearance, long afterId, int max) {
        return em.createQuery("select p from Proposal p join fetch p.agreement a where p.importRun = :run and p.state = :state "
                        + "and a.classification in :visible and p.id > :after order by p.id", Proposal.class)
                .setParameter("run", run)
                .setParameter("state", ReviewState.IN_REVIEW)
                .setParameter("visible", visible(clearance))
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countAwaitingReviewFromImport(long run) {
        return em.createQuery("select count(p) from Proposal p where p.importRun = :run and p.state = :state", Long.class)
                .setParameter("run", run)
                .setParameter("state", ReviewState.IN_REVIEW)
                .getSingleResult();
    }
}
