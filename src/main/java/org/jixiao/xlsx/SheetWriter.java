package org.jixiao.xlsx;

import java.math.BigDecimal;

import org.jixiao.model.CellRef;

/**
 * Appends the XML of a new worksheet's rows and cells: rows in increasing order, cells left to right, text
 * written inline (no shared-string table to keep in step), numbers as exact decimals. Used for the sheets jixiao
 * adds to a filled copy and for the sheets of 汇总.xlsx. Not thread-safe.
 */
public final class SheetWriter {

    public static final String SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String PAGE_MARGINS =
            "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>";

    private final StringBuilder xml;
    private int row = -1;
    private boolean rowOpen;

    public SheetWriter(StringBuilder xml) {
        this.xml = xml;
    }

    /** Starts row {@code r} (zero-based), closing the one before; rows must come in increasing order. */
    public void row(int r) {
        if (r <= row) {
            throw new IllegalArgumentException("rows must increase: " + r + " after " + row);
        }
        endRow();
        row = r;
        rowOpen = true;
        xml.append("<row r=\"").append(r + 1).append("\">");
    }

    /** Closes the open row, if any; call before writing what follows sheetData. */
    public void endRow() {
        if (rowOpen) {
            xml.append("</row>");
            rowOpen = false;
        }
    }

    /** The row last started, zero-based; -1 before the first. */
    public int currentRow() {
        return row;
    }

    public void text(int column, String text, int style) {
        start(column, style).append(" t=\"inlineStr\">").append(Xml.inlineString(text)).append("</c>");
    }

    public void number(int column, BigDecimal value, int style) {
        start(column, style).append("><v>").append(value.toPlainString()).append("</v></c>");
    }

    public void number(int column, double value, int style) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a number a cell can hold: " + value);
        }
        start(column, style).append("><v>").append(value).append("</v></c>");
    }

    public void number(int column, long value, int style) {
        start(column, style).append("><v>").append(value).append("</v></c>");
    }

    private StringBuilder start(int column, int style) {
        if (!rowOpen) {
            throw new IllegalStateException("no row started");
        }
        xml.append("<c r=\"").append(CellRef.columnName(column)).append(row + 1).append('"');
        if (style != 0) {
            xml.append(" s=\"").append(style).append('"');
        }
        return xml;
    }

    /** {@code <cols>} with one width, in characters, per column from A. */
    public static void columns(StringBuilder xml, int[] widths) {
        xml.append("<cols>");
        for (int c = 0; c < widths.length; c++) {
            xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(widths[c]).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols>");
    }

    /** A sheet name as formulas and defined names quote it: {@code '汇总'!}. */
    public static String sheetPrefix(String sheet) {
        return "'" + sheet.replace("'", "''") + "'!";
    }

    /** An absolute range such as {@code $A$12:$B$15}, zero-based bounds. */
    public static String absoluteRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return "$" + CellRef.columnName(firstColumn) + "$" + (firstRow + 1) + ":$" + CellRef.columnName(lastColumn)
                + "$" + (lastRow + 1);
    }
}
