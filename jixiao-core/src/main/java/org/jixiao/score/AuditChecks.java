package org.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.BudgetLine;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Figure;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.read.FigureParser;
import org.jixiao.rules.Settings;

/**
 * Review (复核) checks on what a department submitted, beyond the arithmetic of its scores: a missed target
 * without 偏差原因, an actual far above its target, a missing actual, full marks on a qualitative indicator whose
 * actual says it was not achieved, a submitted score outside [0, 分值], a budget row whose 其中 rows do not add
 * up, a budget score left blank.
 */
final class AuditChecks {

    private static final List<String> NOT_ACHIEVED = List.of("未完成", "未达到", "未达成", "没有完成", "未实现");
    private static final BigDecimal COMPONENT_TOLERANCE = new BigDecimal("0.1");

    private final Settings settings;

    AuditChecks(Settings settings) {
        this.settings = settings;
    }

    List<Problem> check(ScoredEvaluation scored) {
        List<Problem> problems = new ArrayList<>();
        boolean hasDeviationColumn = scored.indicators().stream()
                .anyMatch(s -> !s.indicator().deviationNote().isBlank());
        for (IndicatorScore score : scored.indicators()) {
            if (score.counted()) {
                indicator(score, hasDeviationColumn, problems);
            }
        }
        scored.budget().ifPresent(b -> {
            if (b.line().reportedScore().isEmpty() && b.line().scoreCell().isPresent() && b.weight().signum() > 0) {
                problems.add(Problem.at(b.line().scoreCell().get(), ProblemCode.BUDGET_SCORE_MISSING,
                        "预算执行有分值" + Numbers.plain(b.weight()) + "却未填得分；按规则应为" + b.score().toPlainString()
                                + " / budget score left blank"));
            }
        });
        return problems;
    }

    private void indicator(IndicatorScore score, boolean hasDeviationColumn, List<Problem> problems) {
        Indicator i = score.indicator();
        String name = i.path().name();
        Optional<BigDecimal> reported = i.reportedScore();
        if (reported.isPresent() && !score.judgedByHand() && score.weighted()
                && (reported.get().signum() < 0 || reported.get().compareTo(score.weight()) > 0)) {
            problems.add(Problem.at(i.scoreCell(), ProblemCode.SCORE_OUT_OF_RANGE, "“" + name + "”填报得分"
                    + Numbers.plain(reported.get()) + "超出[0," + Numbers.plain(score.weight()) + "] / score outside its weight"));
        }
        Figure target = i.target();
        Figure actual = i.actual();
        if (!target.isBlank() && !FigureParser.isPlaceholder(target.text()) && actual.isBlank()) {
            problems.add(Problem.at(i.nameCell(), ProblemCode.ACTUAL_MISSING, "“" + name + "”有年度指标值“"
                    + target.text() + "”但未填实际完成值 / actual value missing"));
        }
        boolean missed = score.weighted() && score.score().compareTo(score.weight()) < 0
                && score.method() != ScoringMethod.JUDGED_BY_HAND;
        if (missed && hasDeviationColumn && i.deviationNote().isBlank()) {
            problems.add(Problem.at(i.nameCell(), ProblemCode.TARGET_MISSED_NO_REASON, "“" + name + "”未完成目标（得"
                    + score.score().toPlainString() + "/" + Numbers.plain(score.weight()) + "）但偏差原因分析为空 / no reason given"));
        }
        if (target.isNumeric() && actual.isNumeric() && target.relation().map(r -> r.higherIsBetter()).orElse(true)
                && target.number().get().signum() > 0) {
            BigDecimal a = Quantities.aligned(actual, target.percent());
            BigDecimal ratio = Numbers.divide(a, target.number().get());
            if (ratio.compareTo(settings.deviationThreshold()) > 0) {
                problems.add(Problem.at(i.nameCell(), ProblemCode.ACTUAL_FAR_ABOVE_TARGET, "“" + name + "”完成值为目标的"
                        + Numbers.percent(ratio) + "，超过" + Numbers.percent(settings.deviationThreshold())
                        + "，目标可能设置偏低，请按偏离度复核（财预〔2020〕10号） / actual far above target"));
            }
        }
        String said = FigureParser.normalize(actual.text());
        if (reported.isPresent() && reported.get().compareTo(score.weight()) >= 0 && score.weight().signum() > 0
                && NOT_ACHIEVED.stream().anyMatch(said::contains)) {
            problems.add(Problem.at(i.scoreCell(), ProblemCode.FULL_MARKS_NOT_ACHIEVED, "“" + name + "”完成情况为“"
                    + actual.text() + "”却自评满分 / full marks although not achieved"));
        }
    }

    /**
     * The budget row to score: the 年度资金总额 row, or — when it is zero or blank while its 其中 rows hold money —
     * a row carrying their sums. Reports a total that differs from its rows.
     */
    static Optional<BudgetLine> effectiveTotal(Evaluation evaluation, List<Problem> problems) {
        Optional<BudgetLine> total = evaluation.budgetTotal();
        List<BudgetLine> parts = evaluation.budgetLines().stream().filter(AuditChecks::isFundingSource).toList();
        if (total.isEmpty() || parts.isEmpty()) {
            return total;
        }
        BudgetLine t = total.get();
        Optional<BigDecimal> budgetSum = sum(parts.stream().map(BudgetLine::budget).toList());
        Optional<BigDecimal> executedSum = sum(parts.stream().map(BudgetLine::executed).toList());
        Optional<BigDecimal> initialSum = sum(parts.stream().map(BudgetLine::initialBudget).toList());
        boolean blank = isZero(t.budget()) && isZero(t.executed()) && isZero(t.initialBudget());
        if (blank && (budgetSum.isPresent() || executedSum.isPresent())) {
            problems.add(Problem.at(t.labelCell(), ProblemCode.BUDGET_TOTAL_BLANK, "“" + t.label() + "”为0或空，而其中各项合计"
                    + "全年预算数" + budgetSum.map(Numbers::plain).orElse("—") + "、全年执行数"
                    + executedSum.map(Numbers::plain).orElse("—") + "；按其中各项合计评分 / total row blank, scored from its rows"));
            return Optional.of(new BudgetLine(t.label(), false, initialSum, budgetSum, t.adjustment(), t.fundsReceived(),
                    executedSum, t.weight(), t.reportedRate(), t.reportedScore(), t.labelCell(), t.rateCell(),
                    t.scoreCell()));
        }
        differs("全年预算数", t.budget(), budgetSum, t, problems);
        differs("全年执行数", t.executed(), executedSum, t, problems);
        differs("年初预算数", t.initialBudget(), initialSum, t, problems);
        return total;
    }

    private static void differs(String column, Optional<BigDecimal> total, Optional<BigDecimal> sum, BudgetLine t,
                                List<Problem> problems) {
        if (total.isPresent() && sum.isPresent() && total.get().subtract(sum.get()).abs().compareTo(COMPONENT_TOLERANCE) > 0) {
            problems.add(Problem.at(t.labelCell(), ProblemCode.BUDGET_COMPONENTS_MISMATCH, "“" + t.label() + "”" + column
                    + Numbers.plain(total.get()) + "，其中各项合计" + Numbers.plain(sum.get()) + " / total differs from its rows"));
        }
    }

    /** 其中：当年财政拨款, 上年结转资金, 其他资金 — the national template's funding-source rows. */
    private static boolean isFundingSource(BudgetLine line) {
        String label = FigureParser.normalize(line.label());
        return line.component() && (label.startsWith("其中") || label.contains("财政拨款") || label.contains("上年结转")
                || label.contains("其他资金") || label.contains("自有资金"));
    }

    private static Optional<BigDecimal> sum(List<Optional<BigDecimal>> values) {
        return values.stream().flatMap(Optional::stream).reduce(BigDecimal::add);
    }

    private static boolean isZero(Optional<BigDecimal> value) {
        return value.isEmpty() || value.get().signum() == 0;
    }
}
