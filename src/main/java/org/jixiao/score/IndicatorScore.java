package org.jixiao.score;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.model.Indicator;

/**
 * One indicator's recomputed score. Immutable and thread-safe.
 *
 * @param indicator the row as submitted
 * @param weight    the 分值 applied: the row's own, or derived from a level label
 * @param score     the recomputed, rounded score
 * @param method    how it was obtained
 * @param basis     得分依据, one line, e.g. {@code 完成480/目标500=96.00%，8×96.00%=7.68}
 */
public record IndicatorScore(Indicator indicator, BigDecimal weight, BigDecimal score, ScoringMethod method,
                             String basis) {

    public IndicatorScore {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(basis, "basis");
    }

    /** True when the score is the submitted one, judged by a person rather than computed. */
    public boolean judgedByHand() {
        return method == ScoringMethod.JUDGED_BY_HAND;
    }
}
