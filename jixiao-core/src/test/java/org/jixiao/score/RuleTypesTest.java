package org.jixiao.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jixiao.RuleSetFixtures;
import org.jixiao.model.BudgetLine;
import org.jixiao.model.CellRef;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per rule type at its boundaries: the rule as an evaluator writes it in 指标规则, the indicator's
 * target, actual, 分值 and self-score, and the score worked out by hand from the rule text.
 */
class RuleTypesTest {

    @TempDir
    Path tmp;

    private ScoredEvaluation score(String type, String params, String target, String actual, String weight,
                                   String reported) {
        String row = ",*,*,*,," + type + ",\"" + params.replace("\"", "\"\"") + "\",\n";
        RuleSet rules = RuleSetFixtures.valid(tmp.resolve("r" + System.nanoTime()), row);
        return new Scorer(rules).score(RuleSetFixtures.evaluation(List.of(
                RuleSetFixtures.indicator(0, "x", target, actual, weight, reported))));
    }

    @ParameterizedTest(name = "{0} {1}: target {2}, actual {3}, S={4}, self {5} → {6}")
    @CsvSource(delimiter = '¦', nullValues = "NULL", textBlock = """
            比率 ¦ 基准=100% ¦ NULL ¦ 76% ¦ 10 ¦ NULL ¦ 7.60
            比率 ¦ 封顶=1.2 ¦ 100 ¦ 130 ¦ 10 ¦ NULL ¦ 12.00
            比率 ¦ '' ¦ 100 ¦ 50 ¦ 10 ¦ NULL ¦ 5.00
            反向比率 ¦ '' ¦ ≤90万元 ¦ 95万元 ¦ 9 ¦ NULL ¦ 8.53
            反向比率 ¦ '' ¦ ≤90万元 ¦ 85万元 ¦ 9 ¦ NULL ¦ 9.00
            达标满分 ¦ 方向=≤ ¦ 90 ¦ 95 ¦ 9 ¦ NULL ¦ 8.53
            达标满分 ¦ '' ¦ ≥500 ¦ 480 ¦ 8 ¦ NULL ¦ 7.68
            扣分 ¦ 方向=超出; 阈值=100%; 步长=1%; 扣分=0.5 ¦ ≤100% ¦ 101.5% ¦ 5 ¦ NULL ¦ 4.25
            扣分 ¦ 方向=超出; 阈值=100%; 步长=1%; 扣分=0.5; 计法=整步 ¦ ≤100% ¦ 101.5% ¦ 5 ¦ NULL ¦ 4.50
            扣分 ¦ 方向=超出; 阈值=100%; 步长=1%; 扣分=0.5 ¦ ≤100% ¦ 100% ¦ 5 ¦ NULL ¦ 5.00
            扣分 ¦ 方向=超出; 阈值=100%; 步长=1%; 扣分=0.5 ¦ ≤100% ¦ 120% ¦ 5 ¦ NULL ¦ 0.00
            扣分 ¦ 方向=超出; 步长=1%; 扣分=0.5; 下限=1 ¦ ≤100% ¦ 120% ¦ 5 ¦ NULL ¦ 1.00
            扣分 ¦ 方向=不足; 阈值=100%; 步长=5%; 扣分=2; 计法=整步 ¦ 100% ¦ 92% ¦ 5 ¦ NULL ¦ 3.00
            扣分 ¦ 方向=不足; 阈值=100%; 步长=5%; 扣分=2 ¦ 100% ¦ 92% ¦ 5 ¦ NULL ¦ 1.80
            分档 ¦ 档位=(-∞,0]:3|(0,10%]:2|(10%,20%]:1|(20%,30%]:0.5|(30%,+∞):0 ¦ NULL ¦ 10% ¦ 3 ¦ NULL ¦ 2.00
            分档 ¦ 档位=(-∞,0]:3|(0,10%]:2|(10%,20%]:1|(20%,30%]:0.5|(30%,+∞):0 ¦ NULL ¦ 10.01% ¦ 3 ¦ NULL ¦ 1.00
            分档 ¦ 档位=(-∞,0]:3|(0,10%]:2|(10%,20%]:1|(20%,30%]:0.5|(30%,+∞):0 ¦ NULL ¦ 0 ¦ 3 ¦ NULL ¦ 3.00
            分档 ¦ 档位=(-∞,0]:3|(0,10%]:2|(10%,20%]:1|(20%,30%]:0.5|(30%,+∞):0 ¦ NULL ¦ 30% ¦ 3 ¦ NULL ¦ 0.50
            分档 ¦ 档位=(-∞,0]:3|(0,10%]:2|(10%,20%]:1|(20%,30%]:0.5|(30%,+∞):0 ¦ NULL ¦ 30.5% ¦ 3 ¦ NULL ¦ 0.00
            分档 ¦ 档位=≥90%:5|[80%,90%):4|<80%:0 ¦ NULL ¦ 90% ¦ 5 ¦ NULL ¦ 5.00
            分档 ¦ 档位=≥90%:5|[80%,90%):4|<80%:0 ¦ NULL ¦ 89.99% ¦ 5 ¦ NULL ¦ 4.00
            每次扣分 ¦ 扣分=1 ¦ NULL ¦ 2起 ¦ 3 ¦ NULL ¦ 1.00
            每次扣分 ¦ 扣分=1 ¦ NULL ¦ 无 ¦ 3 ¦ NULL ¦ 3.00
            每次扣分 ¦ 扣分=1 ¦ NULL ¦ 5 ¦ 3 ¦ NULL ¦ 0.00
            清单 ¦ 项目=制度健全:1|执行有效:1|定期检查:1 ¦ NULL ¦ 制度健全，执行有效 ¦ 3 ¦ NULL ¦ 2.00
            清单 ¦ 项目=制度健全:1|执行有效:1|定期检查:1 ¦ NULL ¦ 3 ¦ 3 ¦ NULL ¦ 3.00
            清单 ¦ 项目=真实:1|完整:1|准确:1 ¦ NULL ¦ 不完整 ¦ 3 ¦ NULL ¦ 0.00
            是否 ¦ '' ¦ NULL ¦ 是 ¦ 3 ¦ NULL ¦ 3.00
            是否 ¦ '' ¦ NULL ¦ 否 ¦ 3 ¦ NULL ¦ 0.00
            是否 ¦ 反向=是 ¦ NULL ¦ 否 ¦ 3 ¦ NULL ¦ 3.00
            分类 ¦ 映射=无结余:3|不超上年结转:2|超过:0 ¦ NULL ¦ 无结余 ¦ 3 ¦ NULL ¦ 3.00
            分类 ¦ 映射=无结余:3|不超上年结转:2|超过:0 ¦ NULL ¦ 不超上年结转 ¦ 3 ¦ NULL ¦ 2.00
            分类 ¦ 映射=无结余:3|不超上年结转:2|超过:0 ¦ NULL ¦ 超过上年结转 ¦ 3 ¦ NULL ¦ 0.00
            定性分档 ¦ '' ¦ 明显 ¦ 达成 ¦ 5 ¦ 4.5 ¦ 4.50
            定性分档 ¦ '' ¦ 明显 ¦ 部分达成 ¦ 5 ¦ 4.5 ¦ 3.99
            定性分档 ¦ '' ¦ 明显 ¦ 部分达成 ¦ 5 ¦ 3.5 ¦ 3.50
            定性分档 ¦ '' ¦ 明显 ¦ 未达成 ¦ 5 ¦ NULL ¦ 0.00
            满意度 ¦ 满分线=90%; 零分线=60% ¦ NULL ¦ 84% ¦ 5 ¦ NULL ¦ 4.00
            满意度 ¦ 满分线=90%; 零分线=60% ¦ NULL ¦ 95% ¦ 5 ¦ NULL ¦ 5.00
            满意度 ¦ 满分线=90%; 零分线=60% ¦ NULL ¦ 60% ¦ 5 ¦ NULL ¦ 0.00
            满意度 ¦ '' ¦ ≥90% ¦ 75% ¦ 5 ¦ NULL ¦ 2.50
            得分系数 ¦ '' ¦ NULL ¦ 85% ¦ 10 ¦ NULL ¦ 8.50
            得分系数 ¦ '' ¦ NULL ¦ 0.85 ¦ 10 ¦ NULL ¦ 8.50
            等值 ¦ '' ¦ =100% ¦ 100% ¦ 5 ¦ NULL ¦ 5.00
            等值 ¦ '' ¦ =100% ¦ 98% ¦ 5 ¦ NULL ¦ 0.00
            等值 ¦ 容差=2% ¦ =100% ¦ 98% ¦ 5 ¦ NULL ¦ 5.00
            不适用 ¦ 处理=满分 ¦ NULL ¦ 不适用 ¦ 5 ¦ NULL ¦ 5.00
            不适用 ¦ 处理=满分; 按=比率; 基准=100% ¦ NULL ¦ 80% ¦ 5 ¦ NULL ¦ 4.00
            人工 ¦ '' ¦ NULL ¦ 良好 ¦ 10 ¦ 12 ¦ 10.00
            人工 ¦ '' ¦ NULL ¦ 良好 ¦ 10 ¦ 7.5 ¦ 7.50
            国标默认 ¦ '' ¦ ≥95% ¦ 96.5 ¦ 10 ¦ NULL ¦ 10.00
            """)
    void eachRuleTypeAtItsBoundaries(String type, String params, String target, String actual, String weight,
                                     String reported, String expected) {
        ScoredEvaluation scored = score(type, params, target, actual, weight, reported);
        IndicatorScore score = scored.indicators().get(0);
        assertThat(score.score()).as(score.basis()).isEqualByComparingTo(expected);
        assertThat(score.basis()).isNotBlank();
        assertThat(score.ruleType().chinese()).isEqualTo(type);
    }

    @Test
    void valuesOutsideTheRuleAreReported() {
        ScoredEvaluation category = score("分类", "映射=无结余:3|超过:0", null, "其他情况", "3", null);
        assertThat(codes(category)).contains(ProblemCode.RULE_NO_MATCH_FOR_VALUE);
        ScoredEvaluation band = score("定性分档", "", "明显", "部分达成", "5", "4.5");
        assertThat(codes(band)).contains(ProblemCode.SCORE_OUT_OF_RANGE);
    }

    @Test
    void eitherOrCountsTheHigherOfThePair(@TempDir Path dir) {
        RuleSet rules = RuleSetFixtures.valid(dir, """
                ,*,*,结转结余率,3,二者择其一,组=结转; 按=反向比率; 基准=10%,
                ,*,*,结转结余变动率,3,二者择其一,"组=结转; 按=分档; 档位=(-∞,0]:3|(0,+∞):0",
                ,*,*,其他,4,比率,基准=100%,
                """);
        ScoredEvaluation s = new Scorer(rules).score(RuleSetFixtures.evaluation(List.of(
                RuleSetFixtures.indicator(0, "结转结余率", null, "12%", "3", null),
                RuleSetFixtures.indicator(1, "结转结余变动率", null, "-1.5%", "3", null),
                RuleSetFixtures.indicator(2, "其他", null, "100%", "4", null))));
        // 3 × 10/12 = 2.50 vs −1.5% ≤ 0 → 3: the second counts; the first is not counted
        assertThat(s.indicators().get(0).counted()).isFalse();
        assertThat(s.indicators().get(1).score()).isEqualByComparingTo("3");
        assertThat(s.total()).isEqualByComparingTo("7.00");
        assertThat(codes(s)).contains(ProblemCode.EITHER_OR_SKIPPED);
    }

    @Test
    void notApplicableDroppedAndTheTotalRescaled(@TempDir Path dir) {
        RuleSet rules = RuleSetFixtures.valid(dir, """
                ,*,*,甲,40,国标默认,,
                ,*,*,乙,40,国标默认,,
                ,*,*,丙,20,不适用,处理=剔除,
                """);
        ScoredEvaluation s = new Scorer(rules).score(RuleSetFixtures.evaluation(List.of(
                RuleSetFixtures.indicator(0, "甲", "≥100", "100", "40", null),
                RuleSetFixtures.indicator(1, "乙", "≥100", "75", "40", null),
                RuleSetFixtures.indicator(2, "丙", null, "无此事项", "20", null))));
        // (40 + 30) × 100 / (100 − 20) = 87.50
        assertThat(s.total()).isEqualByComparingTo("87.50");
        assertThat(s.grade()).isEqualTo(Grade.良);
        assertThat(codes(s)).contains(ProblemCode.NOT_APPLICABLE_RESCALED).doesNotContain(ProblemCode.WEIGHT_TOTAL_MISMATCH);
    }

    @Test
    void vetoCapsTheGradeOrTheTotal(@TempDir Path dir) {
        RuleSet rules = RuleSetFixtures.valid(dir, """
                ,*,*,甲,100,国标默认,,
                ,*,*,重大事故,,否决,封顶等级=中,
                ,*,*,违纪,,否决,封顶总分=59,
                """);
        ScoredEvaluation grade = new Scorer(rules).score(RuleSetFixtures.evaluation(List.of(
                RuleSetFixtures.indicator(0, "甲", "≥100", "100", "100", null),
                RuleSetFixtures.indicator(1, "重大事故", null, "发生1起", null, null),
                RuleSetFixtures.indicator(2, "违纪", null, "否", null, null))));
        assertThat(grade.total()).isEqualByComparingTo("100");
        assertThat(grade.grade()).isEqualTo(Grade.中);
        ScoredEvaluation total = new Scorer(rules).score(RuleSetFixtures.evaluation(List.of(
                RuleSetFixtures.indicator(0, "甲", "≥100", "100", "100", null),
                RuleSetFixtures.indicator(1, "重大事故", null, "无", null, null),
                RuleSetFixtures.indicator(2, "违纪", null, "是", null, null))));
        assertThat(total.total()).isEqualByComparingTo("59.00");
        assertThat(total.grade()).isEqualTo(Grade.差);
        assertThat(codes(total)).contains(ProblemCode.VETO_APPLIED).doesNotContain(ProblemCode.WEIGHT_MISSING);
    }

    @Test
    void halfEvenRoundingAndRoundingOnlyTheTotal(@TempDir Path dir) {
        String settings = "设置项,值\n舍入方式,四舍六入五成双\n";
        RuleSet halfEven = RuleSetFixtures.load(dir.resolve("a"), ",*,*,*,,国标默认,,\n", null, settings).ruleSet()
                .orElseThrow();
        // 5 × 53.5/100 = 2.675 → HALF_EVEN 2.68 (8 is even); 5 × 52.5/100 = 2.625 → 2.62
        assertThat(new Scorer(halfEven).score(RuleSetFixtures.evaluation(List.of(
                RuleSetFixtures.indicator(0, "x", "≥100", "52.5", "5", null)))).total()).isEqualByComparingTo("2.62");
        RuleSet totalOnly = RuleSetFixtures.load(dir.resolve("b"), ",*,*,*,,国标默认,,\n", null,
                "设置项,值\n取整时机,仅总分\n").ruleSet().orElseThrow();
        // three × 10 × 2/3: each 6.666…, total 20.00 (rounded once) instead of 20.01
        List<org.jixiao.model.Indicator> rows = List.of(RuleSetFixtures.indicator(0, "a", "≥3", "2", "10", null),
                RuleSetFixtures.indicator(1, "b", "≥3", "2", "10", null),
                RuleSetFixtures.indicator(2, "c", "≥3", "2", "10", null));
        assertThat(new Scorer(totalOnly).score(RuleSetFixtures.evaluation(rows)).total()).isEqualByComparingTo("20.00");
        assertThat(new Scorer().score(RuleSetFixtures.evaluation(rows)).total()).isEqualByComparingTo("20.01");
    }

    @Test
    void unmatchedRulesAndUnmatchedRowsFallBack(@TempDir Path dir) {
        RuleSet rules = RuleSetFixtures.valid(dir, ",*,*,不存在的指标,5,比率,,\n");
        ScoredEvaluation s = new Scorer(rules).score(RuleSetFixtures.evaluation(List.of(
                RuleSetFixtures.indicator(0, "x", "≥500", "480", "8", null))));
        assertThat(s.indicators().get(0).score()).isEqualByComparingTo("7.68");
        assertThat(s.indicators().get(0).ruleType().chinese()).isEqualTo("国标默认");
        assertThat(s.allProblems()).filteredOn(p -> p.code() == ProblemCode.RULE_UNMATCHED).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("第2行"));
    }

    private static List<ProblemCode> codes(ScoredEvaluation s) {
        return s.allProblems().stream().map(Problem::code).toList();
    }

    @ParameterizedTest(name = "执行率分母 {0} → {1}")
    @CsvSource({"全年预算数, 9.00", "年初预算数+调整数, 7.50", "实际到位资金, 10.00", "调整后预算数, 9.00"})
    void budgetDenominatorIsASetting(String base, String expected, @TempDir Path dir) {
        RuleSet rules = RuleSetFixtures.load(dir, ",*,*,*,,国标默认,,\n", null, "设置项,值\n执行率分母," + base + "\n")
                .ruleSet().orElseThrow();
        // 执行 90 over 全年 100, 年初 100 + 调整 20 = 120, 到位 80 (capped at 100%)
        BudgetLine line = new BudgetLine("年度资金总额", false,
                Optional.of(new BigDecimal("100")), Optional.of(new BigDecimal("100")),
                Optional.of(new BigDecimal("20")), Optional.of(new BigDecimal("80")),
                Optional.of(new BigDecimal("90")), Optional.of(BigDecimal.TEN),
                Optional.empty(), Optional.empty(), new CellRef("S", 3, 1),
                Optional.empty(), Optional.empty());
        Evaluation e = RuleSetFixtures.evaluation(List.of());
        Evaluation withBudget = new Evaluation(e.sheet(), e.kind(), e.title(), e.unit(),
                e.project(), e.year(), List.of(line), e.indicators(), e.labelWeights(), e.reportedTotal(), e.totalCell(),
                e.totalWeight(), e.reportedGrade(), e.gradeCell(), e.lastRow(), e.problems());
        assertThat(new Scorer(rules).score(withBudget).budget().orElseThrow().score()).isEqualByComparingTo(expected);
    }
}
