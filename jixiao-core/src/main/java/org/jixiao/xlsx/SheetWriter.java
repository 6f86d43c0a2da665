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

    private static final byte[] ROW_START = bytes("<row r=\"");
    private static final byte[] TAG_END = bytes("\">");
    private static final byte[] ROW_END = bytes("</row>");
    private static final byte[] CELL_START = bytes("<c r=\"");
    private static final byte[] STYLE = bytes("\" s=\"");
    private static final byte[] INLINE = bytes("\" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVE = bytes("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_END = bytes("</t></is></c>");
    private static final byte[] VALUE = bytes("\"><v>");
    private static final byte[] VALUE_END = bytes("</v></c>");

    private final Utf8Builder xml;
    private int row = -1;
    private boolean rowOpen;
    /** Where the open row's start tag takes a height, and the most lines a wrapped cell in it needs. */
    private int heightAt;
    private int lines;

    public SheetWriter(Utf8Builder xml) {
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
        xml.ascii(ROW_START).number(r + 1);
        heightAt = xml.length() + 1;
        lines = 1;
        xml.ascii(TAG_END);
    }

    /**
     * Makes the open row tall enough for a wrapped cell of this many lines. Written as a height of its own,
     * because LibreOffice does not grow a row to its wrapped text when it opens the file, and a row that
     * needs no height at print time keeps its print layout the same in every reader.
     */
    public void lines(int n) {
        if (!rowOpen) {
            throw new IllegalStateException("no row started");
        }
        lines = Math.max(lines, n);
    }

    /** Closes the open row, if any; call before writing what follows sheetData. */
    public void endRow() {
        if (rowOpen) {
            if (lines > 1) {
                xml.insert(heightAt, " ht=\"" + PrintLayout.rowHeight(lines) + "\" customHeight=\"1\"");
            }
            xml.ascii(ROW_END);
            rowOpen = false;
        }
    }

    /** The row last started, zero-based; -1 before the first. */
    int currentRow() {
        return row;
    }

    /** An inline-string cell, keeping leading and trailing white space and line breaks as typed. */
    public void text(int column, String text, int style) {
        start(column, style);
        xml.ascii(Xml.preservesSpace(text) ? INLINE_PRESERVE : INLINE).text(text).ascii(INLINE_END);
    }

    public void number(int column, BigDecimal value, int style) {
        start(column, style);
        xml.ascii(VALUE).ascii(value.toPlainString()).ascii(VALUE_END);
    }

    void number(int column, double value, int style) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a number a cell can hold: " + value);
        }
        start(column, style);
        xml.ascii(VALUE).ascii(Double.toString(value)).ascii(VALUE_END);
    }

    void number(int column, long value, int style) {
        start(column, style);
        xml.ascii(VALUE).number(value).ascii(VALUE_END);
    }

    private void start(int column, int style) {
        if (!rowOpen) {
            throw new IllegalStateException("no row started");
        }
        xml.ascii(CELL_START).ascii(CellRef.columnName(column)).number(row + 1);
        if (style != 0) {
            xml.ascii(STYLE).number(style);
        }
    }

    /** {@code <cols>} with one width, in characters, per column from A. */
    public static void columns(Utf8Builder xml, int[] widths) {
        xml.ascii("<cols>");
        for (int c = 0; c < widths.length; c++) {
            xml.ascii("<col min=\"").number(c + 1).ascii("\" max=\"").number(c + 1).ascii("\" width=\"")
                    .number(widths[c]).ascii("\" customWidth=\"1\"/>");
        }
        xml.ascii("</cols>");
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A sheet name as formulas and defined names quote it: {@code '汇总'!}. */
    static String sheetPrefix(String sheet) {
        return "'" + sheet.replace("'", "''") + "'!";
    }

    /** An absolute range such as {@code $A$12:$B$15}, zero-based bounds. */
    static String absoluteRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return "$" + CellRef.columnName(firstColumn) + "$" + (firstRow + 1) + ":$" + CellRef.columnName(lastColumn)
                + "$" + (lastRow + 1);
    }
}
