package org.jixiao.xlsx;

import java.util.Objects;

/**
 * How a sheet jixiao writes prints, since these sheets are printed, signed and stamped: on A4, one page wide and
 * as many tall as it needs, landscape when its columns are wider than a portrait page, one header row repeated
 * at the top of every page, and a footer naming the unit or batch, the sheet and 「第 &amp;P 页 共 &amp;N 页」.
 * Rendered here as SpreadsheetML for the two writers that write XML ({@link ReportWorkbook}, the lean copy);
 * the POI copy sets the same through POI's API from the accessors. Immutable and thread-safe.
 *
 * @param landscape  whether the page is turned
 * @param titleRow   the zero-based row repeated at the top of each page, -1 for none
 * @param lastColumn the last column printed, zero-based: columns right of it stay on screen only; -1 prints all
 * @param gridLines  whether the cell grid prints, for a sheet that is one table
 * @param name       the unit or batch the footer names, "" for none
 */
public record PrintLayout(boolean landscape, int titleRow, int lastColumn, boolean gridLines, String name) {

    /** A4 in SpreadsheetML's and POI's paper-size numbering. */
    public static final short A4 = 9;
    /** Margins in inches: narrower at the sides than Excel's 0.7 so a wide table loses less to fit-to-width. */
    public static final double LEFT = 0.5;
    public static final double RIGHT = 0.5;
    public static final double TOP = 0.75;
    public static final double BOTTOM = 0.75;
    public static final double HEADER = 0.3;
    public static final double FOOTER = 0.3;
    /** Excel's default column width, in characters, for a column the sheet gives none. */
    public static final double DEFAULT_WIDTH = 8.43;
    /** Side margins Excel assumes where a sheet sets none (0.7 each). */
    public static final double DEFAULT_SIDE_MARGINS = 1.4;
    private static final double A4_WIDTH_INCHES = 210 / 25.4;
    /** Excel's footer holds at most 255 characters; the name gets what the page number leaves. */
    private static final int NAME_LIMIT = 120;

    public PrintLayout {
        Objects.requireNonNull(name, "name");
        if (titleRow < -1 || lastColumn < -1) {
            throw new IllegalArgumentException("titleRow and lastColumn are -1 or a zero-based index");
        }
    }

    /**
     * The layout of a sheet with these column widths (characters, from column A), landscape when they are wider
     * than a portrait page between this layout's margins.
     */
    public static PrintLayout of(int[] widths, int titleRow, String name) {
        double[] w = new double[widths.length];
        for (int c = 0; c < widths.length; c++) {
            w[c] = widths[c];
        }
        return new PrintLayout(widerThanPortrait(w, LEFT + RIGHT), titleRow, -1, false, name);
    }

    /** The same layout printing only columns 0..lastColumn, turned by their width alone. */
    public PrintLayout printingColumns(int[] widths, int lastColumn) {
        int[] printed = java.util.Arrays.copyOf(widths, Math.min(widths.length, lastColumn + 1));
        return new PrintLayout(of(printed, titleRow, name).landscape(), titleRow, lastColumn, gridLines, name);
    }

    /** The same layout printing the cell grid: a sheet that is one table reads row by row on paper. */
    public PrintLayout withGridLines() {
        return new PrintLayout(landscape, titleRow, lastColumn, true, name);
    }

    /** The same layout repeating another row at the top of each page. */
    PrintLayout withTitleRow(int row) {
        return new PrintLayout(landscape, row, lastColumn, gridLines, name);
    }

    /**
     * Whether columns of these widths (characters, as Excel stores them; 0 for a hidden column) are wider than an
     * A4 portrait page less {@code sideMargins} inches: Excel shows a column of w characters in the default
     * Calibri 11 as 7w + 5 pixels at 96 per inch.
     */
    public static boolean widerThanPortrait(double[] widths, double sideMargins) {
        double pixels = 0;
        for (double w : widths) {
            if (w > 0) {
                pixels += Math.floor(w * 7 + 5);
            }
        }
        return pixels / 96 > A4_WIDTH_INCHES - sideMargins;
    }

    /** Points per line of wrapped text in the default 11-point font, as Excel's default row height. */
    private static final int LINE_HEIGHT = 15;
    /** Excel's tallest row is 409 points: a cell wrapping further is cut there. */
    private static final int MAX_LINES = 27;

    /**
     * How many lines {@code text} takes wrapped in a column {@code width} characters wide, estimated as Excel
     * measures width: a CJK or full-width character counts two, anything else one, and a line keeps a
     * character of padding. Line breaks in the text start new lines.
     */
    public static int lines(String text, double width) {
        double usable = Math.max(1, width - 1);
        int lines = 0;
        double line = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                lines += Math.max(1, (int) Math.ceil(line / usable));
                line = 0;
            } else {
                line += cp >= 0x2E80 && !(cp >= 0xFF61 && cp <= 0xFFDC) ? 2 : 1;
            }
        }
        lines += Math.max(1, (int) Math.ceil(line / usable));
        return Math.min(lines, MAX_LINES);
    }

    /** The height in points of a row holding this many lines of wrapped text. */
    public static int rowHeight(int lines) {
        return LINE_HEIGHT * Math.max(1, lines);
    }

    /**
     * The centre footer as the header/footer codes spell it: the name (an ampersand doubled, as the codes
     * require), the sheet's name ({@code &A}) and 第 &P 页 共 &N 页.
     */
    public String footer() {
        String shown = name.length() > NAME_LIMIT ? name.substring(0, NAME_LIMIT) + "…" : name;
        return (shown.isBlank() ? "" : shown.strip().replace("&", "&&") + "　") + "&A　第 &P 页 共 &N 页";
    }

    /** {@code <sheetPr>}: the first child of a worksheet, turning fit-to-page on. */
    public String sheetProperties() {
        return "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>";
    }

    /**
     * What follows the sheet's data, hyperlinks included, and precedes any drawing, in CT_Worksheet's order:
     * printOptions, pageMargins, pageSetup, headerFooter.
     */
    public String pageXml() {
        return "<printOptions horizontalCentered=\"1\"" + (gridLines ? " gridLines=\"1\"" : "") + "/><pageMargins left=\"" + LEFT + "\" right=\"" + RIGHT + "\" top=\"" + TOP
                + "\" bottom=\"" + BOTTOM + "\" header=\"" + HEADER + "\" footer=\"" + FOOTER + "\"/><pageSetup paperSize=\""
                + A4 + "\" orientation=\"" + (landscape ? "landscape" : "portrait")
                + "\" fitToWidth=\"1\" fitToHeight=\"0\"/><headerFooter><oddFooter>" + Xml.escape("&C" + footer())
                + "</oddFooter></headerFooter>";
    }

    /**
     * The workbook's defined names for this sheet (its zero-based position {@code localSheetId}): the print
     * titles, and the print area when not every column prints ({@code lastRow} is the sheet's last row).
     */
    public String definedNames(String sheet, int localSheetId, int lastRow) {
        StringBuilder names = new StringBuilder();
        if (lastColumn >= 0) {
            names.append(definedName("_xlnm.Print_Area", localSheetId, SheetWriter.sheetPrefix(sheet)
                    + SheetWriter.absoluteRange(0, 0, Math.max(lastRow, 0), lastColumn)));
        }
        if (titleRow >= 0) {
            names.append(definedName("_xlnm.Print_Titles", localSheetId, SheetWriter.sheetPrefix(sheet) + "$"
                    + (titleRow + 1) + ":$" + (titleRow + 1)));
        }
        return names.toString();
    }

    private static String definedName(String name, int localSheetId, String formula) {
        return "<definedName name=\"" + name + "\" localSheetId=\"" + localSheetId + "\">" + Xml.escape(formula)
                + "</definedName>";
    }
}
