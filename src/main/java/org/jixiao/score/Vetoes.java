package org.jixiao.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.rules.GradeScale;
import org.jixiao.rules.Rule;

/** 否决: a triggered veto item caps the total and/or the grade. */
final class Vetoes {

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
