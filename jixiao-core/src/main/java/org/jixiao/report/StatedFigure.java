package org.jixiao.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure a report states, as found in its text: the budget, the execution, the execution rate, the
 * self-evaluation score or the grade. Money is held in 万元 whatever unit it was written in (元 and 亿元 are
 * converted), with the precision it was printed at kept as the value's scale (40,430.2 万元 has scale 1, 404,302,000
 * 元 becomes 40430.2000); a rate in percentage points (82.7); a score in points. Immutable and thread-safe.
 *
 * @param kind     what the figure is
 * @param text     the figure as written, e.g. {@code 48，865.73万元}
 * @param value    the number in the canonical unit; empty for a grade
 * @param grade    the grade as written, normalised to a label where it is a synonym (优秀 → 优); empty otherwise
 * @param unit     the unit written (万元, 元, 亿元, %, 分), or the one assumed from a table header
 * @param location where it was found
 * @param excerpt  the sentence (or cell) it was found in
 * @param part     true when the sentence is about a part rather than the whole — a 其中 clause, or in a
 *                 部门整体 report a named project — so it is listed but not compared with the table
 */
public record StatedFigure(Kind kind, String text, Optional<BigDecimal> value, Optional<String> grade, String unit,
                           ReportLocation location, String excerpt, boolean part) {

    /** The figures a report is checked for. */
    public enum Kind {
        BUDGET("预算数", "budget"),
        EXECUTION("执行数", "execution"),
        RATE("执行率", "rate"),
        TOTAL("自评得分", "score"),
        GRADE("自评等级", "grade");

        private final String chinese;
        private final String id;

        Kind(String chinese, String id) {
            this.chinese = chinese;
            this.id = id;
        }

        public String chinese() {
            return chinese;
        }

        /** The identifier used in JSON output. */
        public String id() {
            return id;
        }
    }

    public StatedFigure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** The figure as a person reads it in canonical units: 48,865.73 万元, 82.7%, 92.44 分, 优. */
    public String shown() {
        return switch (kind) {
            case BUDGET, EXECUTION -> Format.money(unit.equals("万元") ? value.orElseThrow()
                    : value.orElseThrow().stripTrailingZeros()) + " 万元";
            case RATE -> Format.plain(value.orElseThrow()) + "%";
            case TOTAL -> Format.plain(value.orElseThrow()) + " 分";
            case GRADE -> grade.orElseThrow();
        };
    }
}
