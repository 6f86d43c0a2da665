package org.jixiao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a report prints figures: money with thousands separators as the sheet gives it, rates to two decimals. */
final class Format {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Format() {
    }

    /** 48865.73 → 48,865.73 and 40430.2 → 40,430.2: the digits the sheet has, grouped by thousands. */
    static String money(BigDecimal value) {
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (v.signum() < 0 ? "-" : "") + grouped + (dot < 0 ? "" : plain.substring(dot));
    }

    /** A fraction as a percentage to two decimals: 0.827373 → 82.74%. */
    static String rate(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A score to two decimals: 92.44, 8.27, 5.00. */
    static String score(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A 分值 without trailing zeros: 10, 15, 2.5. */
    static String weight(BigDecimal weight) {
        BigDecimal w = weight.scale() > 4 ? weight.setScale(4, RoundingMode.HALF_UP) : weight;
        w = w.stripTrailingZeros();
        return (w.scale() < 0 ? w.setScale(0) : w).toPlainString();
    }

    /** A plain number as written, without trailing zeros beyond what it has. */
    static String plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    /** The Chinese part of a message written "中文 / English". */
    static String chinese(String message) {
        int slash = message.indexOf(" / ");
        return slash < 0 ? message : message.substring(0, slash);
    }
}
