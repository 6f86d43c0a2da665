package org.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.LibreOffice;
import org.jixiao.Samples;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.write.OutputMarker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The draft of the founding case read back from the .docx paragraph by paragraph: its figures where the outline
 * puts them, its placeholders highlighted, its fonts named, its page A4, and LibreOffice able to print it. The
 * expected figures are worked by hand: 48,865.73 − 40,430.2 = 8,435.53 万元 unspent, 1 − 0.827373 = 17.26%.
 */
class ReportDraftTest {

    @TempDir
    static Path dir;

    static Path draft;
    static List<String> paragraphs;

    @BeforeAll
    static void draftTheFoundingCase() throws IOException {
        SourceWorkbook source = Samples.read(SampleWorkbooks.HUALONG);
        List<ScoredEvaluation> scored = Samples.score(source);
        draft = dir.resolve("hualong.docx");
        ReportDraft.of(scored, SampleWorkbooks.HUALONG).write(draft);
        paragraphs = paragraphs(draft);
    }

    static List<String> paragraphs(Path docx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    texts.add(p.getText());
                } else if (element instanceof XWPFTable t) {
                    t.getRows().forEach(r -> texts.add(String.join("|", r.getTableCells().stream()
                            .map(c -> c.getText()).toList())));
                }
            }
        }
        return texts;
    }

    @Test
    void theOutlineOfADepartmentReportWithEveryFigureInPlace() {
        assertThat(paragraphs.get(0)).isEqualTo("广州市番禺区化龙镇人民政府2022年度部门整体支出绩效自评报告");
        assertThat(paragraphs.get(1)).startsWith("【起草说明：本稿由 jixiao 根据“hualong-2022-department.xlsx”中“部门整体自评表”");
        assertThat(paragraphs).containsSubsequence("一、基本情况", "（一）部门概况", "（二）年度总体工作和重点工作任务",
                "（三）部门整体收支情况", "（四）部门整体绩效管理情况", "二、综合评价分析", "（一）自评结论综述",
                "（二）各项工作任务绩效目标完成情况分析", "（三）各重点任务项目支出完成情况分析", "（四）主要工作成效",
                "三、存在的主要问题", "四、下一步改进措施");
        assertThat(after("（三）部门整体收支情况")).isEqualTo("2022年度支出预算数48,865.73万元，支出执行数40,430.2万元，"
                + "完成预算的82.74%。【请填写：收入预算及来源构成、支出按功能和经济分类的构成及变化原因】");
        assertThat(after("（一）自评结论综述")).startsWith("经自评，广州市番禺区化龙镇人民政府2022年度部门整体支出绩效自评综合得分为"
                + "92.44分，自评结果为“优”。其中，预算执行得8.27分（分值10分），“投入”得14.80分（分值15分），“过程”得21.00分"
                + "（分值25分），“产出”得29.87分（分值30分），“效果”得18.50分（分值20分）。");
        // the 一级/二级 subtotals, by hand from the sheet: 10 − 8.27 = 1.73 … 100 − 92.44 = 7.56
        assertThat(paragraphs).containsSubsequence("一级指标|二级指标|分值|得分|失分", "预算执行||10|8.27|1.73",
                "投入||15|14.80|0.20", "|目标设定|5|5.00|0.00", "|预算配置|10|9.80|0.20", "过程||25|21.00|4.00",
                "|预算管理|10|9.50|0.50", "|预算执行|10|7.50|2.50", "|资产管理|5|4.00|1.00", "产出||30|29.87|0.13",
                "|职责履行|30|29.87|0.13", "效果||20|18.50|1.50", "|履职效益|20|18.50|1.50", "合计||100|92.44|7.56");
        // the grade is robust (100% of draws keep 优): no robustness line
        assertThat(paragraphs).noneMatch(p -> p.contains("随机浮动"));
    }

    @Test
    void indicatorsThatLostPointsWithTheirReasons() {
        assertThat(after("（二）各项工作任务绩效目标完成情况分析")).isEqualTo("1. 预算执行（分值10分，得8.27分）。执行率为82.74%"
                + "（执行数40,430.2万元÷预算数48,865.73万元），得8.27分。");
        assertThat(paragraphs).anyMatch(p -> p.startsWith("2. “投入”（分值15分，得14.80分，失0.20分）。“重点支出安排率”"
                + "年度指标值≥90%，实际完成86.4%，得4.80分（分值5分），失0.20分；偏差原因：重点项目延后。其余指标均达到年度目标。"));
        // a qualitative indicator marked down without a reason gets a placeholder for it
        assertThat(paragraphs).anyMatch(p -> p.contains("“资产管理安全性”年度指标值安全，实际完成较安全，得4.00分（分值5分），"
                + "失1.00分；偏差原因：【请填写：偏差原因及改进措施】。"));
    }

    @Test
    void problemsDraftedFromTheFindingsOneNumberedItemEach() {
        assertThat(after("三、存在的主要问题")).isEqualTo("1. 预算执行率为82.74%，低于90%，全年预算中有8,435.53万元未支出"
                + "（占17.26%）。【请填写：原因分析】");
        assertThat(paragraphs).anyMatch(p -> p.startsWith("2. 部分绩效目标未完成。“重点支出安排率”（目标≥90%，实际完成86.4%，"
                + "得4.80分/分值5分）；“支付进度率”（目标≥90%，实际完成82.74%，得4.60分/分值5分）；“结转结余率”（目标≤10%，"
                + "实际完成17.26%，得2.90分/分值5分）；“质量达标率”（目标≥100%，实际完成98.7%，得9.87分/分值10分）。"));
        assertThat(paragraphs).anyMatch(p -> p.startsWith("3. 部分定性指标未完全达到预期。"));
        assertThat(paragraphs).contains("4. 【请填写：其他存在的问题；没有则删除本条】");
        assertThat(after("四、下一步改进措施")).isEqualTo("1. 针对预算执行率偏低：【请填写：加快预算执行进度，加强项目前期准备与资金支付管理】");
    }

    @Test
    void placeholdersAreHighlightedAndEveryRunNamesItsChineseFont() throws IOException {
        int placeholders = 0;
        try (InputStream in = Files.newInputStream(draft); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFRun> runs = new ArrayList<>();
            document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                    c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
            for (XWPFRun run : runs) {
                String text = run.text();
                if (text.isEmpty()) {
                    continue;
                }
                var fonts = run.getCTR().getRPr().getRFontsArray(0);
                assertThat(fonts.getEastAsia()).as(text).isIn("黑体", "楷体", "仿宋", "宋体");
                assertThat(fonts.getAscii()).isEqualTo("Times New Roman");
                boolean highlighted = run.isHighlighted();
                if (text.startsWith("【请填写：")) {
                    placeholders++;
                    assertThat(highlighted).as(text).isTrue();
                    assertThat(text).endsWith("】");
                } else if (!text.startsWith("【起草说明")) {
                    assertThat(highlighted).as(text).isFalse();
                }
            }
            var page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) page.getW()).intValue()).isEqualTo(11906); // A4, 210 mm
            assertThat(((java.math.BigInteger) page.getH()).intValue()).isEqualTo(16838); // 297 mm
            assertThat(document.getProperties().getCustomProperties().getProperty(OutputMarker.PROPERTY).getLpwstr())
                    .isEqualTo(ReportDraft.MARKER_DRAFT);
        }
        assertThat(placeholders).isEqualTo(paragraphs.stream().filter(p -> !p.startsWith("【起草说明"))
                .mapToInt(p -> p.split("【请填写：", -1).length - 1).sum())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void checkingTheDraftJixiaoWroteFindsNothing() {
        ReportText text = (ReportText) new ReportCheck().read(draft);
        SourceWorkbook source = Samples.read(SampleWorkbooks.HUALONG);
        ReportCheckResult alone = new ReportCheck().check(text);
        ReportCheckResult against = new ReportCheck().check(text, source, Samples.score(source));
        assertThat(alone.findings()).isEmpty();
        assertThat(against.findings()).isEmpty();
        assertThat(against.figures()).extracting(StatedFigure::shown).startsWith("48,865.73 万元", "40,430.2 万元",
                "82.74%", "92.44 分", "优");
        assertThat(against.comparisons()).allMatch(ReportComparison::consistent).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void aProjectDraftFollowsTheProjectOutline() throws IOException {
        SourceWorkbook source = Samples.read(SampleWorkbooks.CLEAN);
        Path out = dir.resolve("clean.docx");
        ReportDraft.of(Samples.score(source), SampleWorkbooks.CLEAN).write(out);
        List<String> texts = paragraphs(out);
        assertThat(texts.get(0)).endsWith("2022年度项目支出绩效自评报告");
        assertThat(texts).containsSubsequence("一、基本情况", "（一）项目概况", "（二）项目资金投入和使用情况", "（三）项目绩效目标",
                "二、绩效自评工作开展情况", "三、综合评价情况及评价结论", "四、绩效指标完成情况分析", "五、存在的主要问题及原因分析",
                "六、下一步改进措施", "七、其他需要说明的问题");
        ReportText text = (ReportText) new ReportCheck().read(out);
        assertThat(new ReportCheck().check(text, source, Samples.score(source)).findings()).isEmpty();
    }

    @Test
    void theDefaultOutputSitsBesideTheWorkbook() {
        assertThat(ReportDraft.defaultOutput(Path.of("/in/化龙镇.xlsx"))).isEqualTo(Path.of("/in/化龙镇.自评报告.docx"));
        assertThat(ReportDraft.defaultOutput(Path.of("/in/表.xls"))).isEqualTo(Path.of("/in/表.xls.自评报告.docx"));
    }

    @Test
    void libreOfficePrintsTheDraftOnA4() throws IOException, InterruptedException {
        assumeTrue(LibreOffice.writerInstalled(), "LibreOffice Writer not installed");
        List<double[]> pages = LibreOffice.pdfPages(LibreOffice.pdf(draft, dir));
        assertThat(pages).hasSizeBetween(3, 8);
        for (double[] page : pages) {
            assertThat(page[0]).isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
            assertThat(page[1]).isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
        }
    }

    /** The paragraph after the one that is exactly {@code heading}. */
    private static String after(String heading) {
        return paragraphs.get(paragraphs.indexOf(heading) + 1);
    }
}
