package org.jixiao.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One evaluation table as submitted: its header facts, budget block, indicator rows, the stored 总分 and grade,
 * and the problems found while reading it. Immutable and thread-safe.
 *
 * @param sheet          the sheet's name
 * @param kind           project or department table
 * @param title          the table's title, e.g. 项目支出绩效自评表
 * @param unit           实施单位 / 部门名称
 * @param project        项目名称 (project tables)
 * @param year           the evaluation year
 * @param budgetLines    the budget block, in sheet order; empty if the table has none
 * @param indicators     the indicator rows, in sheet order
 * @param labelWeights   weights written in level labels, keyed by level name ("产出指标" → 50, or
 *                       "产出指标/数量指标" for a 二级 label)
 * @param reportedTotal  the stored 总分
 * @param totalCell      where 总分 belongs; empty when the sheet has no 总分 row
 * @param totalWeight    the 分值 printed in the 总分 row (usually 100)
 * @param reportedGrade  the grade text stored in the sheet
 * @param gradeCell      the cell holding (or meant to hold) the grade, if the sheet has one
 * @param lastRow        the last row of the table (zero-based), for placing new cells below it
 * @param problems       problems found while reading
 */
public record Evaluation(String sheet, EvaluationKind kind, Optional<String> title, Optional<String> unit,
                         Optional<String> project, Optional<Integer> year, List<BudgetLine> budgetLines,
                         List<Indicator> indicators, Map<String, BigDecimal> labelWeights,
                         Optional<BigDecimal> reportedTotal, Optional<CellRef> totalCell,
                         Optional<BigDecimal> totalWeight, Optional<String> reportedGrade,
                         Optional<CellRef> gradeCell, int lastRow, List<Problem> problems) {

    /**
     * Creates the value, checking its components.
     *
     * @param sheet see {@link #sheet()}
     * @param kind see {@link #kind()}
     * @param title see {@link #title()}
     * @param unit see {@link #unit()}
     * @param project see {@link #project()}
     * @param year see {@link #year()}
     * @param budgetLines see {@link #budgetLines()}
     * @param indicators see {@link #indicators()}
     * @param labelWeights see {@link #labelWeights()}
     * @param reportedTotal see {@link #reportedTotal()}
     * @param totalCell see {@link #totalCell()}
     * @param totalWeight see {@link #totalWeight()}
     * @param reportedGrade see {@link #reportedGrade()}
     * @param gradeCell see {@link #gradeCell()}
     * @param lastRow see {@link #lastRow()}
     * @param problems see {@link #problems()}
     */
    public Evaluation {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(year, "year");
        budgetLines = List.copyOf(budgetLines);
        indicators = List.copyOf(indicators);
        labelWeights = Map.copyOf(labelWeights);
        Objects.requireNonNull(reportedTotal, "reportedTotal");
        Objects.requireNonNull(totalCell, "totalCell");
        Objects.requireNonNull(totalWeight, "totalWeight");
        Objects.requireNonNull(reportedGrade, "reportedGrade");
        Objects.requireNonNull(gradeCell, "gradeCell");
        problems = List.copyOf(problems);
    }

    /**
     * The budget row that is scored (年度资金总额): the first line that is not a 其中 component.
     *
     * @return the line, or empty when the table has no budget block
     */
    public Optional<BudgetLine> budgetTotal() {
        return budgetLines.stream().filter(line -> !line.component()).findFirst();
    }

    /**
     * The weight written in the label of a level, as in {@code 产出指标(50分)}.
     *
     * @param levelKey a 一级 name ("产出指标") or a 一级/二级 path ("产出指标/数量指标")
     * @return the weight, or empty when the label carries none
     */
    public Optional<BigDecimal> labelWeight(String levelKey) {
        return Optional.ofNullable(labelWeights.get(levelKey));
    }
}
