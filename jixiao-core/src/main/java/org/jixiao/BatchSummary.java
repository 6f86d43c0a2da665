package org.jixiao;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jixiao.batch.BatchResult;
import org.jixiao.batch.FileOutcome;

/**
 * What a batch did. Immutable and thread-safe.
 *
 * @param filledCopies    the filled copy of every workbook scored (or reused), in input order
 * @param failures        every workbook that could not be scored, with a stable code and a message
 * @param skipped         how many inputs were jixiao's own outputs (filled copies, summaries) and left out
 * @param summaryWorkbook 汇总.xlsx: every table's total and grade, statistics with charts, every problem
 * @param summaryCsv      summary.csv: one line per table
 * @param errorsCsv       errors.csv: one line per failed workbook
 * @param elapsed         how long the batch took
 */
public record BatchSummary(List<Path> filledCopies, List<Failure> failures, int skipped, Path summaryWorkbook,
                           Path summaryCsv, Path errorsCsv, Duration elapsed) {

    /**
     * Checks that no component is null and copies the lists.
     *
     * @param filledCopies see {@link #filledCopies()}
     * @param failures see {@link #failures()}
     * @param skipped see {@link #skipped()}
     * @param summaryWorkbook see {@link #summaryWorkbook()}
     * @param summaryCsv see {@link #summaryCsv()}
     * @param errorsCsv see {@link #errorsCsv()}
     * @param elapsed see {@link #elapsed()}
     * @throws NullPointerException naming the missing component
     */
    public BatchSummary {
        filledCopies = List.copyOf(filledCopies);
        failures = List.copyOf(failures);
        Objects.requireNonNull(summaryWorkbook, "summaryWorkbook");
        Objects.requireNonNull(summaryCsv, "summaryCsv");
        Objects.requireNonNull(errorsCsv, "errorsCsv");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * One workbook that could not be scored.
     *
     * @param input   the submitted file
     * @param code    a stable code: a read failure reason such as {@code ENCRYPTED}, or {@code WRITE_FAILED},
     *                {@code TIMEOUT} …
     * @param message one line for a person, Chinese first
     */
    public record Failure(Path input, String code, String message) {

        /**
         * Checks that no component is null.
         *
         * @param input the submitted file
         * @param code a stable code: a read failure reason such as {@code ENCRYPTED}, or {@code WRITE_FAILED}, {@code TIMEOUT} …
         * @param message one line for a person, Chinese first
         * @throws NullPointerException naming the missing component
         */
        public Failure {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    static BatchSummary of(BatchResult result) {
        List<Path> copies = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        int skipped = 0;
        for (FileOutcome outcome : result.outcomes()) {
            if (outcome instanceof FileOutcome.Scored scored) {
                copies.add(scored.output());
            } else if (outcome instanceof FileOutcome.Failed failed) {
                failures.add(new Failure(failed.input(), failed.code(), failed.message()));
            } else {
                skipped++;
            }
        }
        return new BatchSummary(copies, failures, skipped, result.summaryWorkbook(), result.summaryCsv(),
                result.errorsCsv(), result.elapsed());
    }
}
