package org.jixiao.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What happened to one input file in a batch. Immutable and thread-safe. */
public sealed interface FileOutcome permits FileOutcome.Scored, FileOutcome.Failed, FileOutcome.Skipped {

    /** The input file. */
    Path input();

    /** The input's path relative to its root, as shown in the summary. */
    String name();

    /** Scored and written (or found up to date from an earlier run, {@code reused}). */
    record Scored(Path input, String name, Path output, List<SummaryRow> rows, boolean reused)
            implements FileOutcome {
        public Scored {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            rows = List.copyOf(rows);
        }
    }

    /**
     * Not a submission but a file jixiao wrote — a filled copy or summary carrying jixiao's marker, or a file
     * named like a batch summary — left out of the summary and of errors.csv and only counted. {@code why} says
     * how it was recognised.
     */
    record Skipped(Path input, String name, String why) implements FileOutcome {
        public Skipped {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(why, "why");
        }
    }

    /** Could not be scored: a stable reason code (a read failure reason, or WRITE_FAILED …) and a message. */
    record Failed(Path input, String name, String code, String message) implements FileOutcome {
        public Failed {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
