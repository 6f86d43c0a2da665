package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Figure;
import org.jixiao.read.FigureParser;

/**
 * A range of values with open or closed edges, written as people write score bands: {@code [90,100]},
 * {@code (0,10%]}, {@code [90%,+∞)}, or the short forms {@code ≥90%}, {@code >30%}, {@code <60%}, {@code =0}.
 * A square bracket is a closed edge — the "(含)" of the rule text. An empty bound is unbounded. Percentages are
 * held as fractions. Immutable and thread-safe.
 */
public record Interval(Optional<BigDecimal> lower, boolean lowerClosed, Optional<BigDecimal> upper,
                       boolean upperClosed, boolean percent) {

    private static final Pattern BRACKETS = Pattern.compile("([\\[(])(.*?),(.*?)([\\])])");

    public Interval {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }

    /** Parses an interval; empty when the text is not one. */
    static Optional<Interval> parse(String text) {
        String s = FigureParser.normalize(text).replace("（", "(").replace("）", ")").replace("，", ",");
        Matcher m = BRACKETS.matcher(s);
        if (m.matches()) {
            Optional<Optional<BigDecimal>> low = bound(m.group(2));
            Optional<Optional<BigDecimal>> high = bound(m.group(3));
            if (low.isEmpty() || high.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Interval(low.get(), m.group(1).equals("["), high.get(), m.group(4).equals("]"),
                    s.contains("%")));
        }
        Figure figure = FigureParser.parse(s);
        if (figure.number().isEmpty() || !figure.unit().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal n = figure.number().get();
        if (figure.relation().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (figure.relation().get()) {
            case AT_LEAST -> new Interval(Optional.of(n), true, Optional.empty(), false, figure.percent());
            case GREATER -> new Interval(Optional.of(n), false, Optional.empty(), false, figure.percent());
            case AT_MOST -> new Interval(Optional.empty(), false, Optional.of(n), true, figure.percent());
            case LESS -> new Interval(Optional.empty(), false, Optional.of(n), false, figure.percent());
            case EQUAL -> new Interval(Optional.of(n), true, Optional.of(n), true, figure.percent());
        });
    }

    /** An empty bound or ±∞ is unbounded; else a number, % allowed. Empty outer Optional: not a bound. */
    private static Optional<Optional<BigDecimal>> bound(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.matches("[+-]?(∞|inf|INF|无穷)")) {
            return Optional.of(Optional.empty());
        }
        Figure figure = FigureParser.parse(s);
        if (figure.number().isEmpty() || figure.relation().isPresent() || !figure.unit().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(figure.number());
    }

    public boolean contains(BigDecimal value) {
        if (lower.isPresent()) {
            int c = value.compareTo(lower.get());
            if (c < 0 || (c == 0 && !lowerClosed)) {
                return false;
            }
        }
        if (upper.isPresent()) {
            int c = value.compareTo(upper.get());
            return c < 0 || (c == 0 && upperClosed);
        }
        return true;
    }

    /** True when some value lies in both. */
    boolean overlaps(Interval other) {
        return !endsBefore(other) && !other.endsBefore(this);
    }

    /** True when every value of this lies below every value of other. */
    boolean endsBefore(Interval other) {
        if (upper.isEmpty() || other.lower.isEmpty()) {
            return false;
        }
        int c = upper.get().compareTo(other.lower.get());
        return c < 0 || (c == 0 && !(upperClosed && other.lowerClosed));
    }

    /** True when nothing lies between this and the next interval, which starts where this ends. */
    boolean meets(Interval next) {
        return upper.isPresent() && next.lower.isPresent() && upper.get().compareTo(next.lower.get()) == 0
                && upperClosed != next.lowerClosed;
    }

    /** Sort key: lower bound, unbounded first. */
    int compareLower(Interval other) {
        if (lower.isEmpty() || other.lower.isEmpty()) {
            return lower.isEmpty() ? (other.lower.isEmpty() ? 0 : -1) : 1;
        }
        int c = lower.get().compareTo(other.lower.get());
        return c != 0 ? c : Boolean.compare(!lowerClosed, !other.lowerClosed);
    }

    @Override
    public String toString() {
        return (lowerClosed ? "[" : "(") + lower.map(this::shown).orElse("-∞") + ","
                + upper.map(this::shown).orElse("+∞") + (upperClosed ? "]" : ")");
    }

    private String shown(BigDecimal v) {
        BigDecimal s = (percent ? v.movePointRight(2) : v).stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString() + (percent ? "%" : "");
    }
}
