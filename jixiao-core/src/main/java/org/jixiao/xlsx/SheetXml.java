package org.jixiao.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One worksheet part scanned once: every cell with its value resolved to text, its format index and where its
 * element sits in the bytes; every row's element; the merged regions; and where a writer may insert a
 * &lt;legacyDrawing&gt; for comments. Immutable once scanned.
 */
public final class SheetXml {

    /** Elements that must follow &lt;legacyDrawing&gt; in a worksheet (CT_Worksheet's sequence). */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

    /** What a cell holds as stored: t="s" strings already looked up, inline strings joined. */
    public enum Kind { NUMBER, STRING, BOOLEAN, ERROR, BLANK }

    /**
     * One &lt;c&gt;: zero-based row and column, its cellXfs index, its kind and value text, whether it has a
     * formula and whether that formula has a cached result, its byte range [start, end), and for a number its
     * value (NaN otherwise).
     */
    public record Cell(int row, int column, int style, Kind kind, String value, boolean formula, int start, int end,
                       double number) {
    }

    /**
     * One &lt;row&gt;: zero-based index; [start, end) of the whole element; where its start tag ends and its end
     * tag starts (both {@code end} for a self-closing row).
     */
    public record Row(int index, int start, int startTagEnd, int endTagStart, int end, boolean selfClosing) {
    }

    private final byte[] bytes;
    private final List<Cell> cells;
    private final List<Row> rows;
    private final List<int[]> merges;
    private final int sheetDataStart;
    private final int sheetDataEnd;
    private final boolean sheetDataSelfClosing;
    private final boolean implicitReferences;
    private final boolean legacyDrawing;
    private final int legacyDrawingAt;
    private final String namespaceDeclaration;

    private SheetXml(Builder b) {
        this.bytes = b.bytes;
        this.cells = b.cells;
        this.rows = b.rows;
        this.merges = b.merges;
        this.sheetDataStart = b.sheetDataStart;
        this.sheetDataEnd = b.sheetDataEnd;
        this.sheetDataSelfClosing = b.sheetDataSelfClosing;
        this.implicitReferences = b.implicitReferences;
        this.legacyDrawing = b.legacyDrawing;
        this.legacyDrawingAt = b.legacyDrawingAt;
        this.namespaceDeclaration = b.mainIsDefault ? "" : PartEdits.namespaceDeclaration(XmlCursor.MAIN);
    }

    /**
     * What an unprefixed element jixiao writes into this sheet (a cell, a row, a legacyDrawing) must carry on its
     * start tag to be in the spreadsheet namespace: empty when the default namespace is that one at the worksheet,
     * its sheetData and every row (as every usual producer writes it), {@code  xmlns="…main"} otherwise.
     */
    public String namespaceDeclaration() {
        return namespaceDeclaration;
    }

    static SheetXml scan(byte[] bytes, SharedStrings strings) throws NotLean {
        return scan(bytes, strings, LeanLimits.NONE);
    }

    /** Scans a worksheet, refusing with {@link NotLean.TooLarge} once it holds more rows or cells than {@code limits}. */
    static SheetXml scan(byte[] bytes, SharedStrings strings, LeanLimits limits) throws NotLean {
        XmlCursor xml = new XmlCursor(bytes);
        xml.root("worksheet", XmlCursor.MAIN);
        Builder b = new Builder(bytes);
        b.mainIsDefault = xml.defaultIsRoot();
        int nextRow = 0;
        int nextColumn = 0;
        int rowIndex = -1;
        int rowStart = -1;
        int rowTagEnd = -1;
        // POI keeps the last of a row or cell given twice, which the lean path would read as well: refused (the
        // home-made mutator found a cell given twice read differently)
        java.util.BitSet rowsSeen = new java.util.BitSet();
        java.util.BitSet columnsSeen = new java.util.BitSet();
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START) {
                if (xml.depth() == 2 && b.legacyDrawingAt < 0 && xml.inRootNamespace()
                        && AFTER_LEGACY_DRAWING.contains(xml.localName())) {
                    b.legacyDrawingAt = xml.tokenStart();
                }
                if (xml.is("c")) {
                    if (rowIndex < 0) {
                        throw new NotLean("cell outside a row");
                    }
                    String r = xml.attr("r");
                    int column;
                    if (r == null) {
                        b.implicitReferences = true;
                        column = nextColumn;
                    } else {
                        int[] rc = parseReference(r);
                        if (rc[0] != rowIndex) {
                            throw new NotLean("cell " + r + " outside its row " + (rowIndex + 1));
                        }
                        column = rc[1];
                    }
                    nextColumn = column + 1;
                    if (columnsSeen.get(column)) {
                        throw new NotLean("cell given twice in row " + (rowIndex + 1));
                    }
                    columnsSeen.set(column);
                    if (b.cells.size() >= limits.maxSheetCells()) {
                        throw tooLarge(String.format("%,d 个单元格", limits.maxSheetCells()), "--max-sheet-cells", "cells");
                    }
                    b.cells.add(cell(xml, strings, rowIndex, column));
                } else if (xml.is("row")) {
                    if (++b.rowCount > limits.maxSheetRows()) {
                        throw tooLarge(String.format("%,d 行", limits.maxSheetRows()), "--max-sheet-rows", "rows");
                    }
                    String r = xml.attr("r");
                    if (r == null) {
                        b.implicitReferences = true;
                        rowIndex = nextRow;
                    } else {
                        rowIndex = parsePositive(r) - 1;
                    }
                    nextRow = rowIndex + 1;
                    nextColumn = 0;
                    if (rowsSeen.get(rowIndex)) {
                        throw new NotLean("row " + (rowIndex + 1) + " given twice");
                    }
                    rowsSeen.set(rowIndex);
                    columnsSeen.clear();
                    b.mainIsDefault &= xml.defaultIsRoot();
                    rowStart = xml.tokenStart();
                    rowTagEnd = xml.tokenEnd();
                    if (xml.selfClosing()) {
                        b.rows.add(new Row(rowIndex, rowStart, rowTagEnd, rowTagEnd, rowTagEnd, true));
                    }
                } else if (xml.is("sheetData")) {
                    b.mainIsDefault &= xml.defaultIsRoot();
                    b.sheetDataStart = xml.tokenStart();
                    b.sheetDataSelfClosing = xml.selfClosing();
                    b.sheetDataEnd = xml.selfClosing() ? xml.tokenEnd() : -1;
                    if (!xml.selfClosing()) {
                        b.sheetDataStart = xml.tokenEnd();
                    }
                } else if (xml.is("mergeCell")) {
                    b.merges.add(mergeRange(xml.attr("ref")));
                } else if (xml.is("legacyDrawing")) {
                    b.legacyDrawing = true;
                }
            } else if (t == XmlCursor.END) {
                if (xml.is("row") && !xml.selfClosing() && rowStart >= 0) {
                    if (b.rows.isEmpty() || b.rows.get(b.rows.size() - 1).start() != rowStart) {
                        b.rows.add(new Row(rowIndex, rowStart, rowTagEnd, xml.tokenStart(), xml.tokenEnd(), false));
                    }
                } else if (xml.is("sheetData") && b.sheetDataEnd < 0) {
                    b.sheetDataEnd = xml.tokenStart();
                } else if (xml.is("worksheet") && xml.depth() == 0 && b.legacyDrawingAt < 0) {
                    b.legacyDrawingAt = xml.tokenStart();
                }
            }
        }
        if (b.sheetDataStart < 0 || b.sheetDataEnd < 0 || b.legacyDrawingAt < 0) {
            throw new NotLean("worksheet without sheetData");
        }
        return new SheetXml(b);
    }

    private static NotLean.TooLarge tooLarge(String bound, String option, String what) {
        return new NotLean.TooLarge("工作表超过 " + bound + "的上限；可用 " + option + " 提高上限，并相应加大内存"
                + "（JIXIAO_JAVA_OPTS=-Xmx2g） / the sheet has more " + what + " than the limit of " + bound.split(" ")[0]
                + " (raise with " + option + " and a larger heap)");
    }

    private static Cell cell(XmlCursor xml, SharedStrings strings, int row, int column) throws NotLean {
        int start = xml.tokenStart();
        String s = xml.attr("s");
        int style = s == null ? 0 : parseNonNegative(s);
        String type = xml.attr("t");
        String value = null;
        String inline = null;
        boolean formula = false;
        if (!xml.selfClosing()) {
            while (true) {
                int t = xml.next();
                if (t == XmlCursor.EOF) {
                    throw new NotLean("unterminated cell");
                }
                if (t == XmlCursor.END) {
                    break;
                }
                if (t == XmlCursor.START) {
                    if (xml.is("v")) {
                        if (value != null) {
                            // POI takes the first, a guess either way (found by the home-made mutator)
                            throw new NotLean("cell with two values");
                        }
                        value = xml.textContent();
                    } else if (xml.is("f")) {
                        formula = true;
                        xml.skipElement();
                    } else if (xml.is("is")) {
                        inline = SharedStrings.stringItem(xml);
                    } else {
                        xml.skipElement();
                    }
                }
            }
        } else {
            xml.next();
        }
        int end = xml.tokenEnd();
        Kind kind;
        String text;
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                kind = value == null ? Kind.BLANK : Kind.STRING;
                text = value == null ? "" : strings.get(parseNonNegative(value.strip()));
            }
            case "inlineStr" -> {
                kind = inline == null && value == null ? Kind.BLANK : Kind.STRING;
                text = inline != null ? inline : value == null ? "" : value;
            }
            case "str" -> {
                kind = value == null ? Kind.BLANK : Kind.STRING;
                text = value == null ? "" : SharedStrings.unescape(value);
            }
            case "b" -> {
                kind = value == null ? Kind.BLANK : Kind.BOOLEAN;
                text = value == null ? "" : value.strip();
            }
            case "e" -> {
                kind = value == null ? Kind.BLANK : Kind.ERROR;
                text = value == null ? "" : value.strip();
            }
            case "n" -> {
                kind = value == null || value.isBlank() ? Kind.BLANK : Kind.NUMBER;
                text = value == null ? "" : value.strip();
            }
            default -> throw new NotLean("cell type " + t);
        }
        boolean uncached = formula && value == null && inline == null;
        double number = Double.NaN;
        if (kind == Kind.NUMBER) {
            try {
                number = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                // POI gives up on such a cell as well; the fallback names the file damaged
                throw new NotLean("numeric cell holding " + text);
            }
        }
        return new Cell(row, column, style, uncached ? null : kind, text, formula, start, end, number);
    }

    /** A1, $A1, A$1 or $A$1, as POI's CellReference takes it and nothing looser (F1$8 was found by WriteFuzzTest). */
    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})");

    static int[] parseReference(String ref) throws NotLean {
        int[] plain = plainReference(ref);
        if (plain != null) {
            return plain;
        }
        java.util.regex.Matcher m = REFERENCE.matcher(ref);
        if (!m.matches()) {
            throw new NotLean("bad reference " + ref);
        }
        int column = 0;
        for (char ch : m.group(1).toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            column = column * 26 + (ch - 'A' + 1);
        }
        if (column > 16384) {
            throw new NotLean("bad reference " + ref);
        }
        return new int[] {parsePositive(m.group(2)) - 1, column - 1};
    }

    /** A reference such as B12 (upper-case letters then digits, as every writer puts it), else null. */
    private static int[] plainReference(String ref) {
        int n = ref.length();
        int i = 0;
        int column = 0;
        while (i < n && i < 3) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            column = column * 26 + (ch - 'A' + 1);
            i++;
        }
        int digits = n - i;
        if (i == 0 || column > 16384 || digits < 1 || digits > 7) {
            return null;
        }
        int row = 0;
        for (int j = i; j < n; j++) {
            char ch = ref.charAt(j);
            if (ch < '0' || ch > '9') {
                return null;
            }
            row = row * 10 + (ch - '0');
        }
        return row < 1 || row > 1_048_576 ? null : new int[] {row - 1, column - 1};
    }

    /**
     * A merged region as POI takes it: a ref it must have, first cell before last (POI refuses the file
     * otherwise; both found by the home-made mutator).
     */
    private static int[] mergeRange(String ref) throws NotLean {
        if (ref == null) {
            throw new NotLean("mergeCell without ref");
        }
        int colon = ref.indexOf(':');
        int[] first = parseReference(colon < 0 ? ref : ref.substring(0, colon));
        int[] last = colon < 0 ? first : parseReference(ref.substring(colon + 1));
        if (last[0] < first[0] || last[1] < first[1]) {
            throw new NotLean("merged region " + ref + " runs backwards");
        }
        return new int[] {first[0], first[1], last[0], last[1]};
    }

    static int[] parseRange(String ref) throws NotLean {
        int colon = ref.indexOf(':');
        int[] first = parseReference(colon < 0 ? ref : ref.substring(0, colon));
        int[] last = colon < 0 ? first : parseReference(ref.substring(colon + 1));
        return new int[] {Math.min(first[0], last[0]), Math.min(first[1], last[1]), Math.max(first[0], last[0]),
            Math.max(first[1], last[1])};
    }

    private static int parsePositive(String s) throws NotLean {
        int n = parseNonNegative(s);
        if (n < 1 || n > 1_048_576) {
            throw new NotLean("bad row number " + s);
        }
        return n;
    }

    private static int parseNonNegative(String s) throws NotLean {
        int length = s.length();
        if (length > 0 && length <= 9) { // plain digits, as every writer puts them
            int value = 0;
            int i = 0;
            while (i < length && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i++) - '0');
            }
            if (i == length) {
                return value;
            }
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n < 0) {
                throw new NotLean("negative index " + s);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new NotLean("not an index: " + s);
        }
    }

    public byte[] bytes() {
        return bytes;
    }

    /** Cells in document order. A cell whose formula has no cached result has a null kind. */
    public List<Cell> cells() {
        return cells;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Merged regions as {firstRow, firstColumn, lastRow, lastColumn}, zero-based. */
    public List<int[]> merges() {
        return merges;
    }

    public boolean hasUncachedFormula() {
        return cells.stream().anyMatch(c -> c.kind() == null);
    }

    public boolean hasFormula() {
        return cells.stream().anyMatch(Cell::formula);
    }

    boolean implicitReferences() {
        return implicitReferences;
    }

    public boolean hasLegacyDrawing() {
        return legacyDrawing;
    }

    /** Where a &lt;legacyDrawing&gt; element would go. */
    public int legacyDrawingAt() {
        return legacyDrawingAt;
    }

    /** Byte offset just inside &lt;sheetData&gt; (or of a self-closing one). */
    public int sheetDataStart() {
        return sheetDataStart;
    }

    /** Byte offset of &lt;/sheetData&gt; (or just after a self-closing one). */
    public int sheetDataEnd() {
        return sheetDataEnd;
    }

    public boolean sheetDataSelfClosing() {
        return sheetDataSelfClosing;
    }

    private static final class Builder {
        final byte[] bytes;
        final List<Cell> cells = new ArrayList<>();
        final List<Row> rows = new ArrayList<>();
        final List<int[]> merges = new ArrayList<>();
        int sheetDataStart = -1;
        int sheetDataEnd = -1;
        boolean sheetDataSelfClosing;
        boolean implicitReferences;
        boolean legacyDrawing;
        int legacyDrawingAt = -1;
        boolean mainIsDefault;
        int rowCount;

        Builder(byte[] bytes) {
            this.bytes = bytes;
        }
    }
}
