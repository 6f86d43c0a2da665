package org.jixiao;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.Indicator;
import org.jixiao.score.IndicatorScore;

/**
 * One indicator row as scored. Immutable and thread-safe.
 *
 * @param indicator the row as read: its 一级/二级/三级 names, 分值, 年度指标值, 实际完成值, submitted score and cells
 * @param weight    the 分值 it was scored against; empty for a table that prints none
 * @param score     the recomputed score, rounded as the rule set says
 * @param method    how it was scored, in Chinese, e.g. 正向比率, 人工评分, 按填报得分（表中无分值）
 * @param basis     the 得分依据 written beside the score in the filled copy
 * @param counted   false for a row the rules leave out of the total (不适用 …)
 */
public record IndicatorResult(Indicator indicator, Optional<BigDecimal> weight, BigDecimal score, String method,
                              String basis, boolean counted) {

    /**
     * Checks that no component is null.
     *
     * @param indicator see {@link #indicator()}
     * @param weight see {@link #weight()}
     * @param score see {@link #score()}
     * @param method see {@link #method()}
     * @param basis see {@link #basis()}
     * @param counted see {@link #counted()}
     * @throws NullPointerException naming the missing component
     */
    public IndicatorResult {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(basis, "basis");
    }

    static IndicatorResult of(IndicatorScore scored) {
        return new IndicatorResult(scored.indicator(), scored.knownWeight(), scored.score(),
                scored.method().chinese(), scored.basis(), scored.counted());
    }
}
