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

    /** A blank cell. */
    public static final Figure EMPTY = new Figure("", Optional.empty(), Optional.empty(), false, "");

    /**
     * Creates the value, checking its components.
     *
     * @param text see {@link #text()}
     * @param relation see {@link #relation()}
     * @param number see {@link #number()}
     * @param percent see {@link #percent()}
     * @param unit see {@link #unit()}
     */
    public Figure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * A value with no number in it (qualitative, or blank).
     *
     * @param text the text
     * @return the figure
     */
    public static Figure text(String text) {
        return new Figure(text, Optional.empty(), Optional.empty(), false, "");
    }

    /**
     * A plain number, with no comparison and no unit.
     *
     * @param text    the text as shown
     * @param number  the number, a fraction when {@code percent}
     * @param percent whether it is a percentage
     * @return the figure
     */
    public static Figure number(String text, BigDecimal number, boolean percent) {
        return new Figure(text, Optional.empty(), Optional.of(number), percent, "");
    }

    /**
     * Whether a number was found.
     *
     * @return true when {@link #number()} is present
     */
    public boolean isNumeric() {
        return number.isPresent();
    }

    /**
     * Whether the cell was empty.
     *
     * @return true for no text and no number
     */
    public boolean isBlank() {
        return text.isBlank() && number.isEmpty();
    }
}
