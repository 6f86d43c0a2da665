package org.jixiao.score;

import java.math.BigDecimal;
import java.util.Optional;

import org.jixiao.model.Figure;

/**
 * Puts an actual value on the same footing as the number it is compared with: 96.5 next to a 95% target is
 * 96.5%, 0.965 stays a fraction. A plain number above 1.5 next to a percentage is percentage points.
 */
final class Quantities {

    private static final BigDecimal PERCENT_POINTS_THRESHOLD = new BigDecimal("1.5");

    private Quantities() {
    }

    /** The actual as a fraction when the reference is a percentage (or a fraction ≤ 1.5). */
    static BigDecimal aligned(Figure actual, boolean referenceIsPercent) {
        BigDecimal a = actual.number().orElseThrow();
        if (referenceIsPercent && !actual.percent() && a.abs().compareTo(PERCENT_POINTS_THRESHOLD) > 0) {
            return a.movePointLeft(2);
        }
        return a;
    }

    /** A reference number that is a fraction (≤ 1.5) next to an actual written as a percentage. */
    static boolean looksLikeFraction(Optional<BigDecimal> reference) {
        return reference.isPresent() && reference.get().abs().compareTo(PERCENT_POINTS_THRESHOLD) <= 0;
    }

    /** How a value is shown in 得分依据: as a percentage when the comparison is in percent. */
    static String show(BigDecimal value, boolean percent, String unit) {
        return percent ? Numbers.plain(value.movePointRight(2)) + "%" : Numbers.plain(value) + unit;
    }
}
