package org.treatyarchive.web.agreements;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.shared.PageRequest;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Feeds the agreement table one page at a time from the catalogue; sorting, filtering and counting
 * happen in the search index, never in memory.
 */
class AgreementListModel extends LazyDataModel<AgreementSummary> {

    private static final long serialVersionUID = 1L;

    /** The list's current filter; serializable, as the view holding the model is copied between nodes. */
    interface Filter extends Supplier<SearchQuery>, Serializable {
    }

    // The container's proxy of the catalogue, which is copied with the view and finds the catalogue on the other node.
    private final AgreementCatalog catalog;
    private final Filter filter;

    AgreementListModel(AgreementCatalog catalog, Filter filter) {
        this.catalog = catalog;
        this.filter = filter;
    }

    /** The page on show stays behind when the view is copied to another node; the table reads it again. */
    @Serial
    private Object writeReplace() {
        AgreementListModel withoutRows = new AgreementListModel(catalog, filter);
        withoutRows.setPageSize(getPageSize());
        return withoutRows;
    }

    @Override
    public int count(Map<String, FilterMeta> ignored) {
        return (int) Math.min(Integer.MAX_VALUE, catalog.count(filter.get()));
    }

    @Override
    public List<AgreementSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
        AgreementSort sort = AgreementSort.SIGNED;
        boolean ascending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = AgreementSort.valueOf(meta.getField());
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        return catalog.list(filter.get(), new PageRequest<>(first / size, size, sort, ascending));
    }

    @Override
    public String getRowKey(AgreementSummary row) {
        return row.reference();
    }
}
