package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.read.FigureParser;

/**
 * One expectation of a rule set's 测试 table: scored with the set, sample workbook {@code sample} should show
 * {@code expected} as its {@code figure}. The figure is one of
 * <ul>
 * <li>{@code 总分} (total) — the total; {@code 等级} (grade) — the grade label; {@code 预算执行} (budget) — the
 *     budget score (执行率 得分);</li>
 * <li>otherwise an indicator or a subtotal, looked up in this order, the first step that finds anything deciding:
 *     an indicator's 编码; an indicator's name (its 三级 name, or the most specific level the sheet has); a 一级
 *     name (that level's subtotal); a 二级 name (its subtotal); a path {@code 一级/二级} (a 二级 subtotal, e.g.
 *     {@code 过程/预算执行}, which the word 预算执行 alone does not name) or {@code 一级/二级/三级} (an indicator).
 *     Names match after full-width forms and white space are folded. A step that finds more than one is an error
 *     that lists them, to be written as a path.</li>
 * </ul>
 * Numbers are compared at two decimals, the grade as text. Immutable and thread-safe.
 *
 * @param file     the 测试 table it was read from ({@code 测试.csv}, {@code 规则.xlsx!测试}); empty when written in code
 * @param line     its line in that file (the CSV line or the sheet's row number), 0 when written in code
 * @param sample   the sample workbook: a file name looked up in the sample folders, a relative path, or an absolute one
 * @param sheet    the scored sheet's name; empty for a workbook with one scored sheet
 * @param figure   what is compared, as above
 * @param expected the value it should have: a number, or a grade label for {@code 等级}
 */
public record Expectation(String file, int line, String sample, String sheet, String figure, String expected) {

    /** What an expectation compares. */
    public enum Kind {
        /** 总分 (total). */
        TOTAL,
        /** 等级 (grade), compared as text. */
        GRADE,
        /** 预算执行 (budget): the budget score. */
        BUDGET,
        /** An indicator's score or a 一级/二级 subtotal, named as {@link Expectation} describes. */
        NAMED
    }

    private static final List<String> TOTAL = List.of("总分", "total");
    private static final List<String> GRADE = List.of("等级", "grade");
    private static final List<String> BUDGET = List.of("预算执行", "budget");

    public Expectation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(expected, "expected");
        sample = sample.strip();
        sheet = sheet.strip();
        figure = figure.strip();
        expected = expected.strip();
    }

    /** An expectation written in code rather than read from a 测试 table. */
    public static Expectation of(String sample, String sheet, String figure, String expected) {
        return new Expectation("", 0, sample, sheet, figure, expected);
    }

    public Kind kind() {
        String key = FigureParser.normalize(figure).toLowerCase(Locale.ROOT);
        if (TOTAL.contains(key)) {
            return Kind.TOTAL;
        }
        if (GRADE.contains(key)) {
            return Kind.GRADE;
        }
        return BUDGET.contains(key) ? Kind.BUDGET : Kind.NAMED;
    }

    /** The expected number, for every kind but {@link Kind#GRADE}; empty when the text is not a plain number. */
    public Optional<BigDecimal> expectedNumber() {
        String text = FigureParser.normalize(expected).replace(",", "");
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** Where the expectation was written: {@code 测试.csv 第3行}, or the figure for one written in code. */
    public String where() {
        if (file.isEmpty()) {
            return "expect(" + sample + (sheet.isEmpty() ? "" : ", " + sheet) + ", " + figure + ")";
        }
        return line > 0 ? file + " 第" + line + "行" : file;
    }
}
