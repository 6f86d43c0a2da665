package org.jixiao.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Figure;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.model.Relation;

/**
 * The national self-evaluation practice (财预〔2020〕10号) for one indicator: a quantitative indicator takes its
 * direction from the target's relation (≥ proportional, ≤ reverse, = closeness); a qualitative one keeps the
 * submitted score within [0, 分值], judged by hand.
 */
final class NationalScoring {

    private final RuleScoring scoring;

    NationalScoring(RuleScoring scoring) {
        this.scoring = scoring;
    }

    Scored score(Indicator indicator, BigDecimal weight, Optional<Relation> direction, List<Problem> problems) {
        Figure target = indicator.target();
        Figure actual = indicator.actual();
        if (target.isNumeric() && actual.isNumeric()) {
            return quantitative(indicator, weight, RuleScoring.directionOf(target, direction));
        }
        if (target.isNumeric() && !actual.isBlank()) {
            problems.add(Problem.at(indicator.nameCell(), ProblemCode.ACTUAL_NOT_NUMERIC,
                    "“" + indicator.path().name() + "”目标为数值但完成值“" + actual.text()
                            + "”不是数值，按人工评分 / actual is not a number, judged by hand"));
        }
        return byHand(indicator, weight, problems);
    }

    private Scored quantitative(Indicator indicator, BigDecimal weight, Relation relation) {
        Figure target = indicator.target();
        Figure actual = indicator.actual();
        boolean percent = target.percent() || actual.percent();
        BigDecimal t = target.number().orElseThrow();
        BigDecimal a = actual.number().orElseThrow();
        if (target.percent() && !actual.percent()) {
            a = Quantities.aligned(actual, true);
        } else if (actual.percent() && !target.percent()) {
            t = Quantities.aligned(target, true);
        }
        String ts = Quantities.show(t, percent, target.unit());
        String as = Quantities.show(a, percent, target.unit());
        String w = Numbers.plain(weight);
        if (relation == Relation.EQUAL) {
            if (a.compareTo(t) == 0) {
                return scoring.result(weight, weight, ScoringMethod.EQUALITY, "完成" + as + "=目标" + ts + "，满分" + w);
            }
            BigDecimal ratio = a.signum() <= 0 || t.signum() <= 0 ? BigDecimal.ZERO
                    : Numbers.divide(a.min(t), a.max(t));
            return scoring.formula(weight.multiply(ratio), weight, ScoringMethod.EQUALITY,
                    "完成" + as + "≠目标" + ts + "，接近度" + Numbers.percent(ratio) + "，" + w + "×" + Numbers.percent(ratio));
        }
        if (relation.lowerIsBetter()) {
            if (a.compareTo(t) <= 0) {
                return scoring.result(weight, weight, ScoringMethod.LOWER_IS_BETTER,
                        "完成" + as + "≤目标" + ts + "，达成，满分" + w);
            }
            BigDecimal ratio = t.signum() <= 0 ? BigDecimal.ZERO : Numbers.divide(t, a);
            return scoring.formula(weight.multiply(ratio), weight, ScoringMethod.LOWER_IS_BETTER,
                    "目标" + ts + "/完成" + as + "=" + Numbers.percent(ratio) + "，" + w + "×" + Numbers.percent(ratio));
        }
        if (a.compareTo(t) >= 0 || t.signum() <= 0) {
            return scoring.result(weight, weight, ScoringMethod.HIGHER_IS_BETTER,
                    "完成" + as + "≥目标" + ts + "，达成，满分" + w);
        }
        BigDecimal ratio = a.signum() <= 0 ? BigDecimal.ZERO : Numbers.divide(a, t);
        return scoring.formula(weight.multiply(ratio), weight, ScoringMethod.HIGHER_IS_BETTER,
                "完成" + as + "/目标" + ts + "=" + Numbers.percent(ratio) + "，" + w + "×" + Numbers.percent(ratio));
    }

    Scored byHand(Indicator indicator, BigDecimal weight, List<Problem> problems) {
        String w = Numbers.plain(weight);
        Optional<BigDecimal> reported = indicator.reportedScore();
        if (reported.isEmpty()) {
            problems.add(Problem.at(indicator.scoreCell(), ProblemCode.SCORE_MISSING,
                    "定性指标“" + indicator.path().name() + "”未填写自评得分，按0分计 / no submitted score, counted as 0"));
            return scoring.result(BigDecimal.ZERO, weight, ScoringMethod.JUDGED_BY_HAND, "定性指标，未填自评得分");
        }
        BigDecimal r = reported.get();
        BigDecimal kept = Numbers.clamp(r, BigDecimal.ZERO, weight);
        if (kept.compareTo(r) != 0) {
            problems.add(Problem.at(indicator.scoreCell(), ProblemCode.SCORE_OUT_OF_RANGE,
                    "自评得分" + Numbers.plain(r) + "超出[0," + w + "]，按" + Numbers.plain(kept) + "计 / score outside [0, "
                            + w + "]"));
        }
        return scoring.result(kept, weight, ScoringMethod.JUDGED_BY_HAND,
                "定性指标，采用自评得分" + Numbers.plain(kept) + "（分值" + w + "，人工评定）");
    }
}
