package org.treatyarchive.web.shared;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.treatyarchive.shared.Page;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A lazy table fed one page at a time by a service method that answers a {@link Page}, for lists
 * in a fixed order (users, the security log). The count and the page come from one call each; a
 * list whose total the service already knows apart from its pages (a party's agreements, from its
 * figures) is counted by that instead of by a page of one row.
 *
 * @param <T> the row type
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Serializable so that the view-scoped beans holding the model can be passivated. */
    public interface PageSource<T> extends BiFunction<Integer, Integer, Page<T>>, Serializable {
    }

    /** Serializable, for the same reason. */
    public interface RowKey<T> extends Function<T, String>, Serializable {
    }

    /** Serializable, for the same reason. */
    public interface Total extends Serializable {
        long get();
    }

    private final PageSource<T> source;
    private final Total total;
    private final RowKey<T> rowKey;

    /**
     * @param source answers (first row, page size) with a page and the total
     * @param rowKey a row's stable key
     */
    public PagedModel(PageSource<T> source, RowKey<T> rowKey) {
        this(source, () -> source.apply(0, 1).total(), rowKey);
    }

    /** @param total answers the number of rows in all, without reading a page */
    public PagedModel(PageSource<T> source, Total total, RowKey<T> rowKey) {
        this.source = source;
        this.total = total;
        this.rowKey = rowKey;
    }

    /**
     * The rows of the page on show stay behind when the view is copied to another node (or to disk):
     * they may be entities whose lazy parts cannot be read without their session, and the table reads
     * its page again when it finds none.
     */
    @Serial
    protected Object writeReplace() {
        PagedModel<T> withoutRows = new PagedModel<>(source, total, rowKey);
        withoutRows.setPageSize(getPageSize());
        return withoutRows;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total.get());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.apply(first, pageSize).items();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }
}
