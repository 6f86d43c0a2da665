package org.jixiao.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the summary keeps of one scored evaluation — small enough that thousands fit in memory while the
 * workbooks themselves are long closed. Immutable and thread-safe.
 *
 * @param file          the input's path relative to its input root, with / separators
 * @param rules         the rule set that scored the sheet and how it was chosen, e.g.
 *                      {@code department-overall-reference（自动选择 26/26）}
 * @param groups        一级 subtotals in sheet order
 * @param losses        each indicator's 分值 and score, for the average 失分率
 * @param problems      every problem found in the evaluation
 */
public record SummaryRow(String file, String sheet, String unit, String title, Optional<Integer> year, String kind,
                         String rules, Optional<BigDecimal> budget, Optional<BigDecimal> executed, Optional<BigDecimal> rate,
                         List<Group> groups, BigDecimal total, String grade, Optional<BigDecimal> reportedTotal,
                         List<Loss> losses, List<ProblemLine> problems, Stability stability) {

    public SummaryRow {
        java.util.Objects.requireNonNull(rules, "rules");
        groups = List.copyOf(groups);
        losses = List.copyOf(losses);
        problems = List.copyOf(problems);
    }

    /** How robust the grade is to the weighting: see {@link org.jixiao.score.GradeRobustness}. */
    public record Stability(double sameGradeProbability, double totalP5, double totalP95) {
    }

    /** A 一级 subtotal. */
    public record Group(String name, BigDecimal weight, BigDecimal score) {
    }

    /** One indicator's 分值 and score, keyed by 一级/三级 name. */
    public record Loss(String indicator, BigDecimal weight, BigDecimal score) {
    }

    /** One problem as the summary shows it. */
    public record ProblemLine(String cell, String code, String severity, String message) {
    }

    /** Submitted total minus computed total, when a total was submitted. */
    public Optional<BigDecimal> difference() {
        return reportedTotal.map(r -> r.subtract(total));
    }
}
