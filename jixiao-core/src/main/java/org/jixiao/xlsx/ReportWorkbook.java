package org.jixiao.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a new report workbook from scratch, streaming: sheets one after another, rows as they come, so a
 * report of ten thousand rows needs no more memory than one of ten. Offers the few cell styles a report needs
 * ({@link Style}), column widths, frozen panes, filters, column charts and each sheet's {@link PrintLayout}. Each
 * sheet part is flushed once it ends; workbook, styles, relationships and content types are written on
 * {@link #close}. Not thread-safe.
 */
public final class ReportWorkbook implements Closeable {

    /**
     * The cell styles, in the order of styles.xml's cellXfs (a style's index is its ordinal). WRAPPED is plain
     * text wrapped within its column, for long text in a column kept narrow enough to print.
     */
    public enum Style { PLAIN, HEADER, MONEY, RATE, SCORE, INTEGER, WRAPPED }

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String TYPES = "application/vnd.openxmlformats-officedocument.";
    /** Flush a sheet's XML to the zip stream in pieces of about this many characters. */
    private static final int FLUSH_AT = 64 * 1024;

    private final ZipOutputStream zip;
    private final List<String> sheetNames = new ArrayList<>();
    /** Per sheet, its defined names (filter, print area, print titles); written on close. */
    private final List<String> names = new ArrayList<>();
    private final List<String> overrides = new ArrayList<>();
    private int charts;
    private int drawings;
    private Sheet open;
    private Map<String, String> customProperties = Map.of();

    public ReportWorkbook(OutputStream out) {
        this.zip = new ZipOutputStream(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /**
     * Starts the next sheet, ending the one before.
     *
     * @param widths        column widths in characters, from column A
     * @param frozenColumns columns kept in view when scrolling right
     * @param frozenRows    rows kept in view when scrolling down
     * @param print         how the sheet prints
     */
    public Sheet sheet(String name, int[] widths, int frozenColumns, int frozenRows, PrintLayout print)
            throws IOException {
        Objects.requireNonNull(print, "print");
        if (open != null) {
            open.end();
        }
        sheetNames.add(name);
        names.add("");
        int index = sheetNames.size();
        String part = "xl/worksheets/sheet" + index + ".xml";
        overrides.add(override("/" + part, TYPES + "spreadsheetml.worksheet+xml"));
        zip.putNextEntry(new ZipEntry(part));
        open = new Sheet(name, index, print, widths);
        Utf8Builder xml = open.xml;
        xml.ascii(Xml.DECLARATION).ascii("<worksheet xmlns=\"").ascii(SheetWriter.SPREADSHEET_NS).ascii("\" xmlns:r=\"")
                .ascii(SheetWriter.RELATIONSHIPS_NS).ascii("\">").utf8(print.sheetProperties())
                .ascii("<sheetViews><sheetView workbookViewId=\"0\"")
                .ascii(index == 1 ? " tabSelected=\"1\"" : "").ascii('>');
        if (frozenColumns > 0 || frozenRows > 0) {
            String pane = frozenColumns > 0 && frozenRows > 0 ? "bottomRight" : frozenRows > 0 ? "bottomLeft" : "topRight";
            xml.ascii("<pane");
            if (frozenColumns > 0) {
                xml.ascii(" xSplit=\"").number(frozenColumns).ascii('"');
            }
            if (frozenRows > 0) {
                xml.ascii(" ySplit=\"").number(frozenRows).ascii('"');
            }
            xml.ascii(" topLeftCell=\"").ascii(org.jixiao.model.CellRef.columnName(frozenColumns)).number(frozenRows + 1)
                    .ascii("\" activePane=\"").ascii(pane).ascii("\" state=\"frozen\"/><selection pane=\"")
                    .ascii(pane).ascii("\"/>");
        }
        xml.ascii("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        SheetWriter.columns(xml, widths);
        xml.ascii("<sheetData>");
        return open;
    }

    /** Text properties for docProps/custom.xml (what marks the file as jixiao's output), written on close. */
    public void customProperties(Map<String, String> properties) {
        customProperties = new LinkedHashMap<>(properties);
    }

    /** A column chart of counts: categories from column A, values from column B of the given rows. */
    public record BarChart(String title, String seriesTitle, int firstRow, int lastRow, List<String> categories,
                           List<? extends Number> values, int anchorColumn, int anchorRow) {

        public BarChart {
            categories = List.copyOf(categories);
            values = List.copyOf(values);
            if (categories.size() != values.size() || categories.size() != lastRow - firstRow + 1) {
                throw new IllegalArgumentException("one category and one value per row");
            }
        }
    }

    /** One sheet being written; valid until the next sheet starts or the workbook closes. */
    public final class Sheet {
        private final String name;
        private final int index;
        private PrintLayout print;
        private final int[] widths;
        private final Utf8Builder xml = new Utf8Builder(FLUSH_AT + 4096);
        private final SheetWriter cells = new SheetWriter(xml);
        private final List<BarChart> charts = new ArrayList<>();
        private String autoFilter;

        private Sheet(String name, int index, PrintLayout print, int[] widths) {
            this.name = name;
            this.index = index;
            this.print = print;
            this.widths = widths.clone();
        }

        /** Starts row {@code r} (zero-based); rows must come in increasing order. */
        public void row(int r) throws IOException {
            // the row before is complete (its height written) before it may leave the buffer
            cells.endRow();
            if (xml.length() >= FLUSH_AT) {
                flush();
            }
            cells.row(r);
        }

        /** A text cell; one that wraps (a header, {@link Style#WRAPPED}) makes its row as tall as its lines. */
        public void text(int column, String text, Style style) {
            cells.text(column, text, style.ordinal());
            if ((style == Style.WRAPPED || style == Style.HEADER) && column < widths.length) {
                cells.lines(PrintLayout.lines(text, widths[column]));
            }
        }

        public void number(int column, java.math.BigDecimal value, Style style) {
            cells.number(column, value, style.ordinal());
        }

        public void number(int column, double value, Style style) {
            cells.number(column, value, style.ordinal());
        }

        /**
         * Repeats row {@code r} (zero-based) at the top of each printed page, for a sheet whose table header is
         * known only as it is written.
         */
        public void titleRow(int r) {
            print = print.withTitleRow(r);
        }

        /** A filter drop-down on the header row over rows 0..lastRow and columns 0..lastColumn. */
        public void autoFilter(int lastRow, int lastColumn) {
            autoFilter = SheetWriter.absoluteRange(0, 0, lastRow, lastColumn);
        }

        public void barChart(BarChart chart) {
            charts.add(chart);
        }

        private void flush() throws IOException {
            zip.write(xml.buffer(), 0, xml.length());
            xml.clear();
        }

        private void end() throws IOException {
            cells.endRow();
            xml.ascii("</sheetData>");
            String defined = "";
            if (autoFilter != null) {
                xml.ascii("<autoFilter ref=\"").ascii(autoFilter.replace("$", "")).ascii("\"/>");
                defined = "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + (index - 1)
                        + "\" hidden=\"1\">" + Xml.escape(SheetWriter.sheetPrefix(name) + autoFilter) + "</definedName>";
            }
            names.set(index - 1, defined + print.definedNames(name, index - 1, cells.currentRow()));
            xml.utf8(print.pageXml());
            if (!charts.isEmpty()) {
                xml.ascii("<drawing r:id=\"rId1\"/>");
            }
            xml.ascii("</worksheet>");
            flush();
            zip.closeEntry();
            if (!charts.isEmpty()) {
                writeDrawing(this);
            }
            open = null;
        }
    }

    private void writeDrawing(Sheet sheet) throws IOException {
        int drawing = ++drawings;
        String drawingPart = "xl/drawings/drawing" + drawing + ".xml";
        part("xl/worksheets/_rels/sheet" + sheet.index + ".xml.rels", relationships(
                relationship(1, "drawing", "../drawings/drawing" + drawing + ".xml")));
        overrides.add(override("/" + drawingPart, TYPES + "drawing+xml"));
        StringBuilder anchors = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        for (int i = 0; i < sheet.charts.size(); i++) {
            BarChart chart = sheet.charts.get(i);
            int number = ++charts;
            String chartPart = "xl/charts/chart" + number + ".xml";
            overrides.add(override("/" + chartPart, TYPES + "drawingml.chart+xml"));
            part(chartPart, ReportCharts.chart(sheet.name, chart));
            rels.append(relationship(i + 1, "chart", "../charts/chart" + number + ".xml"));
            anchors.append(ReportCharts.anchor(chart, i + 1));
        }
        part(drawingPart, Xml.DECLARATION + ReportCharts.drawing(anchors.toString()));
        part("xl/drawings/_rels/drawing" + drawing + ".xml.rels", relationships(rels.toString()));
    }

    /** Ends the last sheet and writes the workbook's remaining parts. */
    @Override
    public void close() throws IOException {
        try {
            if (open != null) {
                open.end();
            }
            StringBuilder workbook = new StringBuilder(Xml.DECLARATION).append("<workbook xmlns=\"")
                    .append(SheetWriter.SPREADSHEET_NS).append("\" xmlns:r=\"").append(SheetWriter.RELATIONSHIPS_NS)
                    .append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
            StringBuilder rels = new StringBuilder();
            for (int i = 0; i < sheetNames.size(); i++) {
                workbook.append("<sheet name=\"").append(Xml.escape(sheetNames.get(i))).append("\" sheetId=\"")
                        .append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
                rels.append(relationship(i + 1, "worksheet", "worksheets/sheet" + (i + 1) + ".xml"));
            }
            workbook.append("</sheets>");
            String defined = String.join("", names);
            if (!defined.isEmpty()) {
                workbook.append("<definedNames>").append(defined).append("</definedNames>");
            }
            part("xl/workbook.xml", workbook.append("</workbook>").toString());
            rels.append(relationship(sheetNames.size() + 1, "styles", "styles.xml"));
            part("xl/_rels/workbook.xml.rels", relationships(rels.toString()));
            part("xl/styles.xml", STYLES);
            String packageRels = relationship(1, "officeDocument", "xl/workbook.xml");
            if (!customProperties.isEmpty()) {
                zip.putNextEntry(new ZipEntry(CustomProperties.DEFAULT_PART));
                zip.write(CustomProperties.part(customProperties));
                zip.closeEntry();
                overrides.add(override("/" + CustomProperties.DEFAULT_PART, CustomProperties.CONTENT_TYPE));
                packageRels += "<Relationship Id=\"rId2\" Type=\"" + CustomProperties.RELATIONSHIP + "\" Target=\""
                        + CustomProperties.DEFAULT_PART + "\"/>";
            }
            part("_rels/.rels", relationships(packageRels));
            part("[Content_Types].xml", Xml.DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + override("/xl/workbook.xml", TYPES + "spreadsheetml.sheet.main+xml")
                    + override("/xl/styles.xml", TYPES + "spreadsheetml.styles+xml")
                    + String.join("", overrides) + "</Types>");
        } finally {
            zip.close();
        }
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String relationships(String content) {
        return Xml.DECLARATION + "<Relationships xmlns=\"" + PartEdits.RELATIONSHIPS + "\">" + content + "</Relationships>";
    }

    private static String relationship(int id, String type, String target) {
        return "<Relationship Id=\"rId" + id + "\" Type=\"" + REL + type + "\" Target=\"" + target + "\"/>";
    }

    /** The rest of an xf start tag and its alignment child: centred vertically. */
    private static final String CENTRED = " applyAlignment=\"1\"><alignment vertical=\"center\"/>";

    /** Calibri 11; a bold, grey-filled, bottom-bordered, wrapped header; and the number formats of {@link Style}. */
    private static final String STYLES = Xml.DECLARATION + "<styleSheet xmlns=\"" + SheetWriter.SPREADSHEET_NS + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
            + "<scheme val=\"minor\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>"
            // the Normal style centred too: a reader shows a cell without a format index in it
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"" + CENTRED + "</xf></cellStyleXfs>"
            // every format centred vertically: rows are made tall for wrapped text, and the rest of the row lines up
            + "<cellXfs count=\"7\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"" + CENTRED + "</xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"" + CENTRED + "</xf>"
            + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"" + CENTRED + "</xf>"
            + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"" + CENTRED + "</xf>"
            + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"" + CENTRED + "</xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"center\" wrapText=\"1\"/></xf>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}
