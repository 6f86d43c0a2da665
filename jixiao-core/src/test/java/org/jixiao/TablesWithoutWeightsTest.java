package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.score.Grade;
import org.jixiao.score.GroupScore;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.ScoringMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 4: published tables (Hubei/Yunnan layout) that print no 分值 on their indicator rows. Weights
 * come from level labels where there are any; rows left without one keep their submitted scores, with one
 * warning for the table. Expected numbers are worked out by hand in each test.
 */
class TablesWithoutWeightsTest {

    @TempDir
    Path tmp;

    private static List<String> codesAndCells(ScoredEvaluation s) {
        return s.allProblems().stream().map(p -> p.code() + "@" + p.cell().map(Object::toString).orElse("")).toList();
    }

    @Test
    void rowsWithoutAnyWeightKeepTheirSubmittedScores() throws IOException {
        Path file = tmp.resolve("unweighted.xlsx");
        SampleWorkbooks.writeUnweighted(file);
        ScoredEvaluation s = Samples.score(Samples.read(file)).get(0);

        // the budget block is worth 20 as printed: 80/80 → 20 × min(1, 100%) = 20
        assertThat(s.budget()).hasValueSatisfying(b -> {
            assertThat(b.weight()).isEqualByComparingTo("20");
            assertThat(b.score()).isEqualByComparingTo("20");
        });
        // rows as submitted: 20 + 10 + 40 + 10 = 80; with the budget 100.00, 优
        assertThat(s.indicators()).extracting(IndicatorScore::method).containsOnly(ScoringMethod.AS_SUBMITTED);
        assertThat(s.indicators()).extracting(i -> i.score().toPlainString())
                .containsExactly("20.00", "10.00", "40.00", "10.00");
        assertThat(s.indicators()).allSatisfy(i -> {
            assertThat(i.weighted()).isFalse();
            assertThat(i.knownWeight()).isEmpty();
            assertThat(i.basis()).startsWith("按填报得分（表中无分值）");
        });
        assertThat(s.total()).isEqualByComparingTo("100.00");
        assertThat(s.total().scale()).isEqualTo(2);
        assertThat(s.grade()).isEqualTo(Grade.优);

        // one warning for the table, at the first row's name; nothing that needs a weight is reported
        assertThat(codesAndCells(s)).containsExactly("WEIGHTS_NOT_PRINTED@项目自评表!D13");
        Problem warning = s.allProblems().get(0);
        assertThat(warning.severity()).isEqualTo(ProblemCode.WEIGHTS_NOT_PRINTED.severity());
        assertThat(warning.message()).startsWith("表中指标行未列分值").contains("4项指标按填报得分计", " / ");

        // groups: 分值 unknown, scores as submitted
        assertThat(s.groups()).extracting(GroupScore::name, g -> g.score().toPlainString(), GroupScore::knownWeight)
                .containsExactly(tuple("产出指标", "30.00", java.util.Optional.empty()),
                        tuple("效益指标", "40.00", java.util.Optional.empty()),
                        tuple("满意度指标", "10.00", java.util.Optional.empty()));
        assertThat(s.groups()).allSatisfy(g -> assertThat(g.pointsLost()).isEqualByComparingTo("0"));

        // only the budget's 20 can be perturbed, at full marks: every draw is 80 + 20 = 100
        assertThat(s.robustness().sameGradeProbability()).isEqualTo(1.0);
        assertThat(s.robustness().totalP5()).isEqualTo(100.0);
        assertThat(s.robustness().totalP95()).isEqualTo(100.0);
    }

    @Test
    void weightsOnlyInLevelLabelsAreSharedAndScored() throws IOException {
        Path file = tmp.resolve("labels.xlsx");
        SampleWorkbooks.writeLabelWeighted(file);
        ScoredEvaluation s = Samples.score(Samples.read(file)).get(0);

        assertThat(s.evaluation().labelWeights()).containsEntry("产出指标", new BigDecimal("60"))
                .containsEntry("效益指标", new BigDecimal("20")).containsEntry("满意度指标", new BigDecimal("10"));
        // 产出 60 over three rows, 效益 20 over two, 满意度 10 over one
        assertThat(s.indicators()).extracting(i -> i.weight().stripTrailingZeros().toPlainString())
                .containsExactly("20", "20", "20", "10", "10", "10");
        assertThat(s.indicators()).noneMatch(i -> i.method() == ScoringMethod.AS_SUBMITTED);
        // 8/10 × 20 = 16.00; =100% met → 20; 90/95 × 20 = 18.947… → 18.95; 9 and 10 by hand; 99% ≥ 90% → 10
        assertThat(s.indicators()).extracting(i -> i.score().toPlainString())
                .containsExactly("16.00", "20.00", "18.95", "9.00", "10.00", "10.00");
        // budget 95/100 × 10 = 9.50; 9.50 + 54.95 + 19 + 10 = 93.45
        assertThat(s.budget().orElseThrow().score()).isEqualByComparingTo("9.50");
        assertThat(s.groups()).extracting(GroupScore::name, g -> g.weight().toPlainString(), g -> g.score().toPlainString())
                .containsExactly(tuple("产出指标", "60", "54.95"), tuple("效益指标", "20", "19.00"),
                        tuple("满意度指标", "10", "10.00"));
        assertThat(s.total()).isEqualByComparingTo("93.45");
        assertThat(s.grade()).isEqualTo(Grade.优);
        assertThat(s.allProblems()).extracting(Problem::code).containsOnly(ProblemCode.WEIGHT_DERIVED).hasSize(6);
    }

    @Test
    void aLabelledGroupIsWeightedAndTheOthersKeepTheirSubmittedScores() throws IOException {
        Object[][] rows = {
            {"项目支出绩效自评表"},
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"产出指标(60分)", "数量指标", "培训人数", "≥100人", "90人", null, 27},
            {null, "质量指标", "合格率", "≥95%", "96%", null, 30},
            {"效益指标", "社会效益", "群众获得感", "明显提升", "明显提升", null, 25},
            {"满意度指标", "满意度", "满意度", "≥90%", "95%", null, 12},
            {"总分", null, null, null, null, 100, 94},
        };
        Path file = TestSheets.xlsx().sheet("Sheet1", rows, "A3:A4").save(tmp.resolve("mixed.xlsx"));
        ScoredEvaluation s = Samples.score(Samples.read(file)).get(0);

        // 60/2 = 30 each: 90/100 × 30 = 27.00, 96% ≥ 95% → 30; then 25 and 12 as submitted (12 is not checked
        // against any 分值): 27 + 30 + 25 + 12 = 94.00, 优
        assertThat(s.indicators()).extracting(IndicatorScore::method).containsExactly(ScoringMethod.HIGHER_IS_BETTER,
                ScoringMethod.HIGHER_IS_BETTER, ScoringMethod.AS_SUBMITTED, ScoringMethod.AS_SUBMITTED);
        assertThat(s.indicators()).extracting(i -> i.score().toPlainString())
                .containsExactly("27.00", "30.00", "25.00", "12.00");
        assertThat(s.total()).isEqualByComparingTo("94.00");
        assertThat(s.grade()).isEqualTo(Grade.优);
        assertThat(codesAndCells(s)).containsExactlyInAnyOrder("WEIGHT_DERIVED@Sheet1!C3", "WEIGHT_DERIVED@Sheet1!C4",
                "WEIGHTS_NOT_PRINTED@Sheet1!C5");
        assertThat(s.allProblems()).filteredOn(p -> p.code() == ProblemCode.WEIGHTS_NOT_PRINTED).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2项指标"));
        assertThat(s.groups()).extracting(GroupScore::name, GroupScore::weighted)
                .containsExactly(tuple("产出指标", true), tuple("效益指标", false), tuple("满意度指标", false));
        assertThat(s.groups().get(0).knownPointsLost()).hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("3"));

        // the 37 submitted points are fixed; the two 30s move by ±25%: 37 + 60 × (0.9 × 1.25 + 0.75) / 2 = 93.25
        // at the lowest, 37 + 60 × (0.9 × 0.75 + 1.25) / 2 = 94.75 at the highest, always 优
        assertThat(s.robustness().sameGradeProbability()).isEqualTo(1.0);
        assertThat(s.robustness().totalP5()).isBetween(93.25, 94.75);
        assertThat(s.robustness().totalP95()).isBetween(93.25, 94.75).isGreaterThan(s.robustness().totalP5());
    }

    @Test
    void aMissingOrNegativeSelfScoreWithoutWeightIsStillReported() throws IOException {
        Object[][] rows = {
            {"项目支出绩效自评表"},
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"产出指标", "数量指标", "培训人数", "≥100人", "100人", null, null},
            {"效益指标", "社会效益", "群众获得感", "明显提升", "明显提升", null, -5},
            {"满意度指标", "满意度", "满意度", "≥90%", "95%", null, 50},
            {"总分", null, null, null, null, 100, 45},
        };
        Path file = TestSheets.xlsx().sheet("Sheet1", rows).save(tmp.resolve("blank-and-negative.xlsx"));
        ScoredEvaluation s = Samples.score(Samples.read(file)).get(0);

        // blank → 0, −5 → 0, 50 kept: 50.00, 差
        assertThat(s.indicators()).extracting(i -> i.score().toPlainString()).containsExactly("0.00", "0.00", "50.00");
        assertThat(s.total()).isEqualByComparingTo("50.00");
        assertThat(s.grade()).isEqualTo(Grade.差);
        assertThat(codesAndCells(s)).containsExactlyInAnyOrder("WEIGHTS_NOT_PRINTED@Sheet1!C3",
                "SCORE_MISSING@Sheet1!G3", "SCORE_OUT_OF_RANGE@Sheet1!G4",
                // the sheet's 45 is the sum of its own scores (0 − 5 + 50) but not of the kept ones
                "TOTAL_MISMATCH@Sheet1!G6");
    }

    @Test
    void aTableThatShowsNoWeightAnywhereKeepsItsSubmittedScore() throws IOException {
        // no budget block, no 分值 on the 总分 row, no label: the issue's "no weight can be found anywhere"
        Object[][] rows = {
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"产出指标", "数量指标", "培训", "≥10人", "10人", null, 80},
        };
        ScoredEvaluation s = Samples.score(Samples.read(TestSheets.xlsx().sheet("表1", rows)
                .save(tmp.resolve("no-weight.xlsx")))).get(0);
        assertThat(s.allProblems()).extracting(Problem::code).contains(ProblemCode.WEIGHTS_NOT_PRINTED)
                .doesNotContain(ProblemCode.WEIGHT_MISSING, ProblemCode.SCORE_OUT_OF_RANGE);
        assertThat(s.indicators().get(0).weighted()).isFalse();
        assertThat(s.total()).isEqualByComparingTo("80.00");
    }

    @Test
    void aRowWithoutWeightAmongWeightedRowsIsAnOmission() throws IOException {
        Object[][] rows = {
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
            {"产出指标", "数量指标", "培训", "≥10人", "10人", null, 80},
            {"产出指标", "质量指标", "合格率", "100%", "100%", 20, 20},
        };
        ScoredEvaluation s = Samples.score(Samples.read(TestSheets.xlsx().sheet("表1", rows)
                .save(tmp.resolve("one-weight-missing.xlsx")))).get(0);
        assertThat(s.allProblems()).extracting(Problem::code).contains(ProblemCode.WEIGHT_MISSING)
                .doesNotContain(ProblemCode.WEIGHTS_NOT_PRINTED);
        assertThat(s.indicators().get(0).weighted()).isTrue();
        // the omitted row counts 0, the other its full 20
        assertThat(s.total()).isEqualByComparingTo("20.00");
    }
}
