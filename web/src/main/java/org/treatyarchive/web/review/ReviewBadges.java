package org.treatyarchive.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.archiving.ReviewDesk;
import org.treatyarchive.review.ReviewCounts;

/** The numbers in the menu: asked once per page, whatever the number of places that show them. */
@Named
@RequestScoped
public class ReviewBadges {

    @Inject
    ReviewDesk desk;

    private ReviewCounts counts;

    public ReviewCounts getCounts() {
        if (counts == null) {
            counts = desk.counts();
        }
        return counts;
    }

    public long getTotal() {
        return getCounts().awaiting() + getCounts().returned();
    }

    /** "3 waiting for your review, 1 returned to you", for the badge's tooltip and screen readers. */
    public String getDescription() {
        StringBuilder text = new StringBuilder();
        if (getCounts().awaiting() > 0) {
            text.append(getCounts().awaiting()).append(" waiting for your review");
        }
        if (getCounts().returned() > 0) {
            text.append(text.isEmpty() ? "" : ", ").append(getCounts().returned()).append(" returned to you");
        }
        return text.toString();
    }
}
