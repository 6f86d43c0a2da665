package org.jixiao.score;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.BudgetLine;

/**
 * The scored budget row. Immutable and thread-safe.
 *
 * @param line   the 年度资金总额 row as submitted
 * @param rate   执行率 at full precision, a fraction; empty when it cannot be computed
 * @param weight 分值
 * @param score  得分, rounded
 * @param basis  得分依据
 */
public record BudgetScore(BudgetLine line, Optional<BigDecimal> rate, BigDecimal weight, BigDecimal score,
                          String basis) {

    public BudgetScore {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(basis, "basis");
    }
}
