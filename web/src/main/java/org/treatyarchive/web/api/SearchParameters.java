package org.treatyarchive.web.api;

import jakarta.ws.rs.QueryParam;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.shared.HistoricalDate;

import static org.treatyarchive.web.shared.UrlParameters.date;
import static org.treatyarchive.web.shared.UrlParameters.enumeration;
import static org.treatyarchive.web.shared.UrlParameters.isBlank;
import static org.treatyarchive.web.shared.UrlParameters.optionalNumber;

/**
 * The parameters of a search, as the search API and the export take them ({@code @BeanParam}):
 * strings, parsed here so that a wrong one is answered 400 with its name.
 */
public class SearchParameters {

    @QueryParam("q")
    String q;
    @QueryParam("party")
    String party;
    @QueryParam("kind")
    String kind;
    @QueryParam("signedFrom")
    String signedFrom;
    @QueryParam("signedTo")
    String signedTo;
    @QueryParam("status")
    String status;
    @QueryParam("subject")
    String subject;
    @QueryParam("decade")
    String decade;
    @QueryParam("event")
    String event;
    /** A column, {@code -column} for descending; none for best match (newest first without words). */
    @QueryParam("sort")
    String sort;

    public SearchQuery query() {
        return new SearchQuery(q, enumeration("kind", kind, AgreementKind.class), party, subject,
                optionalNumber("decade", decade), event, enumeration("status", status, AgreementStatus.class),
                date("signedFrom", signedFrom, HistoricalDate::earliest), date("signedTo", signedTo, HistoricalDate::latest));
    }

    public AgreementSort sortBy() {
        return isBlank(sort) ? null : enumeration("sort", descending() ? sort.substring(1) : sort, AgreementSort.class);
    }

    public boolean ascending() {
        return !descending();
    }

    private boolean descending() {
        return sort != null && sort.startsWith("-");
    }
}
