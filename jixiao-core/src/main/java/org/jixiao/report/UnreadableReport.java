package org.jixiao.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A report that could not be read, with a stable code ({@code NOT_FOUND}, {@code EMPTY}, {@code TOO_LARGE},
 * {@code WORD_97}, {@code PDF}, {@code RTF}, {@code NOT_A_REPORT}, {@code DAMAGED}, {@code NOT_TEXT}) and a
 * message saying what to do, Chinese first. Immutable and thread-safe.
 */
public record UnreadableReport(Path file, String code, String message) implements ReportReading {

    public UnreadableReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file.getFileName() + ": " + message + " (" + code + ")";
    }
}
