package org.jixiao.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.BudgetLine;
import org.jixiao.model.Figure;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.model.Relation;

/**
 * The national self-evaluation practice (财预〔2020〕10号): budget 得分 = 分值 × min(1, 执行数/预算数);
 * quantitative indicators by the direction of the target's relation; qualitative ones judged by hand.
 * Stateless and thread-safe.
 */
final class NationalRules {

    /** A plain number under 1.5 next to a percentage is a fraction; above it, percentage points. */
    private static final BigDecimal PERCENT_POINTS_THRESHOLD = new BigDecimal("1.5");

    private final ScoringOptions options;

    NationalRules(ScoringOptions options) {
        this.options = options;
    }

    Optional<BudgetScore> scoreBudget(BudgetLine line, List<Problem> problems) {
        if (line.weight().isEmpty()) {
            problems.add(Problem.at(line.labelCell(), ProblemCode.BUDGET_NOT_WEIGHTED,
                    "预算执行未设分值，不计入总分 / the budget block has no weight and is not scored"));
            return Optional.empty();
        }
        BigDecimal weight = line.weight().get();
        Optional<BigDecimal> budget = line.budget().or(line::initialBudget);
        if (budget.isEmpty() || line.executed().isEmpty()) {
            problems.add(Problem.at(line.labelCell(), ProblemCode.BUDGET_FIGURE_MISSING,
                    "缺少全年预算数或全年执行数，执行率无法计算，预算执行得0分 / budget or execution missing"));
            return Optional.of(new BudgetScore(line, Optional.empty(), weight, options.round(BigDecimal.ZERO),
                    "预算数或执行数缺失，得0分"));
        }
        if (budget.get().signum() == 0) {
            problems.add(Problem.at(line.labelCell(), ProblemCode.BUDGET_ZERO,
                    "全年预算数为0，执行率无法计算，预算执行得0分 / budget is zero"));
            return Optional.of(new BudgetScore(line, Optional.empty(), weight, options.round(BigDecimal.ZERO),
                    "预算数为0，得0分"));
        }
        BigDecimal executed = line.executed().get();
        BigDecimal rate = Numbers.divide(executed, budget.get());
        BigDecimal scored = options.capBudgetRate() ? Numbers.min(BigDecimal.ONE, rate) : rate;
        BigDecimal score = options.round(Numbers.clamp(weight.multiply(scored), BigDecimal.ZERO,
                options.capBudgetRate() ? weight : weight.multiply(rate.max(BigDecimal.ONE))));
        String basis = "执行" + Numbers.plain(executed) + "/预算" + Numbers.plain(budget.get()) + "="
                + Numbers.percent(rate) + "，" + Numbers.plain(weight) + "×"
                + (options.capBudgetRate() ? "min(1," + Numbers.percent(rate) + ")" : Numbers.percent(rate))
                + "=" + score.toPlainString();
        return Optional.of(new BudgetScore(line, Optional.of(rate), weight, score, basis));
    }

    IndicatorScore scoreIndicator(Indicator indicator, BigDecimal weight, List<Problem> problems) {
        Figure target = indicator.target();
        Figure actual = indicator.actual();
        if (target.isNumeric() && actual.isNumeric()) {
            return quantitative(indicator, weight);
        }
        if (target.isNumeric() && !actual.isBlank()) {
            problems.add(Problem.at(indicator.nameCell(), ProblemCode.ACTUAL_NOT_NUMERIC,
                    "“" + indicator.path().name() + "”目标为数值但完成值“" + actual.text()
                            + "”不是数值，按人工评分 / actual is not a number, judged by hand"));
        }
        return judgedByHand(indicator, weight, problems);
    }

    private IndicatorScore quantitative(Indicator indicator, BigDecimal weight) {
        Figure target = indicator.target();
        Figure actual = indicator.actual();
        BigDecimal t = target.number().orElseThrow();
        BigDecimal a = actual.number().orElseThrow();
        if (target.percent() && !actual.percent() && a.abs().compareTo(PERCENT_POINTS_THRESHOLD) > 0) {
            a = a.movePointLeft(2);
        } else if (actual.percent() && !target.percent() && t.abs().compareTo(PERCENT_POINTS_THRESHOLD) > 0) {
            t = t.movePointLeft(2);
        }
        Figure shownAs = target.percent() || actual.percent()
                ? new Figure("", Optional.empty(), Optional.empty(), true, target.unit()) : target;
        String ts = Numbers.shown(shownAs, t);
        String as = Numbers.shown(shownAs, a);
        String w = Numbers.plain(weight);
        Relation relation = target.relation().orElse(Relation.AT_LEAST);
        if (relation == Relation.EQUAL) {
            if (a.compareTo(t) == 0) {
                return full(indicator, weight, ScoringMethod.EQUALITY, "完成" + as + "=目标" + ts + "，得满分" + w);
            }
            if (a.signum() <= 0 || t.signum() <= 0) {
                return zero(indicator, weight, ScoringMethod.EQUALITY, "完成" + as + "≠目标" + ts + "，得0分");
            }
            BigDecimal ratio = Numbers.divide(a.min(t), a.max(t));
            return proportional(indicator, weight, ScoringMethod.EQUALITY, ratio,
                    "完成" + as + "≠目标" + ts + "，接近度" + Numbers.percent(ratio));
        }
        if (relation.lowerIsBetter()) {
            if (a.compareTo(t) <= 0) {
                return full(indicator, weight, ScoringMethod.LOWER_IS_BETTER,
                        "完成" + as + "≤目标" + ts + "，达成，得满分" + w);
            }
            if (t.signum() <= 0) {
                return zero(indicator, weight, ScoringMethod.LOWER_IS_BETTER,
                        "完成" + as + "超过目标" + ts + "，得0分");
            }
            BigDecimal ratio = Numbers.divide(t, a);
            return proportional(indicator, weight, ScoringMethod.LOWER_IS_BETTER, ratio,
                    "目标" + ts + "/完成" + as + "=" + Numbers.percent(ratio));
        }
        if (a.compareTo(t) >= 0 || t.signum() <= 0) {
            return full(indicator, weight, ScoringMethod.HIGHER_IS_BETTER,
                    "完成" + as + "≥目标" + ts + "，达成，得满分" + w);
        }
        BigDecimal ratio = a.signum() <= 0 ? BigDecimal.ZERO : Numbers.divide(a, t);
        return proportional(indicator, weight, ScoringMethod.HIGHER_IS_BETTER, ratio,
                "完成" + as + "/目标" + ts + "=" + Numbers.percent(ratio));
    }

    private IndicatorScore proportional(Indicator indicator, BigDecimal weight, ScoringMethod method,
                                        BigDecimal ratio, String reason) {
        BigDecimal score = options.round(Numbers.clamp(weight.multiply(ratio), BigDecimal.ZERO, weight));
        String basis = reason + "，" + Numbers.plain(weight) + "×" + Numbers.percent(ratio) + "="
                + score.toPlainString();
        return new IndicatorScore(indicator, weight, score, method, basis);
    }

    private IndicatorScore full(Indicator indicator, BigDecimal weight, ScoringMethod method, String basis) {
        return new IndicatorScore(indicator, weight, options.round(weight), method, basis);
    }

    private IndicatorScore zero(Indicator indicator, BigDecimal weight, ScoringMethod method, String basis) {
        return new IndicatorScore(indicator, weight, options.round(BigDecimal.ZERO), method, basis);
    }

    private IndicatorScore judgedByHand(Indicator indicator, BigDecimal weight, List<Problem> problems) {
        String w = Numbers.plain(weight);
        Optional<BigDecimal> reported = indicator.reportedScore();
        if (reported.isEmpty()) {
            problems.add(Problem.at(indicator.scoreCell(), ProblemCode.SCORE_MISSING,
                    "定性指标“" + indicator.path().name() + "”未填写自评得分，按0分计 / no submitted score, counted as 0"));
            return new IndicatorScore(indicator, weight, options.round(BigDecimal.ZERO), ScoringMethod.JUDGED_BY_HAND,
                    "定性指标，未填自评得分，得0分");
        }
        BigDecimal r = reported.get();
        BigDecimal kept = Numbers.clamp(r, BigDecimal.ZERO, weight);
        if (kept.compareTo(r) != 0) {
            problems.add(Problem.at(indicator.scoreCell(), ProblemCode.SCORE_OUT_OF_RANGE,
                    "自评得分" + Numbers.plain(r) + "超出[0," + w + "]，按" + Numbers.plain(kept) + "计 / score outside [0, "
                            + w + "]"));
        }
        return new IndicatorScore(indicator, weight, options.round(kept), ScoringMethod.JUDGED_BY_HAND,
                "定性指标，采用自评得分" + Numbers.plain(kept) + "（分值" + w + "，人工评定）");
    }
}
