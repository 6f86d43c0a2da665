package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.model.EvaluationKind;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.score.GroupScore;
import org.jixiao.score.Grade;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.write.WorkbookFiller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts seen in published tables, written here cell by cell (not by the sample generator): provincial
 * headers with (A)/(B) notes and a split 偏差原因 header, the Sichuan variant with 预算执行情况 as an indicator row
 * and a 合计 row, the "20/80" layout with weights only in level labels, and 自评总分 in the header block with
 * separate 指标性质/度量单位 columns and formulas. Expected numbers are worked out by hand in each test.
 */
class LayoutVariantsTest {

    @TempDir
    Path tmp;

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private static List<String> codesAndCells(ScoredEvaluation s) {
        return s.allProblems().stream().map(p -> p.code() + "@" + p.cell().map(Object::toString).orElse("")).toList();
    }

    @Test
    void provincialTemplateWithNotedHeadersAndSplitDeviationHeader() throws IOException {
        Object[][] rows = {
            {"附件1"},
            {"项目支出绩效自评表"},
            {"（2023年度）"},
            {"项目名称", "社区养老服务补助"},
            {"主管部门", "某市民政局", null, null, null, "实施单位", "某市养老服务中心"},
            {"项目资金\n（万元）", null, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"},
            {null, "年度资金总额", 100, 120, 114, 10, "95.00%", 9.5},
            {null, "其中：财政拨款", 100, 120, 114, "—", "—", "—"},
            {null, "上年结转资金", 0, 0, 0, "—", "—", "—"},
            {null, "其他资金", null, null, null, "—", "—", "—"},
            {"年度总体目标", "预期目标", null, null, null, "实际完成情况"},
            {null, "新增养老床位200张", null, null, null, "新增床位180张"},
            {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值（A）", "实际完成值（B）", "分值", "得分",
                "偏差原因分析及改进措施"},
            {null, null, null, null, null, null, null, null, "偏差原因", "改进措施"},
            {null, "产出指标", "数量指标", "新增床位数", "≥200张", "180张", 15, 15, "场地未到位", "加快建设"},
            {null, null, null, "服务人次", "≥5000人次", "5,200人次", 15, 15},
            {null, null, "质量指标", "服务质量达标率", "≥95%", 0.9, 10, 10},
            {null, null, "时效指标", "补助资金发放及时率", "100%", "100%", 10, 10},
            {null, "效益指标", "社会效益指标", "老年人生活质量改善", "明显改善", "有所改善", 20, 16},
            {null, null, "可持续影响指标", "养老服务体系建设", "持续推进", "持续推进", 10, 10},
            {null, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93%", 10, 10},
            {"总分", null, null, null, null, null, 100, 92.5},
        };
        Path file = TestSheets.xlsx().sheet("Sheet1", rows, "A2:J2", "A3:J3", "B4:J4", "B5:E5", "G5:J5", "A6:A10",
                "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12", "A13:A21", "B13:B14", "C13:C14", "D13:D14",
                "E13:E14", "F13:F14", "G13:G14", "H13:H14", "I13:J13", "B15:B18", "C15:C16", "B19:B20",
                "A22:F22").save(tmp.resolve("provincial.xlsx"));
        ScoredEvaluation s = Samples.score(Samples.read(file)).get(0);
        assertThat(s.evaluation().kind()).isEqualTo(EvaluationKind.PROJECT);
        assertThat(s.evaluation().year()).contains(2023);
        assertThat(s.evaluation().unit()).contains("某市养老服务中心");
        assertThat(s.evaluation().indicators()).hasSize(7);
        // 114/120 = 95% → 9.50; 180/200 × 15 = 13.50; 0.9/0.95 × 10 = 9.47; 生活质量 16 by hand
        assertThat(s.budget().orElseThrow().score()).isEqualByComparingTo("9.50");
        assertThat(Samples.indicator(s, "新增床位数").score()).isEqualByComparingTo("13.50");
        assertThat(Samples.indicator(s, "服务质量达标率").score()).isEqualByComparingTo("9.47");
        assertThat(Samples.indicator(s, "老年人生活质量改善").score()).isEqualByComparingTo("16");
        assertThat(Samples.indicator(s, "新增床位数").indicator().deviationNote()).isEqualTo("场地未到位");
        assertThat(s.total()).isEqualByComparingTo("93.47");
        assertThat(s.grade()).isEqualTo(Grade.优);
        assertThat(codesAndCells(s)).containsExactlyInAnyOrder("SCORE_MISMATCH@Sheet1!H15",
                "SCORE_MISMATCH@Sheet1!H17", "REPORTED_TOTAL_NOT_SUM@Sheet1!H22", "TOTAL_MISMATCH@Sheet1!H22",
                // 服务质量达标率 missed (90% < 95%) and its 偏差原因 cell is empty
                "TARGET_MISSED_NO_REASON@Sheet1!D17");
    }

    private static Object[][] sichuanRows() {
        return new Object[][] {
            {"项目支出绩效自评表"},
            {"项目名称：农村饮水安全工程", null, null, null, "实施单位：某县水务局"},
            {"一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "自评得分", "扣分原因"},
            {"预算执行情况(10分)", "预算执行率", "预算执行率", "100%", "93.5%", 10, 9.35},
            {"产出指标(60分)", "数量指标", "供水工程处数", "≥12处", "12处", 20, 20},
            {null, "质量指标", "水质达标率", "≥98%", "97%", 20, 20},
            {null, "时效指标", "完工及时率", "≥100%", "90%", 10, 9},
            {null, "成本指标", "工程成本控制", "≤500万元", "480万元", 10, 10},
            {"效益指标(30分)", "社会效益指标", "受益人口", "≥3万人", "3.2万人", 20, 20},
            {null, "满意度指标", "群众满意度", "≥90%", "95%", 10, 10},
            {"合计", null, null, null, null, 100, 97.35},
        };
    }

    @Test
    void sichuanVariantWithBudgetAsIndicatorRowInXlsxAndXls() throws IOException {
        String[] merges = {"A1:H1", "A5:A8", "A9:A10", "A11:E11"};
        for (String extension : List.of("xlsx", "xls")) {
            TestSheets book = extension.equals("xls") ? TestSheets.xls() : TestSheets.xlsx();
            Path file = book.sheet("附件2", sichuanRows(), merges).save(tmp.resolve("sichuan." + extension));
            ScoredEvaluation s = Samples.score(Samples.read(file)).get(0);
            assertThat(s.evaluation().project()).contains("农村饮水安全工程");
            assertThat(s.evaluation().unit()).contains("某县水务局");
            assertThat(s.evaluation().labelWeights()).containsEntry("产出指标", n("60"));
            // 9.35 + (20 + 20 × 97/98 = 19.80 + 10 × 0.9 = 9.00 + 10) + (20 + 10) = 98.15
            assertThat(s.groups()).extracting(GroupScore::name, GroupScore::score).containsExactly(
                    tuple("预算执行情况", n("9.35")), tuple("产出指标", n("58.80")), tuple("效益指标", n("30.00")));
            assertThat(s.total()).isEqualByComparingTo("98.15");
            assertThat(codesAndCells(s)).containsExactlyInAnyOrder("SCORE_MISMATCH@附件2!G6",
                    "REPORTED_TOTAL_NOT_SUM@附件2!G11", "TOTAL_MISMATCH@附件2!G11");
        }
    }

    @Test
    void weightsOnlyInLevelLabelsAreSharedOut() throws IOException {
        Object[][] rows = {
            {"项目支出绩效自评表"},
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"},
            {"产出指标（60分）", "数量指标", "培训人数", "≥100人", "80人"},
            {null, "质量指标", "合格率", "≥90%", "90%"},
            {null, "时效指标", "及时率", "100%", "100%"},
            {"效益指标（30分）", "社会效益", "知晓率", "≥80%", "60%"},
            {null, "可持续影响", "长效机制", "健全", "健全", 14},
            {"满意度指标（10分）", "满意度", "满意度", "≥90%", "99%"},
            {"总分"},
        };
        Path file = TestSheets.xlsx().sheet("Sheet1", rows, "A3:A5", "A6:A7").save(tmp.resolve("2080.xlsx"));
        ScoredEvaluation s = Samples.score(Samples.read(file)).get(0);
        // 60/3 = 20 each, 30/2 = 15 each, 10: 16.00 + 20 + 20 + 11.25 + 14 + 10 = 91.25
        assertThat(s.indicators()).extracting(i -> i.weight().stripTrailingZeros().toPlainString())
                .containsExactly("20", "20", "20", "15", "15", "10");
        assertThat(Samples.indicator(s, "培训人数").score()).isEqualByComparingTo("16.00");
        assertThat(Samples.indicator(s, "知晓率").score()).isEqualByComparingTo("11.25");
        assertThat(s.total()).isEqualByComparingTo("91.25");
        assertThat(s.allProblems()).extracting(Problem::code).containsOnly(ProblemCode.WEIGHT_DERIVED).hasSize(6);
        assertThat(s.evaluation().totalCell()).hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo("Sheet1!F9"));
    }

    @Test
    void totalInTheHeaderBlockRelationAndUnitColumnsFormulasAndTwoSheets() throws IOException {
        Object[][] project = {
            {"项目支出绩效自评表（2024年度）"},
            {"单位名称", "某区文旅局", null, "自评总分", "=SUM(I4:I6)", "自评等级", "优"},
            {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分"},
            {"产出指标", "数量指标", "演出场次", "≥", 40, "场", 36, 40, 40},
            {"效益指标", "社会效益", "观众人次", "≥", 2, "万人次", 2.5, 40, 40},
            {"满意度指标", "满意度", "观众满意度", "≥", 90, "%", 85, 20, 20},
        };
        Object[][] department = {
            {"部门整体支出绩效评价表"},
            {"一级指标", "二级指标", "三级指标", "分值", "自评得分"},
            {"投入", "预算配置", "在职人员控制率", 50, 45},
            {"产出", "职责履行", "重点工作完成", 50, 50},
            {"合计", null, null, 100, 95},
        };
        Path file = TestSheets.xlsx().sheet("项目A", project).sheet("部门", department).evaluateFormulas()
                .save(tmp.resolve("two-sheets.xlsx"));
        SourceWorkbook source = Samples.read(file);
        List<ScoredEvaluation> scored = Samples.score(source);
        assertThat(scored).hasSize(2);
        ScoredEvaluation p = scored.get(0);
        // 36/40 × 40 = 36.00; 2.5 ≥ 2 → 40; 85/90 × 20 = 18.89 → 94.89
        assertThat(p.total()).isEqualByComparingTo("94.89");
        assertThat(p.evaluation().reportedTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("100"));
        assertThat(p.evaluation().reportedGrade()).contains("优");
        assertThat(codesAndCells(p)).containsExactlyInAnyOrder("SCORE_MISMATCH@项目A!I4", "SCORE_MISMATCH@项目A!I6",
                "TOTAL_MISMATCH@项目A!E2",
                // 2.5 万人次 against a target of 2 is 125%, above the 120% deviation threshold
                "ACTUAL_FAR_ABOVE_TARGET@项目A!C5");
        ScoredEvaluation d = scored.get(1);
        assertThat(d.evaluation().kind()).isEqualTo(EvaluationKind.DEPARTMENT);
        assertThat(d.total()).isEqualByComparingTo("95");
        assertThat(d.indicators()).allMatch(i -> i.judgedByHand());

        Path out = tmp.resolve("two-sheets-filled.xlsx");
        new WorkbookFiller().fill(source, scored, out);
        List<ScoredEvaluation> again = Samples.score(Samples.read(out));
        assertThat(again.get(0).evaluation().reportedTotal()).hasValueSatisfying(
                t -> assertThat(t).isEqualByComparingTo("94.89"));
        assertThat(again.get(0).evaluation().reportedGrade()).contains("优");
        assertThat(again.get(1).evaluation().reportedGrade()).contains("优");
        assertThat(again).allSatisfy(s -> assertThat(s.allProblems()).extracting(Problem::code).doesNotContain(
                ProblemCode.SCORE_MISMATCH, ProblemCode.TOTAL_MISMATCH, ProblemCode.GRADE_MISMATCH));
    }

    @Test
    void subtotalRowsForLevelsAreNotCountedAsIndicators() throws IOException {
        Object[][] rows = {
            {"项目支出绩效自评表"},
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"产出指标", null, null, null, null, 60, 57},
            {"产出指标", "数量指标", null, null, null, 30, 27},
            {"产出指标", "数量指标", "培训人次", "≥100人", "90人", 30, 27},
            {"产出指标", "质量指标", null, null, null, 30, 30},
            {"产出指标", "质量指标", "合格率", "100%", "100%", 30, 30},
            {"满意度指标", "满意度", "满意度", "≥90%", "95%", 40, 40},
            {"总分", null, null, null, null, 100, 97},
        };
        ScoredEvaluation s = Samples.score(Samples.read(TestSheets.xlsx().sheet("表", rows)
                .save(tmp.resolve("subtotals.xlsx")))).get(0);
        // 30 × 0.9 = 27, 30, 40: subtotal rows for 产出指标 (60) and its 二级 (30, 30) are level weights only
        assertThat(s.evaluation().indicators()).extracting(i -> i.path().name())
                .containsExactly("培训人次", "合格率", "满意度");
        assertThat(s.total()).isEqualByComparingTo("97");
        assertThat(s.evaluation().labelWeights()).containsEntry("产出指标", n("60")).containsEntry("产出指标/数量指标", n("30"));
        assertThat(s.allProblems()).isEmpty();
    }
}
