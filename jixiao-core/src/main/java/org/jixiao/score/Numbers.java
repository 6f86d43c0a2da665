package org.jixiao.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic and the way numbers are shown in 得分依据 text. */
final class Numbers {

    static final MathContext PRECISION = MathContext.DECIMAL64;

    private Numbers() {
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, PRECISION);
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.compareTo(low) < 0 ? low : value.compareTo(high) > 0 ? high : value;
    }

    /** 8, 7.68, 48865.73 — no trailing zeros, no exponent. */
    static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** A fraction as a percentage with two decimals: 0.827373 → 82.74%. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

}
