package org.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.Evaluation;
import org.jixiao.model.Problem;
import org.jixiao.rules.RuleChoice;
import org.jixiao.rules.RuleSet;

/**
 * An evaluation with every score recomputed. Immutable and thread-safe.
 *
 * @param evaluation the table as submitted
 * @param budget     the scored budget row, if the table has a weighted budget block
 * @param indicators one score per indicator row, in sheet order
 * @param groups     一级 subtotals in sheet order, each with its 二级 subtotals
 * @param total      the recomputed total: budget score plus every rounded indicator score
 * @param grade      the grade of the total
 * @param problems   problems found while scoring (those found while reading stay on the evaluation)
 * @param ruleChoice the rule set applied and why it was (given, chosen for the sheet, or the default), for
 *                   provenance
 * @param robustness how the grade holds up when the weights are perturbed (computed once, while scoring)
 */
public record ScoredEvaluation(Evaluation evaluation, Optional<BudgetScore> budget, List<IndicatorScore> indicators,
                               List<GroupScore> groups, BigDecimal total, Grade grade, List<Problem> problems,
                               RuleChoice ruleChoice, Robustness robustness) {

    public ScoredEvaluation {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(budget, "budget");
        indicators = List.copyOf(indicators);
        groups = List.copyOf(groups);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        problems = List.copyOf(problems);
        Objects.requireNonNull(ruleChoice, "ruleChoice");
        Objects.requireNonNull(robustness, "robustness");
    }

    /** The rule set applied. */
    public RuleSet rules() {
        return ruleChoice.rules();
    }

    /** Reading problems followed by scoring problems, each in sheet order. */
    public List<Problem> allProblems() {
        List<Problem> all = new ArrayList<>(evaluation.problems());
        all.addAll(problems);
        return all;
    }

    /** The total as submitted in the sheet, if any. */
    Optional<BigDecimal> reportedTotal() {
        return evaluation.reportedTotal();
    }
}
