package org.jixiao.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How scores are rounded and checked. The defaults follow shared/domain §6: each score rounded HALF_UP to two
 * decimals, the total the sum of the rounded scores, the grade taken from the rounded total. Immutable and
 * thread-safe.
 *
 * @param decimals      decimals kept in each score
 * @param rounding      rounding of each score
 * @param capBudgetRate whether 执行率 above 100% still earns at most the full 分值
 * @param expectedTotal what all 分值 (budget included) should add up to
 */
public record ScoringOptions(int decimals, RoundingMode rounding, boolean capBudgetRate, BigDecimal expectedTotal) {

    public static final ScoringOptions DEFAULTS =
            new ScoringOptions(2, RoundingMode.HALF_UP, true, BigDecimal.valueOf(100));

    public ScoringOptions {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0..6, was " + decimals);
        }
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(expectedTotal, "expectedTotal");
    }

    BigDecimal round(BigDecimal value) {
        return value.setScale(decimals, rounding);
    }

    /** The smallest difference worth reporting: one unit in the last kept decimal. */
    BigDecimal unit() {
        return BigDecimal.ONE.movePointLeft(decimals);
    }
}
