package org.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.Samples;
import org.jixiao.model.CellRef;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports written here, in the phrasings reports use, checked with exact expected figures and findings. Every
 * expected number is worked by hand from the founding case: 40,430.2 ÷ 48,865.73 = 0.827373 → 82.74%, which 82.7%
 * rounds; 92.44 lies in 优 [90,100]; the table's 总分 is 部门整体自评表!H21, its 执行率 H6, its grade cell G22.
 */
class ReportCheckTest {

    @TempDir
    Path dir;

    private static final ReportCheck CHECK = new ReportCheck();
    private static final String SHEET = "部门整体自评表";

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private static ReportText read(Path file) {
        ReportReading reading = CHECK.read(file);
        assertThat(reading).as(reading.toString()).isInstanceOf(ReportText.class);
        return (ReportText) reading;
    }

    private static ReportCheckResult againstFoundingTable(ReportText text) {
        SourceWorkbook source = Samples.read(SampleWorkbooks.HUALONG);
        return CHECK.check(text, source, Samples.score(source));
    }

    private static ReportLocation paragraph(int paragraph, int sentence, int line, String section) {
        return new ReportLocation(paragraph, sentence, line, 0, 0, 0, section);
    }

    @Test
    void aPlainTextCopyOfThePublishedFoundingReport() throws IOException {
        ReportText text = read(Path.of("src/test/resources/reports/hualong-2022-report.txt"));
        assertThat(text.encoding()).isEqualTo("UTF-8");
        assertThat(text.paragraphs().get(0)).isEqualTo("广州市番禺区化龙镇人民政府2022年度部门整体支出绩效自评报告");
        ReportCheckResult result = againstFoundingTable(text);
        // the figure's line: "48,865.73" on line 10, "82.7%" on line 11 after the wrap in 完|成预算的, 92.44 on line 17
        assertThat(result.figures()).extracting(StatedFigure::kind, StatedFigure::text, StatedFigure::shown,
                StatedFigure::location).containsExactly(
                tuple(StatedFigure.Kind.BUDGET, "48,865.73 万元", "48,865.73 万元", paragraph(8, 1, 10, "（三）部门整体收支情况")),
                tuple(StatedFigure.Kind.EXECUTION, "40,430.2 万元", "40,430.2 万元", paragraph(8, 1, 10, "（三）部门整体收支情况")),
                tuple(StatedFigure.Kind.RATE, "82.7%", "82.7%", paragraph(8, 1, 11, "（三）部门整体收支情况")),
                tuple(StatedFigure.Kind.TOTAL, "92.44 分", "92.44 分", paragraph(13, 1, 17, "（一）自评结论综述")),
                tuple(StatedFigure.Kind.GRADE, "优”", "优", paragraph(13, 1, 17, "（一）自评结论综述")));
        assertThat(result.comparisons()).extracting(ReportComparison::message).startsWith(
                "40,430.2 ÷ 48,865.73 = 82.74%，报告写 82.7%：一致 / consistent",
                "92.44 分在“优”的区间 [90,100] 内：一致 / consistent");
        assertThat(result.comparisons()).filteredOn(c -> c.check().equals("table")).extracting(ReportComparison::cell)
                .containsExactly(Optional.of(new CellRef(SHEET, 5, 4)), Optional.of(new CellRef(SHEET, 5, 5)),
                        Optional.of(new CellRef(SHEET, 5, 7)), Optional.of(new CellRef(SHEET, 20, 7)),
                        Optional.of(new CellRef(SHEET, 20, 7)), Optional.of(new CellRef(SHEET, 21, 6)));
        assertThat(result.findings()).isEmpty();
        assertThat(result.consistent()).isTrue();
    }

    @Test
    void aReportWhoseRateTotalAndGradeDisagreeWithItsTable() throws IOException {
        Path file = write("altered.txt", """
                2022年度支出预算数48,865.73万元，支出执行数40,430.2万元，完成预算的83.7%。
                自评综合得分为94.44分，自评结果为“良”。
                """, StandardCharsets.UTF_8);
        ReportCheckResult result = againstFoundingTable(read(file));
        ReportLocation first = paragraph(1, 1, 1, "");
        ReportLocation second = paragraph(2, 1, 2, "");
        assertThat(result.findings()).extracting(ReportFinding::code, ReportFinding::location, ReportFinding::cell,
                ReportFinding::message).containsExactly(
                tuple(ReportFinding.Code.RATE_ARITHMETIC, Optional.of(first), Optional.empty(),
                        "执行数÷预算数 40,430.2 ÷ 48,865.73 = 82.74%，报告写 83.7%：不一致 / inconsistent（执行数见段落 1 第 1 句，"
                                + "预算数见段落 1 第 1 句）"),
                tuple(ReportFinding.Code.GRADE_OUT_OF_BAND, Optional.of(second), Optional.empty(),
                        "报告所写得分 94.44 分不在“良”的区间 [80,90) 内（应为“优”）：不一致 / inconsistent（得分见段落 2 第 1 句）"),
                tuple(ReportFinding.Code.RATE_DIFFERS, Optional.of(first), Optional.of(new CellRef(SHEET, 5, 7)),
                        "报告执行率 83.7%，表中执行数÷预算数为 82.74%：不一致 / inconsistent"),
                tuple(ReportFinding.Code.TOTAL_DIFFERS, Optional.of(second), Optional.of(new CellRef(SHEET, 20, 7)),
                        "报告自评得分 94.44 分，表中填报总分为 92.44 分：不一致 / inconsistent"),
                tuple(ReportFinding.Code.TOTAL_DIFFERS_FROM_RECOMPUTED, Optional.of(second),
                        Optional.of(new CellRef(SHEET, 20, 7)),
                        "报告自评得分 94.44 分，按评分规则重新计算为 92.44 分：不一致 / inconsistent"),
                tuple(ReportFinding.Code.GRADE_DIFFERS_FROM_RECOMPUTED, Optional.of(second),
                        Optional.of(new CellRef(SHEET, 21, 6)),
                        "报告自评等级“良”，重新计算的总分 92.44 分对应“优”：不一致 / inconsistent"));
        assertThat(result.findings().get(2).toString()).isEqualTo("段落 1 第 1 句 / paragraph 1 sentence 1（第 1 行 / line 1）"
                + " ↔ 部门整体自评表!H6: [错误 RATE_DIFFERS] 报告执行率 83.7%，表中执行数÷预算数为 82.74%：不一致 / inconsistent");
        assertThat(result.consistent()).isFalse();
    }

    @Test
    void variedPhrasingsFullWidthDigitsYuanAndAFigureBrokenAcrossLines() throws IOException {
        Path file = write("varied.txt", """
                一、部门整体收支情况
                　　全年预算４８，８６５．
                ７３万元，实际支出404,302,000元，预算执行率为８２．７４％。
                二、自评结论
                　　综合得分：92.44分；评价等级为优秀。年初预算数45,000万元不是全年预算。
                """, StandardCharsets.UTF_8);
        ReportCheckResult result = CHECK.check(read(file));
        assertThat(result.figures()).extracting(StatedFigure::kind, StatedFigure::value, StatedFigure::grade,
                StatedFigure::unit, StatedFigure::location).containsExactly(
                tuple(StatedFigure.Kind.BUDGET, Optional.of(new BigDecimal("48865.73")), Optional.empty(), "万元",
                        paragraph(2, 1, 2, "一、部门整体收支情况")),
                tuple(StatedFigure.Kind.EXECUTION, Optional.of(new BigDecimal("40430.2000")), Optional.empty(), "元",
                        paragraph(2, 1, 3, "一、部门整体收支情况")),
                tuple(StatedFigure.Kind.RATE, Optional.of(new BigDecimal("82.74")), Optional.empty(), "%",
                        paragraph(2, 1, 3, "一、部门整体收支情况")),
                tuple(StatedFigure.Kind.TOTAL, Optional.of(new BigDecimal("92.44")), Optional.empty(), "分",
                        paragraph(4, 1, 5, "二、自评结论")),
                tuple(StatedFigure.Kind.GRADE, Optional.empty(), Optional.of("优"), "", paragraph(4, 2, 5, "二、自评结论")));
        assertThat(result.figures().get(1).shown()).isEqualTo("40,430.2 万元");
        assertThat(result.comparisons()).extracting(ReportComparison::message).containsExactly(
                "404,302,000 ÷ 48,865.73 = 82.74%，报告写 82.74%：一致 / consistent",
                "92.44 分在“优”的区间 [90,100] 内：一致 / consistent");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aGbkTextReport() throws IOException {
        Path file = write("gbk.txt", "2022年度支出预算数48,865.73万元，支出执行数40,430.2万元，完成预算的82.7%。\r\n"
                + "自评综合得分为92.44分，自评结果为\"优\"。\r\n", Charset.forName("GBK"));
        ReportText text = read(file);
        assertThat(text.encoding()).isEqualTo("GBK");
        ReportCheckResult result = againstFoundingTable(text);
        assertThat(result.figures()).extracting(StatedFigure::shown)
                .containsExactly("48,865.73 万元", "40,430.2 万元", "82.7%", "92.44 分", "优");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aDocxWithTheFiguresInTables() throws IOException {
        Path file = dir.resolve("tables.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("一、部门整体收支情况");
            XWPFTable money = document.createTable(2, 4);
            String[][] cells = {{"项目", "全年预算数（万元）", "全年执行数（万元）", "执行率"},
                {"部门整体支出", "48,865.73", "40,430.2", "82.74%"}};
            fill(money, cells);
            document.createParagraph().createRun().setText("二、自评结论");
            XWPFTable result = document.createTable(2, 2);
            fill(result, new String[][] {{"自评得分", "92.44"}, {"自评等级", "优"}});
            document.write(out);
        }
        ReportCheckResult result = againstFoundingTable(read(file));
        assertThat(result.figures()).extracting(StatedFigure::kind, StatedFigure::shown, StatedFigure::location)
                .containsExactly(
                        tuple(StatedFigure.Kind.BUDGET, "48,865.73 万元", new ReportLocation(0, 1, 0, 1, 2, 2, "一、部门整体收支情况")),
                        tuple(StatedFigure.Kind.EXECUTION, "40,430.2 万元", new ReportLocation(0, 1, 0, 1, 2, 3, "一、部门整体收支情况")),
                        tuple(StatedFigure.Kind.RATE, "82.74%", new ReportLocation(0, 1, 0, 1, 2, 4, "一、部门整体收支情况")),
                        tuple(StatedFigure.Kind.TOTAL, "92.44 分", new ReportLocation(0, 1, 0, 2, 1, 2, "二、自评结论")),
                        tuple(StatedFigure.Kind.GRADE, "优", new ReportLocation(0, 1, 0, 2, 2, 2, "二、自评结论")));
        assertThat(result.figures().get(0).location().toString()).isEqualTo("表格 1 第 2 行第 2 列 / table 1 row 2 column 2");
        assertThat(result.comparisons()).extracting(ReportComparison::message).startsWith(
                "40,430.2 ÷ 48,865.73 = 82.74%，报告写 82.74%：一致 / consistent",
                "92.44 分在“优”的区间 [90,100] 内：一致 / consistent");
        assertThat(result.findings()).isEmpty();
    }

    private static void fill(XWPFTable table, String[][] cells) {
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                table.getRow(r).getCell(c).setText(cells[r][c]);
            }
        }
    }

    @Test
    void aFigureStatedTwiceDifferentlyAndAProjectsFiguresKeptApart() throws IOException {
        Path file = write("twice.txt", """
                2022年度支出预算数48,865.73万元，支出执行数40,430.2万元，完成预算的82.74%。
                其中，乡村振兴项目预算数500万元，执行数480万元，执行率96%。
                综上，全镇预算执行率为84.74%。
                """, StandardCharsets.UTF_8);
        ReportCheckResult result = CHECK.check(read(file));
        assertThat(result.figures()).extracting(StatedFigure::shown, StatedFigure::part).containsExactly(
                tuple("48,865.73 万元", false), tuple("40,430.2 万元", false), tuple("82.74%", false),
                tuple("500 万元", true), tuple("480 万元", true), tuple("96%", true), tuple("84.74%", false));
        assertThat(result.findings()).extracting(ReportFinding::code, ReportFinding::message).containsExactly(
                tuple(ReportFinding.Code.FIGURE_NOT_STATED, "报告中未找到自评得分（按常见写法） / the report states no score"),
                tuple(ReportFinding.Code.FIGURE_NOT_STATED, "报告中未找到自评等级（按常见写法） / the report states no grade"),
                tuple(ReportFinding.Code.STATED_DIFFERENTLY, "执行率此处写84.74%，段落 1 第 1 句写82.74% / stated differently"
                        + " in the same report"));
        // the project's own figures are still checked by themselves: 480 ÷ 500 = 96%
        assertThat(result.comparisons()).extracting(ReportComparison::message)
                .contains("480 ÷ 500 = 96.00%，报告写 96%：一致 / consistent");
    }

    @Test
    void unreadableReportsSayWhy() throws IOException {
        assertThat(code(write("empty.txt", "", StandardCharsets.UTF_8))).isEqualTo("EMPTY");
        assertThat(code(Files.write(dir.resolve("a.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("PDF");
        assertThat(code(Files.write(dir.resolve("a.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})))
                .isEqualTo("WORD_97");
        assertThat(code(Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xFF, 0x00, (byte) 0x81, 0x30, (byte) 0xC0})))
                .isEqualTo("NOT_TEXT");
        assertThat(code(Samples.DIR.resolve(SampleWorkbooks.HUALONG))).isEqualTo("NOT_A_REPORT");
        assertThat(code(dir.resolve("missing.docx"))).isEqualTo("NOT_FOUND");
    }

    private static String code(Path file) {
        ReportReading reading = CHECK.read(file);
        assertThat(reading).isInstanceOf(UnreadableReport.class);
        return ((UnreadableReport) reading).code();
    }

    @Test
    void readingTheReportNeverTouchesIt() throws IOException {
        Path file = write("r.txt", "自评得分为92.44分。", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        CHECK.check(read(file));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(List.of(dir.toFile().list())).containsExactly("r.txt");
    }
}
