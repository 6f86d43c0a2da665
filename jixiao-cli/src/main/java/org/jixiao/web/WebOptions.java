package org.jixiao.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code jixiao serve} runs. Immutable and thread-safe; every check is made once, here.
 *
 * @param port              the loopback port; 0 takes any free one (tests)
 * @param maxFileBytes      the most one uploaded file (or one workbook inside an uploaded .zip) may hold
 * @param maxBatchBytes     the most one batch's uploads may hold together, archives counted unpacked
 * @param maxFilesPerBatch  the most workbooks one batch takes, so one tab cannot fill the disk with tiny files
 * @param idleTimeout       a batch no request has touched for this long is deleted with its files
 * @param concurrentBatches batches scored at the same time; later ones wait their turn
 * @param threadsPerBatch   worker threads of each running batch
 * @param tempParent        where the server's private temporary folder is made
 */
public record WebOptions(int port, long maxFileBytes, long maxBatchBytes, int maxFilesPerBatch, Duration idleTimeout,
                         int concurrentBatches, int threadsPerBatch, Path tempParent) {

    public static final long MB = 1L << 20;

    /** Port 8080, 50 MB per file, 2 GB and 5,000 workbooks per batch, an hour idle, two batches at a time. */
    public static final WebOptions DEFAULTS = new WebOptions(8080, 50 * MB, 2048 * MB, 5_000, Duration.ofHours(1), 2,
            Math.max(1, Runtime.getRuntime().availableProcessors()), Path.of(System.getProperty("java.io.tmpdir")));

    public WebOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("端口应在 0–65535 之间 / port must be 0–65535, was " + port);
        }
        if (maxFileBytes < 1 || maxBatchBytes < maxFileBytes) {
            throw new IllegalArgumentException("单个文件上限应为正数且不超过每批上限 / the per-file limit must be positive"
                    + " and at most the per-batch limit: " + maxFileBytes + " > " + maxBatchBytes);
        }
        if (maxFilesPerBatch < 1 || concurrentBatches < 1 || threadsPerBatch < 1) {
            throw new IllegalArgumentException("文件数、并行批次数与线程数应为正整数 / files, batches and threads must be"
                    + " at least 1: " + maxFilesPerBatch + ", " + concurrentBatches + ", " + threadsPerBatch);
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("空闲时限应为正 / idle timeout must be positive, was " + idleTimeout);
        }
        Objects.requireNonNull(tempParent, "tempParent");
    }

    public WebOptions withPort(int p) {
        return new WebOptions(p, maxFileBytes, maxBatchBytes, maxFilesPerBatch, idleTimeout, concurrentBatches,
                threadsPerBatch, tempParent);
    }

    public WebOptions withLimits(long perFile, long perBatch) {
        return new WebOptions(port, perFile, perBatch, maxFilesPerBatch, idleTimeout, concurrentBatches,
                threadsPerBatch, tempParent);
    }

    public WebOptions withMaxFiles(int n) {
        return new WebOptions(port, maxFileBytes, maxBatchBytes, n, idleTimeout, concurrentBatches, threadsPerBatch,
                tempParent);
    }

    public WebOptions withIdleTimeout(Duration d) {
        return new WebOptions(port, maxFileBytes, maxBatchBytes, maxFilesPerBatch, d, concurrentBatches,
                threadsPerBatch, tempParent);
    }

    public WebOptions withConcurrency(int batches, int threads) {
        return new WebOptions(port, maxFileBytes, maxBatchBytes, maxFilesPerBatch, idleTimeout, batches, threads,
                tempParent);
    }

    /** The server's private folder is made here; it must exist and be writable when the server starts. */
    public WebOptions withTempParent(Path p) {
        return new WebOptions(port, maxFileBytes, maxBatchBytes, maxFilesPerBatch, idleTimeout, concurrentBatches,
                threadsPerBatch, p);
    }

    /** Why the temp parent cannot take the server's folder, or null. Checked at start, not in the constructor. */
    String tempParentProblem() {
        if (!Files.isDirectory(tempParent) || !Files.isWritable(tempParent)) {
            return "临时文件夹不存在或不可写 / temporary folder missing or not writable: " + tempParent;
        }
        return null;
    }
}
