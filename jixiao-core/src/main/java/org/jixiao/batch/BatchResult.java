package org.jixiao.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Every file's outcome in input order, where the summary files went, and how long it took. Immutable and
 * thread-safe.
 */
public record BatchResult(List<FileOutcome> outcomes, Path summaryWorkbook, Path summaryCsv, Path errorsCsv,
                          Duration elapsed) {

    public BatchResult {
        outcomes = List.copyOf(outcomes);
    }

    public List<FileOutcome.Failed> failures() {
        return outcomes.stream().filter(o -> o instanceof FileOutcome.Failed).map(o -> (FileOutcome.Failed) o)
                .toList();
    }

    public List<SummaryRow> rows() {
        return outcomes.stream().filter(o -> o instanceof FileOutcome.Scored)
                .flatMap(o -> ((FileOutcome.Scored) o).rows().stream()).toList();
    }

    /** jixiao's own outputs found among the inputs and left out. */
    public List<FileOutcome.Skipped> skipped() {
        return outcomes.stream().filter(o -> o instanceof FileOutcome.Skipped).map(o -> (FileOutcome.Skipped) o)
                .toList();
    }

    public boolean allScored() {
        return failures().isEmpty();
    }
}
