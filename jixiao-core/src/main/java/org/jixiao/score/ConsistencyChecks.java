package org.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.BudgetLine;
import org.jixiao.model.CellRef;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.rules.GradeScale;
import org.jixiao.rules.Settings;

/**
 * Compares what the sheet submitted with what the rules give: indicator and budget scores, 执行率 at its
 * printed precision, the stored 总分 against both the submitted scores and the recomputed total, the weights
 * against the expected 100, level labels against their children, and the stored grade.
 */
final class ConsistencyChecks {

    private final Settings options;
    private final GradeScale grades;

    ConsistencyChecks(Settings options, GradeScale grades) {
        this.options = options;
        this.grades = grades;
    }

    List<Problem> check(ScoredEvaluation scored) {
        List<Problem> problems = new ArrayList<>();
        Evaluation evaluation = scored.evaluation();
        scored.budget().ifPresent(budget -> checkBudget(budget, problems));
        for (IndicatorScore score : scored.indicators()) {
            // a row without 分值 keeps its submitted score: there is nothing to compare it with
            if (!score.judgedByHand() && score.counted() && score.weighted()) {
                score.indicator().reportedScore().ifPresent(reported -> {
                    if (differs(reported, score.score())) {
                        problems.add(Problem.at(score.indicator().scoreCell(), ProblemCode.SCORE_MISMATCH,
                                "“" + score.indicator().path().name() + "”填报得分" + Numbers.plain(reported)
                                        + "，按评分规则应为" + score.score().toPlainString() + "（" + score.basis()
                                        + "） / submitted score differs from the recomputed one"));
                    }
                });
            }
        }
        checkLabels(scored, problems);
        checkWeightTotal(scored, problems);
        checkTotal(scored, problems);
        evaluation.reportedGrade().flatMap(grades::parse).ifPresent(reported -> {
            if (!reported.equals(scored.grade().label())) {
                problems.add(new Problem(ProblemCode.GRADE_MISMATCH, ProblemCode.GRADE_MISMATCH.severity(),
                        "填报等级“" + evaluation.reportedGrade().get() + "”与计算总分" + scored.total().toPlainString()
                                + "对应的等级“" + scored.grade() + "”不符 / submitted grade differs",
                        evaluation.gradeCell()));
            }
        });
        return problems;
    }

    private void checkBudget(BudgetScore budget, List<Problem> problems) {
        BudgetLine line = budget.line();
        if (line.executed().isPresent() && line.budget().isPresent()
                && line.executed().get().compareTo(line.budget().get()) > 0) {
            problems.add(Problem.at(line.labelCell(), ProblemCode.EXECUTION_OVER_BUDGET,
                    "全年执行数" + Numbers.plain(line.executed().get()) + "超过全年预算数"
                            + Numbers.plain(line.budget().get()) + " / execution exceeds the budget"));
        }
        Optional<CellRef> rateCell = line.rateCell();
        if (budget.rate().isPresent() && line.reportedRate().isPresent() && rateCell.isPresent()) {
            BigDecimal reported = line.reportedRate().get();
            BigDecimal atPrinted = budget.rate().get().setScale(Math.max(reported.scale(), 0),
                    java.math.RoundingMode.HALF_UP);
            if (atPrinted.compareTo(reported) != 0) {
                problems.add(Problem.at(rateCell.get(), ProblemCode.RATE_MISMATCH,
                        "填报执行率" + Numbers.percent(reported) + "，按执行数/预算数应为" + Numbers.percent(budget.rate().get())
                                + " / printed execution rate differs from the figures"));
            }
        }
        if (line.reportedScore().isPresent() && line.scoreCell().isPresent()
                && differs(line.reportedScore().get(), budget.score())) {
            problems.add(Problem.at(line.scoreCell().get(), ProblemCode.SCORE_MISMATCH,
                    "预算执行填报得分" + Numbers.plain(line.reportedScore().get()) + "，应为" + budget.score().toPlainString()
                            + "（" + budget.basis() + "） / submitted budget score differs"));
        }
    }

    private void checkLabels(ScoredEvaluation scored, List<Problem> problems) {
        boolean allRowsWeighted = scored.indicators().stream().allMatch(s -> s.indicator().weight().isPresent());
        if (!allRowsWeighted) {
            return;
        }
        for (GroupScore group : scored.groups()) {
            labelAgainstChildren(scored, group, group.name(), "一级", problems);
            for (GroupScore child : group.children()) {
                labelAgainstChildren(scored, child, group.name() + "/" + child.name(), "二级", problems);
            }
        }
    }

    private static void labelAgainstChildren(ScoredEvaluation scored, GroupScore group, String key, String level,
                                             List<Problem> problems) {
        Optional<BigDecimal> label = scored.evaluation().labelWeight(key);
        if (label.isEmpty() || label.get().compareTo(group.weight()) == 0) {
            return;
        }
        CellRef cell = scored.indicators().stream()
                .filter(s -> key.equals(s.indicator().path().level1())
                        || key.equals(s.indicator().path().level1() + "/" + s.indicator().path().level2()))
                .findFirst().map(s -> s.indicator().nameCell()).orElseThrow();
        problems.add(Problem.at(cell, ProblemCode.GROUP_WEIGHT_MISMATCH, level + "指标“" + group.name() + "”标注"
                + Numbers.plain(label.get()) + "分，下级分值合计" + Numbers.plain(group.weight())
                + "分 / label weight differs from its children"));
    }

    private void checkWeightTotal(ScoredEvaluation scored, List<Problem> problems) {
        if (!scored.indicators().stream().filter(IndicatorScore::counted).allMatch(IndicatorScore::weighted)) {
            return; // rows without 分值 leave the sum unknown; WEIGHTS_NOT_PRINTED already says so
        }
        // a dropped not-applicable row still belongs to the 100; the skipped one of an either-or pair does not
        BigDecimal indicatorWeights = scored.indicators().stream()
                .filter(s -> s.counted() || s.ruleType() == org.jixiao.rules.RuleType.NOT_APPLICABLE)
                .map(IndicatorScore::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budgetWeight = scored.budget().map(BudgetScore::weight).orElse(BigDecimal.ZERO);
        BigDecimal all = options.round(indicatorWeights.add(budgetWeight));
        if (all.compareTo(options.expectedTotal()) != 0) {
            String where = "";
            if (budgetWeight.signum() > 0) {
                where = "（指标" + Numbers.plain(options.round(indicatorWeights)) + " + 预算执行" + Numbers.plain(budgetWeight) + "）";
                if (options.round(indicatorWeights).compareTo(options.expectedTotal()) == 0) {
                    where += "，指标已合计" + Numbers.plain(options.expectedTotal()) + "分，预算执行分值在满分之外";
                }
            }
            problems.add(new Problem(ProblemCode.WEIGHT_TOTAL_MISMATCH, ProblemCode.WEIGHT_TOTAL_MISMATCH.severity(),
                    "分值合计" + Numbers.plain(all) + where + "，应为" + Numbers.plain(options.expectedTotal())
                            + " / weights add up to " + Numbers.plain(all), scored.evaluation().totalCell()));
        }
    }

    private void checkTotal(ScoredEvaluation scored, List<Problem> problems) {
        Evaluation evaluation = scored.evaluation();
        if (evaluation.reportedTotal().isEmpty()) {
            return;
        }
        BigDecimal reported = evaluation.reportedTotal().get();
        Optional<CellRef> cell = evaluation.totalCell();
        boolean allReported = scored.indicators().stream().allMatch(s -> s.indicator().reportedScore().isPresent());
        if (allReported) {
            BigDecimal sum = scored.indicators().stream().map(s -> s.indicator().reportedScore().orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (scored.budget().isPresent()) {
                sum = sum.add(scored.budget().get().line().reportedScore().orElse(BigDecimal.ZERO));
            }
            if (differs(reported, sum)) {
                problems.add(new Problem(ProblemCode.REPORTED_TOTAL_NOT_SUM, ProblemCode.REPORTED_TOTAL_NOT_SUM.severity(),
                        "填报总分" + Numbers.plain(reported) + "，而各项填报得分之和为" + Numbers.plain(sum)
                                + " / the stored total is not the sum of the submitted scores", cell));
            }
        }
        if (differs(reported, scored.total())) {
            problems.add(new Problem(ProblemCode.TOTAL_MISMATCH, ProblemCode.TOTAL_MISMATCH.severity(),
                    "填报总分" + Numbers.plain(reported) + "，按评分规则计算为" + scored.total().toPlainString()
                            + " / the stored total differs from the recomputed total", cell));
        }
    }

    private boolean differs(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(options.unit()) >= 0;
    }
}
