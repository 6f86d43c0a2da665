package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.OutputMarker;
import org.jixiao.write.WorkbookFiller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores many workbooks in parallel: every evaluation sheet of every input, filled copies under OUTDIR mirroring
 * the input tree (each under its input's name, with the content's extension added when the name has another,
 * as a WPS 表.et holding an .xlsx → 表.et.xlsx), then 汇总.xlsx, summary.csv and errors.csv. Each sheet is scored
 * with the rule set chosen for it, so one batch may use several; the summary names each sheet's. A file that
 * cannot be read or written becomes a {@link FileOutcome.Failed} and the run goes on. The summary depends only on
 * the inputs, never on the number of threads or the order files finish in. Outputs up to date with their input
 * and with the chooser's fingerprint (its sets and how it chooses) are reused unless {@code force}: the same
 * input then gets the same choice. jixiao's own files are never inputs: the output folder is kept out of the
 * search ({@link InputFiles}), and a file carrying jixiao's marker ({@link OutputMarker}) or named like a
 * summary, found anywhere else, becomes a {@link FileOutcome.Skipped}; no copy is written over an input.
 * Immutable; {@link #run} may be called from one thread at a time per OUTDIR.
 */
public final class Batch {

    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);
    public static final String SUMMARY_WORKBOOK = "汇总.xlsx";
    public static final String SUMMARY_CSV = "summary.csv";
    public static final String ERRORS_CSV = "errors.csv";

    private final BatchOptions options;
    private final ProgressListener listener;
    private final WorkbookReader reader;
    private final Scorer scorer;
    /** Stands for the rules in the reuse check: what decides every sheet's choice, hashed once. */
    private final String rulesFingerprint;
    private final WorkbookFiller filler = new WorkbookFiller();
    private final Optional<CopyCompanion> companion;

    /** Called before each file is processed; tests make it run out of memory. Does nothing otherwise. */
    private final java.util.function.Consumer<String> beforeProcess;

    public Batch(BatchOptions options, ProgressListener listener) {
        this(options, listener, Optional.empty(), name -> { });
    }

    /** A batch that also writes {@code companion} beside every filled copy (the drafts of --reports). */
    public Batch(BatchOptions options, ProgressListener listener, Optional<CopyCompanion> companion) {
        this(options, listener, companion, name -> { });
    }

    /** For tests: {@code beforeProcess} sees each input's name before it is processed, and may throw. */
    Batch(BatchOptions options, ProgressListener listener, java.util.function.Consumer<String> beforeProcess) {
        this(options, listener, Optional.empty(), beforeProcess);
    }

    private Batch(BatchOptions options, ProgressListener listener, Optional<CopyCompanion> companion,
                  java.util.function.Consumer<String> beforeProcess) {
        this.companion = Objects.requireNonNull(companion, "companion");
        this.beforeProcess = Objects.requireNonNull(beforeProcess, "beforeProcess");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.reader = new WorkbookReader(options.read());
        this.scorer = new Scorer(options.rules());
        this.rulesFingerprint = options.rules().fingerprint();
    }

    /**
     * Runs the batch over files, folders and globs.
     *
     * @throws IOException when OUTDIR or a summary file cannot be written
     */
    public BatchResult run(List<String> inputs) throws IOException {
        long start = System.nanoTime();
        Path outDir = options.outDir().toAbsolutePath().normalize();
        Optional<String> unusable = outputFolderProblem(outDir);
        if (unusable.isPresent()) {
            throw new IOException(unusable.get());
        }
        Files.createDirectories(outDir);
        removeStaleTemporaryFiles(outDir);
        List<FileOutcome> outcomes;
        try (StateStore state = new StateStore(outDir)) {
            // the state is read first: the copies it records are left out of the inputs without being opened
            Set<Path> recorded = state.outputs().stream().map(o -> outDir.resolve(o).normalize())
                    .collect(Collectors.toUnmodifiableSet());
            InputFiles.Found found = InputFiles.expand(inputs, outDir, recorded);
            found.notes().forEach(listener::note);
            List<InputFiles.InputFile> files = found.files();
            Set<String> names = files.stream().map(InputFiles.InputFile::name).collect(Collectors.toUnmodifiableSet());
            Set<Path> paths = files.stream().filter(f -> !f.missing()).map(f -> f.path().toAbsolutePath().normalize())
                    .collect(Collectors.toUnmodifiableSet());
            outcomes = processAll(files, new Inputs(names, paths), outDir, state);
        }
        Path workbook = outDir.resolve(SUMMARY_WORKBOOK);
        Path csv = outDir.resolve(SUMMARY_CSV);
        Path errors = outDir.resolve(ERRORS_CSV);
        writeSummaries(outcomes, workbook, csv, errors);
        return new BatchResult(outcomes, workbook, csv, errors, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The three summaries, the small CSVs first: a heap that runs out while 汇总.xlsx is written (other work of this
     * JVM may still hold memory) is given one more try, so a batch that did its work never ends without them.
     */
    private void writeSummaries(List<FileOutcome> outcomes, Path workbook, Path csv, Path errors) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                // the default set's bands order the grade counts; another set's own grade labels follow them
                Statistics statistics = Statistics.of(outcomes, options.rules().fallback().grades());
                CsvReports.writeErrors(errors, outcomes);
                CsvReports.writeSummary(csv, outcomes, statistics);
                SummaryWorkbook.write(workbook, outcomes, statistics);
                return;
            } catch (OutOfMemoryError e) {
                if (attempt == 2) {
                    throw e;
                }
                LOG.warn("out of memory while writing the summaries; trying once more");
            }
        }
    }

    /** Every input's name under OUTDIR, and every input file (absolute), which no copy may be written over. */
    private record Inputs(Set<String> names, Set<Path> paths) {
    }

    /**
     * Why OUTDIR cannot take a batch's outputs — an existing file, or a folder (or the nearest existing folder it
     * would be made in) that cannot be written — naming the path, Chinese first; empty when it can. Checked before
     * any work, so a run never stops half-way for this.
     */
    public static Optional<String> outputFolderProblem(Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        Path existing = out;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(existing.equals(out)
                    ? "输出文件夹不能是文件：" + out + " 是已有的文件 / the output folder is an existing file, not a folder: " + out
                    : "无法创建输出文件夹 " + out + "：" + existing + " 是文件而不是文件夹 / cannot create the output folder: "
                            + existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            return Optional.of(existing.equals(out)
                    ? "无法写入输出文件夹 " + out + "：没有写权限 / cannot write the output folder " + out + ": permission denied"
                    : "无法创建输出文件夹 " + out + "：没有在 " + existing + " 中写入的权限 / cannot create the output folder "
                            + out + ": permission denied in " + existing);
        }
        return Optional.empty();
    }

    private List<FileOutcome> processAll(List<InputFiles.InputFile> files, Inputs inputs, Path outDir,
                                         StateStore state) throws IOException {
        listener.started(files.size());
        AtomicInteger done = new AtomicInteger();
        List<FileOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "jixiao-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>();
            AtomicLongArray started = new AtomicLongArray(files.size());
            for (int i = 0; i < files.size(); i++) {
                InputFiles.InputFile file = files.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    started.set(index, System.nanoTime());
                    FileOutcome outcome = process(file, inputs, outDir, state);
                    if (!ranOutOfMemory(outcome)) {
                        report(outcome, done.incrementAndGet(), files.size());
                    }
                    return outcome;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(awaitWithinLimit(futures.get(i), started, i, files.get(i), done, files.size()));
            }
            retryAlone(outcomes, files, inputs, outDir, state, pool, started, done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch task failed outside its own error handling", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /** Marks a file whose processing ran out of heap: it is retried alone once the pool has drained. */
    private static final String OUT_OF_MEMORY = "OUT_OF_MEMORY";

    private static boolean ranOutOfMemory(FileOutcome outcome) {
        return outcome instanceof FileOutcome.Failed failed && failed.code().equals(OUT_OF_MEMORY);
    }

    /**
     * Files that ran out of heap while other workers held memory, retried one at a time in the drained pool: a
     * file that failed only because another worker exhausted the heap now gets all of it, and one that cannot be
     * done even alone is reported as too large — never as damaged, and never costing the files beside it.
     */
    private void retryAlone(List<FileOutcome> outcomes, List<InputFiles.InputFile> files, Inputs inputs,
                            Path outDir, StateStore state, ExecutorService pool, AtomicLongArray started,
                            AtomicInteger done) throws InterruptedException, ExecutionException {
        for (int i = 0; i < outcomes.size(); i++) {
            if (!ranOutOfMemory(outcomes.get(i))) {
                continue;
            }
            InputFiles.InputFile file = files.get(i);
            int index = i;
            LOG.info("retrying {} alone after running out of memory", file.name());
            Future<FileOutcome> retry = pool.submit(() -> {
                started.set(index, System.nanoTime());
                FileOutcome again = process(file, inputs, outDir, state);
                if (ranOutOfMemory(again)) {
                    again = new FileOutcome.Failed(file.path(), file.name(), "TOO_LARGE", file.name()
                            + ": 内存不足，单独重试后仍无法处理，文件过大；请用 JIXIAO_JAVA_OPTS=-Xmx2g 等加大内存 / out of"
                            + " memory even when processed alone (raise -Xmx)");
                }
                report(again, done.incrementAndGet(), files.size());
                return again;
            });
            outcomes.set(i, awaitWithinLimit(retry, started, i, file, done, files.size()));
        }
    }

    /** Progress must never cost a file its outcome, even when the heap is short. */
    private void report(FileOutcome outcome, int finished, int total) {
        try {
            listener.finished(outcome, finished, total);
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.debug("progress listener failed", e);
        }
    }

    /**
     * Waits for one file, giving up once it has run longer than the time limit: the file is reported as
     * TIMEOUT (its worker is interrupted; POI may finish the file in the background, its result is dropped).
     * The wait survives a heap that a worker has exhausted for a moment: the waiting thread allocates too (a
     * timeout exception every poll), and losing it would lose the whole batch.
     */
    private FileOutcome awaitWithinLimit(Future<FileOutcome> future, AtomicLongArray started, int index,
                                         InputFiles.InputFile file, AtomicInteger done, int total)
            throws InterruptedException, ExecutionException {
        long limit = options.timeLimit().toNanos();
        while (true) {
            try {
                return future.get(200, TimeUnit.MILLISECONDS);
            } catch (OutOfMemoryError e) {
                Thread.sleep(50);
            } catch (TimeoutException e) {
                long start = started.get(index);
                if (start != 0 && System.nanoTime() - start > limit) {
                    future.cancel(true);
                    FileOutcome timedOut = new FileOutcome.Failed(file.path(), file.name(), "TIMEOUT", file.name()
                            + ": 处理超过时限 " + options.timeLimit().toSeconds() + " 秒，已跳过 / over the per-file time limit");
                    report(timedOut, done.incrementAndGet(), total);
                    return timedOut;
                }
            }
        }
    }

    /** @param inputs the batch's input names and files, which outputs must not take */
    private FileOutcome process(InputFiles.InputFile file, Inputs inputs, Path outDir, StateStore state) {
        if (file.missing()) {
            return new FileOutcome.Failed(file.path(), file.name(), "NOT_FOUND", file.name() + ": 文件不存在或无法访问");
        }
        if (!outDir.resolve(file.name()).normalize().startsWith(outDir)) {
            return unsafePath(file);
        }
        if (InputFiles.SUMMARY_NAMES.contains(String.valueOf(file.path().getFileName()))) {
            // an earlier batch's summary, written into a folder that is now an input (before the marker existed too)
            return new FileOutcome.Skipped(file.path(), file.name(), "名为 jixiao 汇总文件 / named like a batch summary");
        }
        try {
            beforeProcess.accept(file.name());
            Optional<byte[]> content = contentWithinLimit(file.path());
            Optional<String> marker = content.flatMap(OutputMarker::find);
            if (marker.isPresent()) {
                // a copy or summary jixiao wrote, whatever it is now called: scoring it would count a submission twice
                state.forget(file.name());
                return new FileOutcome.Skipped(file.path(), file.name(), "jixiao 输出标记 / marked as jixiao output: "
                        + marker.get());
            }
            if (content.isEmpty()) {
                // too large, vanished or unreadable: the reader names the reason without loading the file
                ReadOutcome retry = reader.read(file.path());
                state.forget(file.name());
                return retry instanceof ReadFailure failure
                        ? new FileOutcome.Failed(file.path(), file.name(), failure.reason().name(), failure.message())
                        : new FileOutcome.Failed(file.path(), file.name(), "IO_ERROR", file.name() + ": 读取文件时出错");
            }
            String inputSha = StateStore.sha256(content.get());
            Optional<StateStore.Entry> entry = options.force() ? Optional.empty() : state.find(file.name());
            if (entry.isPresent() && entry.get().inputSha().equals(inputSha)
                    && entry.get().rulesSha().equals(rulesFingerprint)) {
                Path earlier = outDir.resolve(entry.get().output()).normalize();
                if (earlier.startsWith(outDir) && Files.exists(earlier)
                        && companion.map(c -> Files.exists(c.pathFor(earlier))).orElse(true)) {
                    return new FileOutcome.Scored(file.path(), file.name(), earlier, entry.get().rows(), true);
                }
            }
            ReadOutcome read = reader.read(file.path(), content.get());
            if (read instanceof ReadFailure failure) {
                state.forget(file.name());
                return new FileOutcome.Failed(file.path(), file.name(), failure.reason().name(), failure.message());
            }
            SourceWorkbook source = (SourceWorkbook) read;
            String outputName = InputFiles.outputName(file.name(), source.format().extension(), inputs.names());
            outputName = InputFiles.besideInputs(outputName, outDir, inputs.paths());
            Path output = outDir.resolve(outputName).normalize();
            if (!output.startsWith(outDir)) {
                return unsafePath(file);
            }
            List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
            filler.fill(source, scored, output, options.fill());
            if (companion.isPresent()) {
                companion.get().write(output, scored);
            }
            List<SummaryRow> rows = scored.stream().map(s -> SummaryRows.of(file.name(), s)).toList();
            state.save(file.name(), inputSha, rulesFingerprint, outputName, rows);
            return new FileOutcome.Scored(file.path(), file.name(), output, rows, false);
        } catch (IOException | IllegalArgumentException e) {
            return new FileOutcome.Failed(file.path(), file.name(), "WRITE_FAILED",
                    file.name() + ": 无法写出填好的副本 / cannot write the filled copy: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            // this file, or another worker, exhausted the heap: retried alone once the pool has drained
            return new FileOutcome.Failed(file.path(), file.name(), OUT_OF_MEMORY, file.name() + ": out of memory");
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // LinkageError: a class missing from a damaged installation (NoClassDefFoundError) costs this file only
            LOG.debug("unexpected failure on {}", file.path(), e);
            return new FileOutcome.Failed(file.path(), file.name(), "INTERNAL_ERROR",
                    file.name() + ": 处理时发生内部错误 / internal error: " + e);
        }
    }

    private static FileOutcome unsafePath(InputFiles.InputFile file) {
        return new FileOutcome.Failed(file.path(), file.name(), "UNSAFE_PATH", file.name() + ": 输出路径越出输出目录");
    }

    /** The file's bytes, read once for both the hash and the reader; empty when too large or unreadable. */
    private Optional<byte[]> contentWithinLimit(Path path) {
        try {
            if (Files.size(path) > options.read().maxFileBytes()) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Temporary files left by a run that was killed, named as {@link org.jixiao.write.AtomicFiles} names them
     * (.NAME.HEX.tmp): OUTDIR may be the user's inbox, whose other hidden files are not ours to delete.
     */
    private static void removeStaleTemporaryFiles(Path outDir) throws IOException {
        try (Stream<Path> files = Files.walk(outDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (TEMPORARY.matcher(file.getFileName().toString()).matches()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static final java.util.regex.Pattern TEMPORARY =
            java.util.regex.Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");
}
