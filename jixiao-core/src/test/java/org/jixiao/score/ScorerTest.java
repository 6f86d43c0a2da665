package org.jixiao.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.model.BudgetLine;
import org.jixiao.model.CellRef;
import org.jixiao.model.Evaluation;
import org.jixiao.model.EvaluationKind;
import org.jixiao.model.Figure;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorPath;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.read.FigureParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The national rules at their edges, on evaluations built directly from model records. */
class ScorerTest {

    private static final Scorer SCORER = new Scorer();

    private static Optional<BigDecimal> num(String value) {
        return value == null ? Optional.empty() : Optional.of(new BigDecimal(value));
    }

    private static Indicator indicator(int row, String name, String target, String actual, String weight,
                                       String reported) {
        return new Indicator(new IndicatorPath("产出指标", "数量指标", name), Optional.empty(), num(weight), FigureParser.parse(target),
                FigureParser.parse(actual), "", num(reported), "", new CellRef("S", row, 3), new CellRef("S", row, 7));
    }

    private static Evaluation evaluation(List<BudgetLine> budget, List<Indicator> indicators, String reportedTotal,
                                         String reportedGrade) {
        return new Evaluation("S", EvaluationKind.PROJECT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), budget, indicators, Map.of(), num(reportedTotal), Optional.of(new CellRef("S", 30, 7)),
                Optional.empty(), Optional.ofNullable(reportedGrade), Optional.of(new CellRef("S", 31, 7)), 30, List.of());
    }

    private static IndicatorScore scoreOne(String target, String actual, String weight, String reported) {
        Indicator indicator = indicator(5, "x", target, actual, weight, reported);
        return SCORER.score(evaluation(List.of(), List.of(indicator), null, null)).indicators().get(0);
    }

    private static BudgetLine budget(String planned, String executed, String weight, String reportedRate) {
        return new BudgetLine("年度资金总额", false, Optional.empty(), num(planned), Optional.empty(), Optional.empty(),
                num(executed), num(weight),
                num(reportedRate), Optional.empty(), new CellRef("S", 5, 1), Optional.of(new CellRef("S", 5, 7)),
                Optional.of(new CellRef("S", 5, 8)));
    }

    @ParameterizedTest(name = "target {0}, actual {1}, weight {2} → {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            ≥500人次 | 480人次 | 8  | 7.68  | HIGHER_IS_BETTER
            ≥500人次 | 520人次 | 8  | 8.00  | HIGHER_IS_BETTER
            ≥100     | 53.5    | 5  | 2.68  | HIGHER_IS_BETTER
            ≥100     | 0       | 5  | 0.00  | HIGHER_IS_BETTER
            ≥0       | 0       | 5  | 5.00  | HIGHER_IS_BETTER
            ≥95%     | 96.5    | 10 | 10.00 | HIGHER_IS_BETTER
            ≥95%     | 0.9     | 10 | 9.47  | HIGHER_IS_BETTER
            100%     | 98%     | 10 | 9.80  | HIGHER_IS_BETTER
            ≤90万元   | 95万元   | 9  | 8.53  | LOWER_IS_BETTER
            ≤90万元   | 90万元   | 9  | 9.00  | LOWER_IS_BETTER
            <5       | 10      | 6  | 3.00  | LOWER_IS_BETTER
            ≤0起     | 0起      | 4  | 4.00  | LOWER_IS_BETTER
            ≤0起     | 2起      | 4  | 0.00  | LOWER_IS_BETTER
            =100%    | 100.00% | 8  | 8.00  | EQUALITY
            =100%    | 96%     | 8  | 7.68  | EQUALITY
            =20      | 25      | 5  | 4.00  | EQUALITY
            ≤10%     | -3%     | 5  | 5.00  | LOWER_IS_BETTER
            """)
    void quantitativeRules(String target, String actual, String weight, String expected, ScoringMethod method) {
        IndicatorScore score = scoreOne(target, actual, weight, null);
        assertThat(score.score()).isEqualByComparingTo(expected);
        assertThat(score.score().scale()).isEqualTo(2);
        assertThat(score.method()).isEqualTo(method);
    }

    @Test
    void halfUpOnTheExactDecimalNotOnADouble() {
        // 5 × 53.5/100 = 2.675 exactly; a double would hold 2.67499… and round down
        assertThat(scoreOne("≥100", "53.5", "5", null).basis()).isEqualTo("完成53.5/目标100=53.50%，5×53.50%=2.68");
    }

    @Test
    void qualitativeKeepsTheSubmittedScoreWithinItsWeight() {
        IndicatorScore kept = scoreOne("效果明显", "效果较明显", "10", "8.5");
        assertThat(kept.score()).isEqualByComparingTo("8.50");
        assertThat(kept.judgedByHand()).isTrue();

        Evaluation over = evaluation(List.of(), List.of(indicator(5, "满意", "高", "高", "10", "12")), null, null);
        ScoredEvaluation scored = SCORER.score(over);
        assertThat(scored.indicators().get(0).score()).isEqualByComparingTo("10.00");
        assertThat(codes(scored)).contains(ProblemCode.SCORE_OUT_OF_RANGE);

        Evaluation missing = evaluation(List.of(), List.of(indicator(5, "满意", "高", "高", "10", null)), null, null);
        ScoredEvaluation zero = SCORER.score(missing);
        assertThat(zero.indicators().get(0).score()).isEqualByComparingTo("0");
        assertThat(codes(zero)).contains(ProblemCode.SCORE_MISSING);
    }

    @Test
    void numericTargetWithTextActualIsJudgedByHandAndFlagged() {
        Evaluation e = evaluation(List.of(), List.of(indicator(5, "x", "≥50个", "已完成", "10", "9")), null, null);
        ScoredEvaluation s = SCORER.score(e);
        assertThat(s.indicators().get(0).score()).isEqualByComparingTo("9");
        assertThat(codes(s)).contains(ProblemCode.ACTUAL_NOT_NUMERIC);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, 优", "90.00, 优", "89.99, 良", "80, 良", "79.99, 中", "60, 中", "59.99, 差", "0, 差"})
    void gradeBandsAreHalfOpen(String total, String grade) {
        assertThat(Grade.of(new BigDecimal(total))).isEqualTo(new Grade(grade));
    }

    @Test
    void budgetRateIsCappedAndTheFoundingFiguresGive827() {
        BudgetLine hualong = budget("48865.73", "40430.2", "10", "0.827");
        ScoredEvaluation s = SCORER.score(evaluation(List.of(hualong), List.of(), null, null));
        assertThat(s.budget().orElseThrow().score()).isEqualByComparingTo("8.27");
        assertThat(codes(s)).doesNotContain(ProblemCode.RATE_MISMATCH);

        BudgetLine over = budget("100", "102.59", "10", null);
        ScoredEvaluation capped = SCORER.score(evaluation(List.of(over), List.of(), null, null));
        assertThat(capped.budget().orElseThrow().score()).isEqualByComparingTo("10.00");
        assertThat(codes(capped)).contains(ProblemCode.EXECUTION_OVER_BUDGET);
    }

    @Test
    void printedRateOneHundredthOffIsReported() {
        // 86.18% by the figures (86.1834…), printed 86.19%
        BudgetLine line = budget("1000", "861.834", "10", "0.8619");
        ScoredEvaluation s = SCORER.score(evaluation(List.of(line), List.of(), null, null));
        assertThat(s.allProblems()).filteredOn(p -> p.code() == ProblemCode.RATE_MISMATCH).singleElement()
                .satisfies(p -> assertThat(p.cell().orElseThrow().toString()).isEqualTo("S!H6"));
    }

    @Test
    void budgetWithoutFiguresOrWithZeroBudgetScoresZero() {
        ScoredEvaluation zero = SCORER.score(evaluation(List.of(budget("0", "5", "10", null)), List.of(), null, null));
        assertThat(zero.budget().orElseThrow().score()).isEqualByComparingTo("0");
        assertThat(codes(zero)).contains(ProblemCode.BUDGET_ZERO);
        ScoredEvaluation missing = SCORER.score(evaluation(List.of(budget(null, "5", "10", null)), List.of(), null, null));
        assertThat(codes(missing)).contains(ProblemCode.BUDGET_FIGURE_MISSING);
    }

    @Test
    void totalIsTheSumOfRoundedScoresAndStoredTotalsAreChecked() {
        // three rows of 10 × 2/3 = 6.666… → 6.67 each; total 20.01 (not round(20.00))
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(indicator(5 + i, "x" + i, "≥3", "2", "10", "6.67"));
        }
        ScoredEvaluation s = SCORER.score(evaluation(List.of(), rows, "20", "优"));
        assertThat(s.total()).isEqualByComparingTo("20.01");
        assertThat(s.grade()).isEqualTo(Grade.差);
        assertThat(codes(s)).contains(ProblemCode.REPORTED_TOTAL_NOT_SUM, ProblemCode.TOTAL_MISMATCH,
                ProblemCode.GRADE_MISMATCH, ProblemCode.WEIGHT_TOTAL_MISMATCH).doesNotContain(ProblemCode.SCORE_MISMATCH);
    }

    @Test
    void weightsAddingUpTo110AreReported() {
        List<Indicator> rows = List.of(indicator(5, "a", "≥1", "1", "60", "60"), indicator(6, "b", "≥1", "1", "40", "40"));
        ScoredEvaluation s = SCORER.score(evaluation(List.of(budget("10", "10", "10", null)), rows, null, null));
        assertThat(s.allProblems()).filteredOn(p -> p.code() == ProblemCode.WEIGHT_TOTAL_MISMATCH).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("110").contains("预算执行10"));
    }

    private static List<ProblemCode> codes(ScoredEvaluation s) {
        return s.allProblems().stream().map(Problem::code).toList();
    }

    @Test
    void figureWithoutRelationDefaultsToHigherIsBetter() {
        assertThat(Figure.text("x").isNumeric()).isFalse();
        assertThat(scoreOne("50个", "40个", "10", null).method()).isEqualTo(ScoringMethod.HIGHER_IS_BETTER);
    }
}
