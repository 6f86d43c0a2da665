package org.jixiao.score;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The four grades of 绩效评价, on half-open bands: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60).
 * The rule text says 90(含)–100, 80(含)–90 …, which these bands follow exactly for decimal totals.
 */
public enum Grade {
    优(90), 良(80), 中(60), 差(0);

    private final BigDecimal lowerBound;

    Grade(int lowerBound) {
        this.lowerBound = BigDecimal.valueOf(lowerBound);
    }

    /** The inclusive lower edge of this grade's band. */
    public BigDecimal lowerBound() {
        return lowerBound;
    }

    /** The grade of a (rounded) total. */
    public static Grade of(BigDecimal total) {
        for (Grade grade : values()) {
            if (total.compareTo(grade.lowerBound) >= 0) {
                return grade;
            }
        }
        return 差;
    }

    /** Reads a grade as people write it: 优, 优秀, 良好, 中等, 合格, 差, 不合格, with stray text around it. */
    public static Optional<Grade> parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.contains("不合格") || s.contains("差")) {
            return Optional.of(差);
        }
        if (s.contains("优")) {
            return Optional.of(优);
        }
        if (s.contains("良")) {
            return Optional.of(良);
        }
        if (s.contains("中") || s.contains("合格")) {
            return Optional.of(中);
        }
        return Optional.empty();
    }
}
