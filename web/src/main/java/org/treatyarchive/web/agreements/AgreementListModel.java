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

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Feeds the agreement table one page at a time from the catalogue; sorting, filtering and counting
 * happen in the search index, never in memory.
 */
class AgreementListModel extends LazyDataModel<AgreementSummary> {

    private static final long serialVersionUID = 1L;

    private final transient AgreementCatalog catalog;
    private final Supplier<SearchQuery> filter;

    AgreementListModel(AgreementCatalog catalog, Supplier<SearchQuery> filter) {
        this.catalog = catalog;
        this.filter = filter;
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
