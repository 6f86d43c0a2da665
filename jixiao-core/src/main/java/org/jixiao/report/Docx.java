package org.jixiao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.write.OutputMarker;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * Writes blocks as a Word document in the manner of a Chinese official document (GB/T 9704): A4 with margins
 * 37/35/28/26 mm; title 黑体 二号 (22 pt); 一、 headings 黑体 三号 and （一） headings 楷体 三号 (16 pt); body 仿宋
 * 三号, first line indented two characters, lines exactly 28 pt apart; tables 宋体 五号 (10.5 pt); the page number
 * centred in the footer as — 1 —. Every run names its East Asian font (and Times New Roman for Latin text and
 * digits), so Word and WPS need no substitution. Placeholders are highlighted yellow. The file carries jixiao's
 * output marker. One instance per document; not thread-safe.
 */
final class Docx {

    static final String TITLE_FONT = "黑体";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体";
    static final String BODY_FONT = "仿宋";
    static final String TABLE_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    private static final int TITLE_PT = 22;
    private static final int BODY_PT = 16;
    private static final int NOTE_PT = 12;
    private static final double TABLE_PT = 10.5; // 五号
    private static final int LINE_TWIPS = 560; // 28 pt
    private static final int TABLE_WIDTH_TWIPS = 11906 - 1587 - 1474; // A4 width less the side margins

    private final XWPFDocument document = new XWPFDocument();

    private Docx() {
    }

    /** The blocks as .docx bytes, marked as jixiao's output of the given kind ("report-draft", "report-summary"). */
    static void write(List<Block> blocks, String kind, OutputStream out) throws IOException {
        Docx docx = new Docx();
        try (XWPFDocument document = docx.document) {
            docx.page();
            blocks.forEach(docx::add);
            var custom = document.getProperties().getCustomProperties();
            custom.addProperty(OutputMarker.PROPERTY, kind);
            custom.addProperty(OutputMarker.VERSION_PROPERTY, OutputMarker.JIXIAO_VERSION);
            document.getProperties().getCoreProperties().setCreator("jixiao " + OutputMarker.JIXIAO_VERSION);
            document.write(out);
        }
    }

    private void page() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1587));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        font(p.createRun(), TABLE_FONT, 14).setText("— ");
        XWPFRun number = p.createRun();
        font(number, TABLE_FONT, 14);
        number.getCTR().addNewFldChar().setFldCharType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        font(instr, TABLE_FONT, 14);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = p.createRun();
        separate.getCTR().addNewFldChar().setFldCharType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
        XWPFRun shown = p.createRun();
        font(shown, TABLE_FONT, 14).setText("1");
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        font(p.createRun(), TABLE_FONT, 14).setText(" —");
    }

    private void add(Block block) {
        if (block instanceof Block.Title t) {
            title(t);
        } else if (block instanceof Block.Heading h) {
            heading(h);
        } else if (block instanceof Block.Para p) {
            paragraph(p);
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.Chart c) {
            chart(c);
        }
    }

    private void title(Block.Title title) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(title.subtitles().isEmpty() ? 320 : 120);
        font(p.createRun(), TITLE_FONT, TITLE_PT).setText(title.text());
        for (int i = 0; i < title.subtitles().size(); i++) {
            XWPFParagraph s = document.createParagraph();
            s.setAlignment(ParagraphAlignment.CENTER);
            exactLines(s);
            s.setSpacingAfter(i == title.subtitles().size() - 1 ? 320 : 0);
            font(s.createRun(), SUBHEADING_FONT, BODY_PT).setText(title.subtitles().get(i));
        }
    }

    private void heading(Block.Heading heading) {
        XWPFParagraph p = document.createParagraph();
        exactLines(p);
        p.setIndentationFirstLine(BODY_PT * 2 * 20);
        p.setKeepNext(true);
        font(p.createRun(), heading.level() == 1 ? HEADING_FONT : SUBHEADING_FONT, BODY_PT).setText(heading.text());
    }

    private void paragraph(Block.Para para) {
        XWPFParagraph p = document.createParagraph();
        boolean note = para.align() == Block.Align.NOTE;
        int size = note ? NOTE_PT : BODY_PT;
        switch (para.align()) {
            case INDENTED -> p.setIndentationFirstLine(BODY_PT * 2 * 20);
            case CENTER -> p.setAlignment(ParagraphAlignment.CENTER);
            case RIGHT -> p.setAlignment(ParagraphAlignment.RIGHT);
            case NOTE -> p.setSpacingAfter(240);
        }
        p.setAlignment(switch (para.align()) {
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            default -> ParagraphAlignment.BOTH;
        });
        if (note) {
            p.setSpacingBetween(1.2, LineSpacingRule.AUTO);
        } else {
            exactLines(p);
        }
        for (Block.Span span : para.spans()) {
            XWPFRun run = font(p.createRun(), BODY_FONT, size);
            run.setText(span.text());
            if (span.placeholder() || note) {
                run.setTextHighlightColor("yellow");
            }
        }
    }

    private void table(Block.Table table) {
        int columns = table.header().size();
        XWPFTable t = document.createTable(table.rows().size() + 1, columns);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth(TABLE_WIDTH_TWIPS);
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        for (int r = 0; r <= table.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<String> values = r == 0 ? table.header() : table.rows().get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(TABLE_WIDTH_TWIPS * table.widths().get(c) / total));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(r == 0 ? ParagraphAlignment.CENTER
                        : table.numeric().get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
                XWPFRun run = font(p.createRun(), TABLE_FONT, TABLE_PT);
                run.setBold(r == 0);
                run.setText(c < values.size() ? values.get(c) : "");
            }
        }
        // a little space after the table before the next paragraph
        XWPFParagraph after = document.createParagraph();
        after.setSpacingAfter(0);
        after.setSpacingBetween(0.5, LineSpacingRule.AUTO);
    }

    private void chart(Block.Chart chart) {
        try {
            XWPFChart c = document.createChart(15 * 360000, 7 * 360000);
            XDDFCategoryAxis categories = c.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = c.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            values.setMinimum(0);
            values.setMajorUnit(Math.max(1, Math.ceil(chart.values().stream().mapToInt(Integer::intValue).max().orElse(1) / 8.0)));
            XDDFBarChartData data = (XDDFBarChartData) c.createData(ChartTypes.BAR, categories, values);
            data.setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
            int n = chart.categories().size();
            XDDFChartData.Series series = data.addSeries(
                    XDDFDataSourcesFactory.fromArray(chart.categories().toArray(String[]::new),
                            c.formatRange(new CellRangeAddress(1, n, 0, 0)), 0),
                    XDDFDataSourcesFactory.fromArray(chart.values().toArray(Integer[]::new),
                            c.formatRange(new CellRangeAddress(1, n, 1, 1)), 1));
            series.setTitle(chart.series(), null);
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x44, 0x72, (byte) 0xC4})));
            c.plot(data);
            c.setTitleText(chart.title());
            c.setTitleOverlay(false);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
            throw new IllegalStateException("a new document always takes a chart", e);
        }
    }

    private static void exactLines(XWPFParagraph p) {
        p.setSpacingBetween(LINE_TWIPS / 20.0, LineSpacingRule.EXACT);
    }

    /** Sets the run's fonts: the East Asian one by name, Times New Roman for Latin text and digits. */
    static XWPFRun font(XWPFRun run, String eastAsia, double points) {
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(eastAsia);
        fonts.setHint(STHint.EAST_ASIA);
        CTLanguage lang = pr.sizeOfLangArray() > 0 ? pr.getLangArray(0) : pr.addNewLang();
        lang.setEastAsia("zh-CN");
        run.setFontSize(points);
        return run;
    }
}
