package org.jixiao.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the budget block (年度资金总额, 其中：当年财政拨款, 上年结转资金 …). Money in the sheet's unit,
 * usually 万元. Immutable and thread-safe.
 *
 * @param label          the row's label, e.g. 年度资金总额
 * @param component      true for 其中 rows and funding-source breakdowns, which carry no score
 * @param initialBudget  年初预算数
 * @param budget         全年预算数 / 调整后预算数
 * @param adjustment     调整数, for the 年初预算数+调整数 denominator
 * @param fundsReceived  实际到位资金, for that denominator
 * @param executed       全年执行数
 * @param weight         分值
 * @param reportedRate   执行率 as printed, as a fraction
 * @param reportedScore  得分 as printed
 * @param labelCell      the cell holding the label
 * @param rateCell       where 执行率 belongs, if the block has that column
 * @param scoreCell      where 得分 belongs, if the block has that column
 */
public record BudgetLine(String label, boolean component, Optional<BigDecimal> initialBudget,
                         Optional<BigDecimal> budget, Optional<BigDecimal> adjustment,
                         Optional<BigDecimal> fundsReceived, Optional<BigDecimal> executed, Optional<BigDecimal> weight,
                         Optional<BigDecimal> reportedRate, Optional<BigDecimal> reportedScore, CellRef labelCell,
                         Optional<CellRef> rateCell, Optional<CellRef> scoreCell) {

    /**
     * Creates the value, checking its components.
     *
     * @param label see {@link #label()}
     * @param component see {@link #component()}
     * @param initialBudget see {@link #initialBudget()}
     * @param budget see {@link #budget()}
     * @param adjustment see {@link #adjustment()}
     * @param fundsReceived see {@link #fundsReceived()}
     * @param executed see {@link #executed()}
     * @param weight see {@link #weight()}
     * @param reportedRate see {@link #reportedRate()}
     * @param reportedScore see {@link #reportedScore()}
     * @param labelCell see {@link #labelCell()}
     * @param rateCell see {@link #rateCell()}
     * @param scoreCell see {@link #scoreCell()}
     */
    public BudgetLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(initialBudget, "initialBudget");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(fundsReceived, "fundsReceived");
        Objects.requireNonNull(executed, "executed");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(reportedRate, "reportedRate");
        Objects.requireNonNull(reportedScore, "reportedScore");
        Objects.requireNonNull(labelCell, "labelCell");
        Objects.requireNonNull(rateCell, "rateCell");
        Objects.requireNonNull(scoreCell, "scoreCell");
    }
}
