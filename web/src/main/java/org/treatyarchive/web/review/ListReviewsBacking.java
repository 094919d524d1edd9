package org.treatyarchive.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.archiving.ReviewDesk;
import org.treatyarchive.review.ReviewItem;
import org.treatyarchive.web.shared.PagedModel;

import java.io.Serializable;

/**
 * Backs {@code review/list.xhtml}: for reviewers, what waits for review, oldest first; for
 * archivists, their drafts a reviewer returned.
 */
@Named
@ViewScoped
public class ListReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewDesk desk;

    private final PagedModel<ReviewItem> queue = new PagedModel<>((first, size) -> desk.queue(first, size), item -> String.valueOf(item.id()));
    private final PagedModel<ReviewItem> returned = new PagedModel<>((first, size) -> desk.returnedToMe(first, size),
            item -> String.valueOf(item.id()));

    public PagedModel<ReviewItem> getQueue() {
        return queue;
    }

    public PagedModel<ReviewItem> getReturned() {
        return returned;
    }
}
