package org.jixiao.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.rules.GradeScale;
import org.jixiao.rules.Rule;
import org.jixiao.rules.RuleRow;
import org.jixiao.rules.RuleSet;

/**
 * 否决: a triggered veto item caps the total and/or the grade. A row of a 否决 level (or named 否决…) that prints no
 * 分值 is a veto item under every rule set: a set that names it scores it by that row; otherwise by the set's veto
 * rule ({@link RuleSet#vetoRule()}), so it never misses a weight and never counts towards the weight sum.
 */
final class Vetoes {

    private static final String VETO = "否决";

    record Capped(BigDecimal total, String grade) {
    }

    private Vetoes() {
    }

    static Capped apply(List<IndicatorScore> scores, BigDecimal total, String grade, GradeScale scale,
                        List<Problem> problems) {
        BigDecimal cappedTotal = total;
        String cappedGrade = grade;
        for (IndicatorScore score : scores) {
            Optional<Rule> rule = score.ruleRow().map(r -> r.rule());
            if (rule.isEmpty() || !(rule.get() instanceof Rule.Veto veto)
                    || !RuleScoring.vetoTriggered(veto, score.indicator())) {
                continue;
            }
            if (veto.capTotal().isPresent() && cappedTotal.compareTo(veto.capTotal().get()) > 0) {
                cappedTotal = veto.capTotal().get().setScale(total.scale(), java.math.RoundingMode.HALF_UP);
                String byTotal = scale.gradeOf(cappedTotal);
                if (rank(scale, cappedGrade) < rank(scale, byTotal)) {
                    cappedGrade = byTotal;
                }
            }
            if (veto.capGrade().isPresent() && rank(scale, cappedGrade) < rank(scale, veto.capGrade().get())) {
                cappedGrade = veto.capGrade().get();
            }
            problems.add(Problem.at(score.indicator().scoreCell(), ProblemCode.VETO_APPLIED, "否决项“"
                    + score.indicator().path().name() + "”：" + score.indicator().actual().text() + "，总分"
                    + cappedTotal.toPlainString() + "，等级" + cappedGrade + " / veto applied"));
        }
        return new Capped(cappedTotal, cappedGrade);
    }

    /** The rule row for an indicator: the set's own, or its veto rule for an unweighted 否决 row it scores otherwise. */
    static Optional<RuleRow> ruleFor(RuleSet rules, Indicator indicator) {
        Optional<RuleRow> row = rules.ruleFor(indicator.code(), indicator.path());
        boolean vetoLevel = indicator.path().level1().contains(VETO) || indicator.path().level2().contains(VETO)
                || indicator.path().name().contains(VETO);
        if (!vetoLevel || indicator.weight().isPresent()) {
            return row;
        }
        if (row.isPresent() && (row.get().weight().isPresent() || row.get().rule() instanceof Rule.Veto)) {
            return row; // the set names the row with a 分值, or scores it as a veto already
        }
        return Optional.of(rules.vetoRule());
    }

    /** Position in the scale, best first. */
    private static int rank(GradeScale scale, String label) {
        for (int i = 0; i < scale.bands().size(); i++) {
            if (scale.bands().get(i).label().equals(label)) {
                return i;
            }
        }
        return scale.bands().size();
    }
}
