package org.jixiao.model;

import java.util.Objects;

/**
 * One cell of one sheet, zero-based, printed the way a spreadsheet user types it: {@code Sheet1!C7}.
 * Immutable and thread-safe.
 */
public record CellRef(String sheet, int row, int column) {

    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("row and column are zero-based and non-negative: " + row + "," + column);
        }
    }

    /** The address without the sheet, e.g. {@code C7}. */
    public String a1() {
        return columnName(column) + (row + 1);
    }

    private static final String[] SINGLE_LETTERS = java.util.stream.IntStream.range(0, 26)
            .mapToObj(c -> String.valueOf((char) ('A' + c))).toArray(String[]::new);

    /** Spreadsheet column letters for a zero-based index: 0 → A, 25 → Z, 26 → AA. */
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

    public CellRef withColumn(int newColumn) {
        return new CellRef(sheet, row, newColumn);
    }

    @Override
    public String toString() {
        boolean quote = sheet.chars().anyMatch(ch -> ch == ' ' || ch == '!' || ch == '\'' || ch == '-');
        String name = quote ? "'" + sheet.replace("'", "''") + "'" : sheet;
        return name + "!" + a1();
    }
}
