package org.jixiao.report;

import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.CellRef;

/**
 * One check made on a report and its outcome, whether consistent or not: the report's own arithmetic
 * ({@code 40,430.2 ÷ 48,865.73 = 82.74%，报告写 82.7%：一致}), a score within its grade's band, a figure stated
 * twice, a figure against the table. Immutable and thread-safe.
 *
 * @param check      {@code arithmetic}, {@code grade-band}, {@code repeated} or {@code table}
 * @param consistent whether the check passed
 * @param message    what was compared and the outcome, Chinese first
 * @param location   the report figure concerned
 * @param cell       the table cell compared with, for {@code table}
 */
public record ReportComparison(String check, boolean consistent, String message, Optional<ReportLocation> location,
                               Optional<CellRef> cell) {

    public ReportComparison {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(cell, "cell");
    }
}
