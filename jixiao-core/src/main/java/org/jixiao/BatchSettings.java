package org.jixiao;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Jixiao#batch} runs over many submissions. Immutable and thread-safe.
 *
 * @param outputFolder     where the filled copies, 汇总.xlsx, summary.csv and errors.csv go; it must not be one of
 *                         the input folders' own files
 * @param threads          how many workbooks are read, scored and written at once
 * @param reuse            whether a submission already scored into this folder, unchanged and under the same rules,
 *                         is taken from the earlier run
 * @param timeLimitPerFile the most one workbook may take; one over it is reported as {@code TIMEOUT} and the rest
 *                         go on
 */
public record BatchSettings(Path outputFolder, int threads, Reuse reuse, Duration timeLimitPerFile) {

    /**
     * Checks the settings.
     *
     * @param outputFolder see {@link #outputFolder()}
     * @param threads see {@link #threads()}
     * @param reuse see {@link #reuse()}
     * @param timeLimitPerFile see {@link #timeLimitPerFile()}
     * @throws IllegalArgumentException when {@code threads} or the time limit is not positive
     * @throws NullPointerException naming a missing component
     */
    public BatchSettings {
        Objects.requireNonNull(outputFolder, "outputFolder");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(reuse, "reuse");
        if (timeLimitPerFile.isNegative() || timeLimitPerFile.isZero()) {
            throw new IllegalArgumentException("timeLimitPerFile must be positive, was " + timeLimitPerFile);
        }
    }

    /**
     * One thread per core, earlier results reused, two minutes per workbook.
     *
     * @param outputFolder where the outputs go
     * @return the settings
     */
    public static BatchSettings into(Path outputFolder) {
        return new BatchSettings(outputFolder, Runtime.getRuntime().availableProcessors(), Reuse.UNCHANGED,
                Duration.ofMinutes(2));
    }

    /**
     * The same settings with another number of threads.
     *
     * @param count threads, at least 1
     * @return a new value
     */
    public BatchSettings withThreads(int count) {
        return new BatchSettings(outputFolder, count, reuse, timeLimitPerFile);
    }

    /**
     * The same settings with another reuse policy.
     *
     * @param policy whether earlier results are reused
     * @return a new value
     */
    public BatchSettings withReuse(Reuse policy) {
        return new BatchSettings(outputFolder, threads, policy, timeLimitPerFile);
    }

    /** Whether submissions scored by an earlier run into the same folder are scored again. */
    public enum Reuse {
        /** Take an unchanged submission's earlier result when the rules are the same too. */
        UNCHANGED,
        /** Score every submission again. */
        NONE
    }
}
