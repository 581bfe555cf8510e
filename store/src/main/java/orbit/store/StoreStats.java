package orbit.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A summary of what a store holds.
 *
 * @param datasets rows, first and last date per dataset
 * @param dyads    the most frequent directed dyads
 * @param roots    event counts per CAMEO root, most frequent first
 * @param imports  number of import runs recorded
 */
public record StoreStats(List<DatasetRow> datasets, List<DyadRow> dyads, List<RootRow> roots, long imports) {
    public record DatasetRow(String dataset, long events, LocalDate first, LocalDate last) {}

    public record DyadRow(String source, String target, long events) {}

    public record RootRow(String root, String name, long events) {}

    public long events() {
        return datasets.stream().mapToLong(DatasetRow::events).sum();
    }
}
