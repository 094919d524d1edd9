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

    /**
     * The column the reader sorted by as the page carries it ({@code TITLE}, {@code -TITLE} descending), for
     * when the table does not know it: a stateless view forgets the table's sorting between requests.
     */
    interface CarriedSort extends Supplier<String>, Serializable {
    }

    // The container's proxy of the catalogue, which is copied with the view and finds the catalogue on the other node.
    private final AgreementCatalog catalog;
    private final Filter filter;
    private final CarriedSort carriedSort;

    AgreementListModel(AgreementCatalog catalog, Filter filter, CarriedSort carriedSort) {
        this.catalog = catalog;
        this.filter = filter;
        this.carriedSort = carriedSort;
    }

    /** A carried sort as the model reads it, or {@code null} when it names no column. */
    static String readableSort(String carried) {
        if (carried == null || carried.isBlank()) {
            return null;
        }
        try {
            AgreementSort.valueOf(carried.strip().replaceFirst("^-", ""));
            return carried.strip();
        } catch (IllegalArgumentException notAColumn) {
            return null;
        }
    }

    /** The page on show stays behind when the view is copied to another node; the table reads it again. */
    @Serial
    private Object writeReplace() {
        AgreementListModel withoutRows = new AgreementListModel(catalog, filter, carriedSort);
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
        } else if (carriedSort.get() != null) {
            // The bean carries only what readableSort let through.
            ascending = !carriedSort.get().startsWith("-");
            sort = AgreementSort.valueOf(carriedSort.get().replaceFirst("^-", ""));
        }
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        return catalog.list(filter.get(), new PageRequest<>(first / size, size, sort, ascending));
    }

    @Override
    public String getRowKey(AgreementSummary row) {
        return row.reference();
    }
}
