package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.score.ScoredEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheets that reproduce what published tables get wrong (shared/domain §7), each finding asserted with its
 * exact code and cell.
 */
class AuditFindingsTest {

    @TempDir
    Path tmp;

    private static List<String> findings(ScoredEvaluation s) {
        return s.allProblems().stream().map(p -> p.code() + "@" + p.cell().map(Object::toString).orElse("")).toList();
    }

    @Test
    void budgetBlockMistakes() throws IOException {
        Object[][] rows = {
            {"项目支出绩效自评表"},
            {"项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
            {null, "年度资金总额", 0, 0, 0, 10, "86.19%", null},
            {null, "其中：当年财政拨款", 100, 100, 86.1834, "—", "—", "—"},
            {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
            {null, "产出指标（80分）", "数量指标", "建设里程", "≥100公里", "100公里", 60, 60, null},
            {null, null, "质量指标", "验收合格率", "100%", "100%", 40, 40, null},
            {null, "满意度指标", "满意度", "群众满意度", "≥90%", "95%", 10, 10, null},
            {"总分", null, null, null, null, null, 100, 100},
        };
        ScoredEvaluation s = Samples.score(Samples.read(TestSheets.xlsx().sheet("表1", rows, "A2:A4", "A5:A8", "B6:B7",
                "A9:F9").save(tmp.resolve("budget.xlsx")))).get(0);
        // 年度资金总额 left at 0 while 其中 holds 100 / 86.1834: scored from the row → 86.18%, 8.62; printed 86.19%
        assertThat(s.budget().orElseThrow().score()).isEqualByComparingTo("8.62");
        assertThat(findings(s)).containsExactlyInAnyOrder(
                "BUDGET_TOTAL_BLANK@表1!B3",
                "RATE_MISMATCH@表1!G3",
                "BUDGET_SCORE_MISSING@表1!H3",
                "GROUP_WEIGHT_MISMATCH@表1!D6",
                "WEIGHT_TOTAL_MISMATCH@表1!H9",
                // 总分 100 printed over submitted rows that add up to 110
                "REPORTED_TOTAL_NOT_SUM@表1!H9",
                "TOTAL_MISMATCH@表1!H9");
        assertThat(s.total()).isEqualByComparingTo("118.62");
    }

    @Test
    void indicatorMistakes() throws IOException {
        Object[][] rows = {
            {"项目支出绩效自评表"},
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
            {"产出指标", "数量指标", "培训人次", "≥500人次", "400人次", 30, 30, null},
            {null, "数量指标", "新建站点", "≥20个", "30个", 20, 20, "提前完工"},
            {null, "质量指标", "验收合格率", "100%", null, 20, 20, "待验收"},
            {"效益指标", "社会效益", "群众知晓度", "显著提高", "未完成宣传", 20, 20, "宣传推迟"},
            {"满意度指标", "满意度", "群众满意度", "≥90%", "92%", 10, 12, "—"},
            {"总分", null, null, null, null, 100, 102},
        };
        ScoredEvaluation s = Samples.score(Samples.read(TestSheets.xlsx().sheet("表1", rows, "A3:A5")
                .save(tmp.resolve("indicators.xlsx")))).get(0);
        assertThat(findings(s)).containsExactlyInAnyOrder(
                // full marks on 400 of 500: 30 × 0.8 = 24, and no reason given
                "SCORE_MISMATCH@表1!G3", "TARGET_MISSED_NO_REASON@表1!C3",
                // 30 of 20 is 150% of target
                "ACTUAL_FAR_ABOVE_TARGET@表1!C4",
                // a target without an actual
                "ACTUAL_MISSING@表1!C5",
                // qualitative full marks while the actual says 未完成
                "FULL_MARKS_NOT_ACHIEVED@表1!G6",
                // 12 of 10
                "SCORE_MISMATCH@表1!G7", "SCORE_OUT_OF_RANGE@表1!G7",
                "TOTAL_MISMATCH@表1!G8");
    }

    @Test
    void aConsistentTableRaisesNoAlarm() {
        for (String sample : List.of(org.jixiao.samples.SampleWorkbooks.CLEAN, org.jixiao.samples.SampleWorkbooks.HUALONG)) {
            assertThat(Samples.scoreOnly(sample).allProblems()).as(sample).isEmpty();
        }
    }

    @Test
    void level2LabelsAndABudgetBlockOutsideTheHundred() throws IOException {
        Object[][] rows = {
            {"项目支出绩效自评表"},
            {"项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
            {null, "年度资金总额", 100, 100, 100, 10, "100%", 10},
            {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {null, "产出指标", "数量指标（30分）", "甲", "≥1", "1", 20, 20},
            {null, null, null, "乙", "≥1", "1", 20, 20},
            {null, "效益指标", "社会效益", "丙", "≥1", "1", 60, 60},
            {"总分", null, null, null, null, null, 110, 110},
        };
        ScoredEvaluation s = Samples.score(Samples.read(TestSheets.xlsx().sheet("表1", rows, "B5:B6", "C5:C6",
                "A8:F8").save(tmp.resolve("labels.xlsx")))).get(0);
        assertThat(findings(s)).containsExactlyInAnyOrder("GROUP_WEIGHT_MISMATCH@表1!D5", "WEIGHT_TOTAL_MISMATCH@表1!H8");
        assertThat(s.allProblems()).filteredOn(p -> p.code().name().equals("WEIGHT_TOTAL_MISMATCH")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("预算执行分值在满分之外"));
    }
}
