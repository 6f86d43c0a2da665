package org.jixiao.model;

import java.util.Objects;

/**
 * One cell of one sheet, zero-based, printed the way a spreadsheet user types it: {@code Sheet1!C7}.
 * Immutable and thread-safe.
 *
 * @param sheet the sheet's name
 * @param row the row, zero-based (row 7 of the sheet is 6)
 * @param column the column, zero-based (C is 2)
 */
public record CellRef(String sheet, int row, int column) {

    /**
     * Creates the value, checking its components.
     *
     * @param sheet see {@link #sheet()}
     * @param row see {@link #row()}
     * @param column see {@link #column()}
     */
    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("row and column are zero-based and non-negative: " + row + "," + column);
        }
    }

    /**
     * The address without the sheet.
     *
     * @return e.g. {@code C7}
     */
    public String a1() {
        return columnName(column) + (row + 1);
    }

    private static final String[] SINGLE_LETTERS = java.util.stream.IntStream.range(0, 26)
            .mapToObj(c -> String.valueOf((char) ('A' + c))).toArray(String[]::new);

    /**
     * Spreadsheet column letters for a zero-based index.
     *
     * @param column the column, zero-based
     * @return 0 → A, 25 → Z, 26 → AA
     */
    public static String columnName(int column) {
        if (column < SINGLE_LETTERS.length) {
            return SINGLE_LETTERS[column];
        }
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /**
     * The cell in the same row of another column.
     *
     * @param newColumn the column, zero-based
     * @return the cell
     */
    public CellRef withColumn(int newColumn) {
        return new CellRef(sheet, row, newColumn);
    }

    /**
     * The address as a spreadsheet user types it, the sheet quoted where it needs to be.
     *
     * @return e.g. {@code Sheet1!C7} or {@code \'部门 整体\'!C7}
     */
    @Override
    public String toString() {
        boolean quote = sheet.chars().anyMatch(ch -> ch == ' ' || ch == '!' || ch == '\'' || ch == '-');
        String name = quote ? "'" + sheet.replace("'", "''") + "'" : sheet;
        return name + "!" + a1();
    }
}
