package org.jixiao.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A target or actual value as written in the sheet, with the number read out of it when there is one.
 * {@code ≥95%} has relation AT_LEAST, number 0.95 and percent true; {@code 效果明显} has no number.
 * Percentages are held as fractions. Immutable and thread-safe.
 *
 * @param text     the cell's text as shown, trimmed
 * @param relation the comparison written in front of the number, if any
 * @param number   the number, a fraction when {@code percent}
 * @param percent  whether the value was written or formatted as a percentage
 * @param unit     the unit after the number (个, 万元, 人次), empty if none; never contains %
 */
public record Figure(String text, Optional<Relation> relation, Optional<BigDecimal> number, boolean percent,
                     String unit) {

    public static final Figure EMPTY = new Figure("", Optional.empty(), Optional.empty(), false, "");

    public Figure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(unit, "unit");
    }

    /** A value with no number in it (qualitative, or blank). */
    public static Figure text(String text) {
        return new Figure(text, Optional.empty(), Optional.empty(), false, "");
    }

    public static Figure number(String text, BigDecimal number, boolean percent) {
        return new Figure(text, Optional.empty(), Optional.of(number), percent, "");
    }

    public boolean isNumeric() {
        return number.isPresent();
    }

    public boolean isBlank() {
        return text.isBlank() && number.isEmpty();
    }
}
