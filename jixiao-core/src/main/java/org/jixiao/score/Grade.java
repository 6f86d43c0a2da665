package org.jixiao.score;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.rules.GradeScale;

/**
 * A grade label from the rule set's scale: 优/良/中/差 under the national bands, or whatever labels a rule set
 * declares (好/较好/一般/差). Immutable and thread-safe.
 */
public record Grade(String label) {

    public static final Grade 优 = new Grade("优");
    public static final Grade 良 = new Grade("良");
    public static final Grade 中 = new Grade("中");
    public static final Grade 差 = new Grade("差");

    public Grade {
        Objects.requireNonNull(label, "label");
    }

    /** The grade of a total under the national bands 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60). */
    static Grade of(BigDecimal total) {
        return new Grade(GradeScale.NATIONAL.gradeOf(total));
    }

    /** The label, e.g. 优. */
    public String name() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
