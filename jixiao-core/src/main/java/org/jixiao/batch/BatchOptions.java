package org.jixiao.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.jixiao.read.ReadOptions;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.write.FillOptions;

/**
 * How a batch runs. Immutable and thread-safe.
 *
 * @param outDir  where filled copies, 汇总.xlsx, summary.csv and errors.csv go
 * @param threads worker threads (≥ 1)
 * @param force   re-score files whose outputs are up to date
 * @param rules   picks each sheet's rule set: by fit among the built-in (and the user's) sets, or one given set
 * @param read    reader limits, the memory bounds among them for {@code threads} workers
 * @param fill      review marks or a clean copy
 * @param timeLimit the most one file may take; a file over it is reported as TIMEOUT and the run goes on
 */
public record BatchOptions(Path outDir, int threads, boolean force, RuleSetChooser rules, ReadOptions read,
                           FillOptions fill, Duration timeLimit) {

    public BatchOptions {
        Objects.requireNonNull(outDir, "outDir");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(fill, "fill");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, was " + timeLimit);
        }
    }

    /** Each sheet's rule set chosen among the built-in ones, one thread per core, no forcing, memory bounds for that many workers. */
    public static BatchOptions of(Path outDir) {
        int threads = Runtime.getRuntime().availableProcessors();
        return new BatchOptions(outDir, threads, false, RuleSetChooser.builtIn(), readFor(threads),
                FillOptions.DEFAULTS, Duration.ofMinutes(2));
    }

    /** n workers, and the reader's memory bounds derived for n workers sharing this JVM's heap. */
    public BatchOptions withThreads(int n) {
        return new BatchOptions(outDir, n, force, rules, read.withMemory(readFor(n).memory()), fill, timeLimit);
    }

    public BatchOptions withRead(ReadOptions r) {
        return new BatchOptions(outDir, threads, force, rules, r, fill, timeLimit);
    }

    private static ReadOptions readFor(int threads) {
        return ReadOptions.DEFAULTS.withMemory(ReadOptions.memoryFor(Runtime.getRuntime().maxMemory(), Math.max(1, threads)));
    }

    public BatchOptions withForce(boolean f) {
        return new BatchOptions(outDir, threads, f, rules, read, fill, timeLimit);
    }

    /** One rule set for every sheet. */
    BatchOptions withRules(RuleSet r) {
        return withRules(RuleSetChooser.given(r));
    }

    /** Each sheet's rule set as the chooser picks it. */
    public BatchOptions withRules(RuleSetChooser r) {
        return new BatchOptions(outDir, threads, force, r, read, fill, timeLimit);
    }

    public BatchOptions withTimeLimit(Duration limit) {
        return new BatchOptions(outDir, threads, force, rules, read, fill, limit);
    }

    public BatchOptions withFill(FillOptions f) {
        return new BatchOptions(outDir, threads, force, rules, read, f, timeLimit);
    }
}
