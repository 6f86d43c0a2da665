package org.jixiao.report;

import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.CellRef;
import org.jixiao.model.Severity;

/**
 * Something a check of a report found: a stable code, a severity ({@link Severity#ERROR} for an inconsistency,
 * {@link Severity#INFO} for a note), a message (Chinese first) and where: the place in the report and, when the
 * finding compares the report with its table, the cell. Prints as {@code 段落 9 第 1 句 / paragraph 9 sentence 1 ↔
 * 自评表!H6: [错误 RATE_DIFFERS] message}. Immutable and thread-safe.
 */
public record ReportFinding(Code code, Severity severity, String message, Optional<ReportLocation> location,
                            Optional<CellRef> cell) {

    /** The stable codes of report findings. */
    public enum Code {
        /** Execution ÷ budget, as the report states them, is not the rate it states at the precision printed. */
        RATE_ARITHMETIC(Severity.ERROR),
        /** The stated score lies outside the band of the stated grade. */
        GRADE_OUT_OF_BAND(Severity.ERROR),
        /** The report states the same figure twice with different values. */
        STATED_DIFFERENTLY(Severity.ERROR),
        /** The stated budget is not the table's. */
        BUDGET_DIFFERS(Severity.ERROR),
        /** The stated execution is not the table's. */
        EXECUTION_DIFFERS(Severity.ERROR),
        /** The stated rate is not the table's execution ÷ budget at the precision printed. */
        RATE_DIFFERS(Severity.ERROR),
        /** The stated score is not the 总分 submitted in the table. */
        TOTAL_DIFFERS(Severity.ERROR),
        /** The stated score is not the total recomputed from the table by the rules. */
        TOTAL_DIFFERS_FROM_RECOMPUTED(Severity.ERROR),
        /** The stated grade is not the grade written in the table. */
        GRADE_DIFFERS(Severity.ERROR),
        /** The stated grade is not the grade of the recomputed total. */
        GRADE_DIFFERS_FROM_RECOMPUTED(Severity.ERROR),
        /** The report states no such figure (in the usual phrasings). */
        FIGURE_NOT_STATED(Severity.INFO);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        Severity severity() {
            return severity;
        }
    }

    public ReportFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(cell, "cell");
    }

    static ReportFinding of(Code code, String message, Optional<ReportLocation> location, Optional<CellRef> cell) {
        return new ReportFinding(code, code.severity(), message, location, cell);
    }

    /** True for an inconsistency, as opposed to a note. */
    boolean inconsistency() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = location.map(Object::toString).orElse("") + (location.isPresent() && cell.isPresent() ? " ↔ " : "")
                + cell.map(Object::toString).orElse("");
        return (where.isEmpty() ? "" : where + ": ") + "[" + severity.chinese() + " " + code + "] " + message;
    }
}
