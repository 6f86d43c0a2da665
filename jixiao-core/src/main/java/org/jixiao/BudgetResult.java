package org.jixiao;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.BudgetLine;
import org.jixiao.score.BudgetScore;

/**
 * The budget row (预算执行率) as scored. Immutable and thread-safe.
 *
 * @param line   the row as read: 年初预算数, 全年预算数, 全年执行数, submitted rate and score, and their cells
 * @param rate   the recomputed 执行率 (全年执行数 ÷ 全年预算数), empty when a figure is missing
 * @param weight the row's 分值
 * @param score  the recomputed score
 * @param basis  the 得分依据 written beside the score in the filled copy
 */
public record BudgetResult(BudgetLine line, Optional<BigDecimal> rate, BigDecimal weight, BigDecimal score,
                           String basis) {

    /**
     * Checks that no component is null.
     *
     * @param line see {@link #line()}
     * @param rate see {@link #rate()}
     * @param weight see {@link #weight()}
     * @param score see {@link #score()}
     * @param basis see {@link #basis()}
     * @throws NullPointerException naming the missing component
     */
    public BudgetResult {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(basis, "basis");
    }

    static BudgetResult of(BudgetScore scored) {
        return new BudgetResult(scored.line(), scored.rate(), scored.weight(), scored.score(), scored.basis());
    }
}
