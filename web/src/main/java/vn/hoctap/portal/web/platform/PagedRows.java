package vn.hoctap.portal.web.platform;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serial;
import java.util.List;
import java.util.Map;

/**
 * The one lazy data model of the portal's tables: a page of rows comes from a boundary, with the
 * table's sort column and order, never a whole table into memory. Filters live in the view (they
 * are form fields), not in the table.
 *
 * @param <T> a row record with an {@code id}
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A page of rows and how many there are in all. */
    public record Page<T>(List<T> rows, long total) {
    }

    /** Asks the boundary for one page. */
    @FunctionalInterface
    public interface Source<T> extends java.io.Serializable {
        Page<T> page(int pageIndex, int pageSize, String sortField, boolean ascending);
    }

    /** A row's identity, for the table's row keys. */
    @FunctionalInterface
    public interface Key<T> extends java.io.Serializable {
        Object of(T row);
    }

    private final Source<T> source;
    private final Key<T> key;
    private transient List<T> current = List.of();

    public PagedRows(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.page(0, 1, null, false).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        int size = Math.max(1, pageSize);
        Page<T> page = source.page(first / size, size, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING);
        setRowCount((int) page.total());
        current = page.rows();
        return current;
    }

    /** The rows shown now (the last page loaded). */
    public List<T> current() {
        return current == null ? List.of() : current;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return current().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
