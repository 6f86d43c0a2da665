package org.jixiao.model;

/** The comparison written in front of a target value: ≥50个, ≤90万元, =100%. Immutable and thread-safe. */
public enum Relation {
    /** ≥, 不低于, 以上: higher is better, met when actual ≥ target. */
    AT_LEAST("≥"),
    /** &gt;: higher is better. */
    GREATER(">"),
    /** ≤, 不超过, 以内: lower is better, met when actual ≤ target. */
    AT_MOST("≤"),
    /** &lt;: lower is better. */
    LESS("<"),
    /** =: met only when equal. */
    EQUAL("=");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    /**
     * How the relation is written.
     *
     * @return e.g. ≥
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Whether a higher actual value is better (≥, &gt;).
     *
     * @return true for a target to reach or exceed
     */
    public boolean higherIsBetter() {
        return this == AT_LEAST || this == GREATER;
    }

    /**
     * Whether a lower actual value is better (≤, &lt;).
     *
     * @return true for a ceiling
     */
    public boolean lowerIsBetter() {
        return this == AT_MOST || this == LESS;
    }
}
