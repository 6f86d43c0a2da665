package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.jixiao.model.EvaluationKind;
import org.jixiao.model.ProblemCode;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.score.GroupScore;
import org.jixiao.score.Grade;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.ScoringMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample's total, grade, subtotals and a few indicator scores against numbers worked out by hand from the
 * figures in the sheet (see the comments in org.jixiao.samples).
 */
class SampleScoringTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void foundingCaseHualong() {
        ScoredEvaluation s = Samples.scoreOnly(SampleWorkbooks.HUALONG);
        assertThat(s.evaluation().kind()).isEqualTo(EvaluationKind.DEPARTMENT);
        assertThat(s.evaluation().unit()).contains("广州市番禺区化龙镇人民政府");
        assertThat(s.evaluation().year()).contains(2022);
        // 40,430.2 / 48,865.73 = 0.827373… → 82.74%; 10 × 0.827373 = 8.27
        assertThat(s.budget()).hasValueSatisfying(b -> {
            assertThat(b.rate().orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.8274");
            assertThat(b.score()).isEqualByComparingTo("8.27");
            assertThat(b.line().scoreCell()).hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo("部门整体自评表!I6"));
        });
        assertThat(s.total()).isEqualByComparingTo("92.44");
        assertThat(s.grade()).isEqualTo(Grade.优);
        assertThat(s.groups()).extracting(GroupScore::name, GroupScore::weight, GroupScore::score).containsExactly(
                tuple("投入", n("15"), n("14.80")), tuple("过程", n("25"), n("21.00")),
                tuple("产出", n("30"), n("29.87")), tuple("效果", n("20"), n("18.50")));
        assertThat(Samples.indicator(s, "结转结余率").score()).isEqualByComparingTo("2.90");
        assertThat(Samples.indicator(s, "支付进度率").score()).isEqualByComparingTo("4.60");
        assertThat(s.allProblems()).isEmpty();
    }

    @Test
    void cleanNationalProject() {
        ScoredEvaluation s = Samples.scoreOnly(SampleWorkbooks.CLEAN);
        assertThat(s.evaluation().kind()).isEqualTo(EvaluationKind.PROJECT);
        assertThat(s.evaluation().project()).contains("乡村公共服务站点建设与培训项目");
        assertThat(s.evaluation().unit()).contains("某区乡村振兴服务中心");
        assertThat(s.evaluation().budgetLines()).hasSize(4);
        assertThat(s.budget().orElseThrow().score()).isEqualByComparingTo("9.34");
        assertThat(s.groups()).extracting(GroupScore::name, GroupScore::score).containsExactly(
                tuple("产出指标", n("48.71")), tuple("效益指标", n("28.50")), tuple("满意度指标", n("10.00")));
        assertThat(s.groups().get(0).children()).extracting(GroupScore::name, GroupScore::score).containsExactly(
                tuple("数量指标", n("15.68")), tuple("质量指标", n("16.00")), tuple("时效指标", n("8.50")),
                tuple("成本指标", n("8.53")));
        assertThat(Samples.indicator(s, "培训人次").basis()).isEqualTo("完成480人次/目标500人次=96.00%，8×96.00%=7.68");
        assertThat(Samples.indicator(s, "单个站点建设成本").score()).isEqualByComparingTo("8.53");
        assertThat(Samples.indicator(s, "单个站点建设成本").method()).isEqualTo(ScoringMethod.LOWER_IS_BETTER);
        assertThat(Samples.indicator(s, "长效管理机制").judgedByHand()).isTrue();
        assertThat(Samples.indicator(s, "惠及人数").score()).isEqualByComparingTo("9.50");
        assertThat(Samples.indicator(s, "培训人次").indicator().scoreCell().toString()).isEqualTo("附件1!H13");
        assertThat(s.total()).isEqualByComparingTo("96.55");
        assertThat(s.grade()).isEqualTo(Grade.优);
        assertThat(s.allProblems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleWorkbooks.LENIENT, SampleWorkbooks.LENIENT_XLS})
    void lenientProjectIsMarkedDownAndItsStoredTotalIsWrong(String sample) {
        ScoredEvaluation s = Samples.scoreOnly(sample);
        assertThat(s.budget().orElseThrow().score()).isEqualByComparingTo("7.45");
        assertThat(s.groups()).extracting(GroupScore::score).containsExactly(n("45.38"), n("27.41"), n("9.44"));
        assertThat(Samples.indicator(s, "项目验收合格率").score()).isEqualByComparingTo("7.68");
        assertThat(Samples.indicator(s, "服务群众覆盖率").score()).isEqualByComparingTo("9.41");
        assertThat(s.total()).isEqualByComparingTo("89.68");
        assertThat(s.grade()).isEqualTo(Grade.良);
        assertThat(s.evaluation().reportedTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("98"));
        assertThat(s.allProblems()).extracting(p -> p.code(), p -> p.cell().map(Object::toString).orElse(""))
                .contains(tuple(ProblemCode.SCORE_MISMATCH, "自评表!I6"),
                        tuple(ProblemCode.SCORE_MISMATCH, "自评表!H13"),
                        tuple(ProblemCode.REPORTED_TOTAL_NOT_SUM, "自评表!H23"),
                        tuple(ProblemCode.TOTAL_MISMATCH, "自评表!H23"),
                        tuple(ProblemCode.GRADE_MISMATCH, "自评表!G24"));
        // 培训, 站点, 合格率, 按时, 成本, 覆盖率, 惠及, 满意度 and the budget row: nine scores marked down
        assertThat(s.allProblems()).filteredOn(p -> p.code() == ProblemCode.SCORE_MISMATCH).hasSize(9);
    }

    @Test
    void departmentScoringTable() {
        ScoredEvaluation s = Samples.scoreOnly(SampleWorkbooks.DEPARTMENT);
        assertThat(s.evaluation().kind()).isEqualTo(EvaluationKind.DEPARTMENT);
        assertThat(s.evaluation().unit()).contains("某区教育局");
        assertThat(s.evaluation().budgetLines()).isEmpty();
        assertThat(s.budget()).isEmpty();
        assertThat(s.evaluation().labelWeights()).containsEntry("投入", n("15")).containsEntry("效果", n("20"));
        assertThat(s.groups()).extracting(GroupScore::name, GroupScore::weight, GroupScore::score).containsExactly(
                tuple("投入", n("15"), n("14.85")), tuple("过程", n("35"), n("33.42")),
                tuple("产出", n("30"), n("29.40")), tuple("效果", n("20"), n("17.78")));
        assertThat(Samples.indicator(s, "“三公经费”变动率").score()).isEqualByComparingTo("5");
        assertThat(Samples.indicator(s, "预算调整率").score()).isEqualByComparingTo("4.17");
        assertThat(s.total()).isEqualByComparingTo("95.45");
        assertThat(s.grade()).isEqualTo(Grade.优);
        assertThat(s.allProblems()).extracting(p -> p.code(), p -> p.cell().map(Object::toString).orElse(""))
                .containsExactlyInAnyOrder(tuple(ProblemCode.SCORE_MISMATCH, "评分表!J5"),
                        tuple(ProblemCode.SCORE_MISMATCH, "评分表!J8"), tuple(ProblemCode.TOTAL_MISMATCH, "评分表!J15"),
                        // 103% over a ≤100% target and 88% under ≥90%, both with an empty 扣分原因
                        tuple(ProblemCode.TARGET_MISSED_NO_REASON, "评分表!D5"),
                        tuple(ProblemCode.TARGET_MISSED_NO_REASON, "评分表!D14"));
    }
}
