package org.jixiao.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A header row (or two stacked header rows) of a table: which column holds which field. The leftmost column
 * wins when a merged header spans several. Immutable after {@link #find}.
 */
final class HeaderRow {

    private final int firstRow;
    private final int dataStart;
    private final Map<Column, Integer> columns;

    private HeaderRow(int firstRow, int dataStart, Map<Column, Integer> columns) {
        this.firstRow = firstRow;
        this.dataStart = dataStart;
        this.columns = columns;
    }

    /** Reads row r as an indicator-table header; present only if it names a level column and a 得分 column. */
    static Optional<HeaderRow> indicatorHeader(SheetGrid grid, int r) {
        Map<Column, Integer> found = match(grid, r, Column.INDICATOR_COLUMNS);
        boolean hasLevel = found.containsKey(Column.LEVEL1) || found.containsKey(Column.LEVEL2)
                || found.containsKey(Column.LEVEL3);
        if (!hasLevel || !found.containsKey(Column.SCORE)) {
            return Optional.empty();
        }
        return Optional.of(withContinuation(grid, r, found, Column.INDICATOR_COLUMNS));
    }

    /** Reads row r as a budget-block header: it names 执行数 and a 预算数 column. */
    static Optional<HeaderRow> budgetHeader(SheetGrid grid, int r) {
        Map<Column, Integer> found = match(grid, r, Column.BUDGET_COLUMNS);
        if (!found.containsKey(Column.EXECUTED)
                || !(found.containsKey(Column.BUDGET) || found.containsKey(Column.INITIAL_BUDGET))) {
            return Optional.empty();
        }
        return Optional.of(withContinuation(grid, r, found, Column.BUDGET_COLUMNS));
    }

    /**
     * Two-row headers: the next row belongs to the header when the header's level cells are merged down into it,
     * or when it holds nothing but header names. Its names then join this header and data starts a row later.
     */
    private static HeaderRow withContinuation(SheetGrid grid, int r, Map<Column, Integer> found,
                                              List<Column> candidates) {
        int next = r + 1;
        if (next >= grid.rows()) {
            return new HeaderRow(r, next, found);
        }
        boolean mergedDown = found.entrySet().stream()
                .anyMatch(e -> e.getKey() != Column.SCORE && grid.continuesFromAbove(next, e.getValue()));
        boolean onlyNames = true;
        boolean anyName = false;
        for (int c = 0; c < grid.cols(); c++) {
            if (grid.continuesFromAbove(next, c) || grid.continuesFromLeft(next, c) || grid.raw(next, c).isEmpty()) {
                continue;
            }
            boolean name = Column.matchKey(grid.headerKey(next, c), candidates).isPresent();
            anyName |= name;
            onlyNames &= name;
        }
        if (!mergedDown && !(onlyNames && anyName)) {
            return new HeaderRow(r, next, found);
        }
        Map<Column, Integer> merged = new EnumMap<>(Column.class);
        merged.putAll(found);
        merged.putAll(match(grid, next, candidates));
        return new HeaderRow(r, next + 1, merged);
    }

    /** Header names written in row r itself; cells merged down from a row above are not this row's headers. */
    private static Map<Column, Integer> match(SheetGrid grid, int r, List<Column> candidates) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int c = 0; c < grid.cols(); c++) {
            // no header name is a number: the figures of every data row need no normalising here
            if (grid.continuesFromLeft(r, c) || grid.continuesFromAbove(r, c) || grid.raw(r, c).number().isPresent()) {
                continue;
            }
            int col = c;
            Column.matchKey(grid.headerKey(r, c), candidates).ifPresent(column -> found.putIfAbsent(column, col));
        }
        return found;
    }

    int firstRow() {
        return firstRow;
    }

    /** The first row after the header. */
    int dataStart() {
        return dataStart;
    }

    Optional<Integer> column(Column column) {
        return Optional.ofNullable(columns.get(column));
    }

    boolean has(Column column) {
        return columns.containsKey(column);
    }

    /** The leftmost column that holds a figure (not a label). */
    int firstValueColumn(List<Column> valueColumns) {
        return valueColumns.stream().map(columns::get).filter(c -> c != null).min(Integer::compare)
                .orElse(Integer.MAX_VALUE);
    }
}
