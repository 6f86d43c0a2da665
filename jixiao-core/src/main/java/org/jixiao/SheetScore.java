package org.jixiao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.Evaluation;
import org.jixiao.model.Problem;
import org.jixiao.score.ScoredEvaluation;

/**
 * One evaluation table as scored: the total and grade recomputed under a rule set, each row's score, the
 * subtotals, and every problem found in the submitted figures. Immutable and thread-safe.
 *
 * @param evaluation the table as read: sheet, kind, unit, year, budget block, indicator rows, submitted 总分
 * @param total      the recomputed 总分
 * @param grade      its grade under the rule set's bands: 优, 良, 中 or 差 (or a rule set's own labels)
 * @param budget     the budget row as scored; empty when the table has none
 * @param indicators every indicator row as scored, in sheet order
 * @param subtotals  the 一级 subtotals, each with its 二级 ones
 * @param ruleSet    the name of the rule set that scored the table
 * @param problems   what was found while reading, then while scoring; each names its cell where it has one
 */
public record SheetScore(Evaluation evaluation, BigDecimal total, String grade, Optional<BudgetResult> budget,
                         List<IndicatorResult> indicators, List<Subtotal> subtotals, String ruleSet,
                         List<Problem> problems) {

    /**
     * Checks that no component is null and copies the lists.
     *
     * @param evaluation see {@link #evaluation()}
     * @param total see {@link #total()}
     * @param grade see {@link #grade()}
     * @param budget see {@link #budget()}
     * @param indicators see {@link #indicators()}
     * @param subtotals see {@link #subtotals()}
     * @param ruleSet see {@link #ruleSet()}
     * @param problems see {@link #problems()}
     * @throws NullPointerException naming the missing component
     */
    public SheetScore {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(budget, "budget");
        indicators = List.copyOf(indicators);
        subtotals = List.copyOf(subtotals);
        Objects.requireNonNull(ruleSet, "ruleSet");
        problems = List.copyOf(problems);
    }

    /**
     * The sheet's name.
     *
     * @return the name of the worksheet holding the table
     */
    public String sheet() {
        return evaluation.sheet();
    }

    /**
     * The 总分 the department submitted.
     *
     * @return the submitted total, empty when the cell is blank
     */
    public Optional<BigDecimal> submittedTotal() {
        return evaluation.reportedTotal();
    }

    static SheetScore of(ScoredEvaluation scored) {
        return new SheetScore(scored.evaluation(), scored.total(), scored.grade().label(),
                scored.budget().map(BudgetResult::of), scored.indicators().stream().map(IndicatorResult::of).toList(),
                scored.groups().stream().map(Subtotal::of).toList(), scored.rules().name(), scored.allProblems());
    }
}
