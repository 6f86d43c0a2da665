package org.jixiao.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A reading or scoring problem as data: a stable code, a severity, a message (Chinese first) and the cell it
 * concerns. Prints as {@code Sheet1!C7: message}. Immutable and thread-safe.
 *
 * @param code a stable code, e.g. TOTAL_MISMATCH
 * @param severity 错误, 警告 or 提示
 * @param message what is wrong and what to do, Chinese first
 * @param cell the cell it concerns; empty for a problem of the whole table
 */
public record Problem(ProblemCode code, Severity severity, String message, Optional<CellRef> cell) {

    /**
     * Creates the value, checking its components.
     *
     * @param code see {@link #code()}
     * @param severity see {@link #severity()}
     * @param message see {@link #message()}
     * @param cell see {@link #cell()}
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cell, "cell");
    }

    /**
     * A problem at a cell, with the code's usual severity.
     *
     * @param cell    the cell
     * @param code    the code
     * @param message what is wrong, Chinese first
     * @return the problem
     */
    public static Problem at(CellRef cell, ProblemCode code, String message) {
        return new Problem(code, code.severity(), message, Optional.of(cell));
    }

    /**
     * A problem that concerns no single cell.
     *
     * @param code    the code
     * @param message what is wrong, Chinese first
     * @return the problem
     */
    public static Problem general(ProblemCode code, String message) {
        return new Problem(code, code.severity(), message, Optional.empty());
    }

    @Override
    public String toString() {
        return cell.map(c -> c + ": ").orElse("") + "[" + severity.chinese() + " " + code + "] " + message;
    }
}
