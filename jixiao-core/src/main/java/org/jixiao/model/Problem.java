package org.jixiao.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A reading or scoring problem as data: a stable code, a severity, a message (Chinese first) and the cell it
 * concerns. Prints as {@code Sheet1!C7: message}. Immutable and thread-safe.
 */
public record Problem(ProblemCode code, Severity severity, String message, Optional<CellRef> cell) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cell, "cell");
    }

    /** A problem at a cell, with the code's usual severity. */
    public static Problem at(CellRef cell, ProblemCode code, String message) {
        return new Problem(code, code.severity(), message, Optional.of(cell));
    }

    /** A problem that concerns no single cell. */
    public static Problem general(ProblemCode code, String message) {
        return new Problem(code, code.severity(), message, Optional.empty());
    }

    @Override
    public String toString() {
        return cell.map(c -> c + ": ").orElse("") + "[" + severity.chinese() + " " + code + "] " + message;
    }
}
