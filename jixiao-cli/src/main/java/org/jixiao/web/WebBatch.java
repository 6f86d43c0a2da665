package org.jixiao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.jixiao.batch.Batch;
import org.jixiao.batch.BatchOptions;
import org.jixiao.batch.BatchResult;
import org.jixiao.batch.FileOutcome;
import org.jixiao.batch.ProgressListener;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOptions;
import org.jixiao.report.ReportDraft;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.rules.RuleSetLoad;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser tab's batch: its uploads under a folder of its own ({@code in/}), an uploaded rule set
 * ({@code rules/}), the run of {@link Batch} into {@code out/LABEL/} and what the page asks of it afterwards.
 * Uploads are streamed to {@code staging/} under a random name and moved into {@code in/} only once complete,
 * so a broken upload never becomes an input and leaves nothing behind. Thread-safe: uploads may arrive in
 * parallel; state changes are synchronized, the bytes are copied outside the lock.
 */
final class WebBatch {

    private static final Logger LOG = LoggerFactory.getLogger(WebBatch.class);

    /** Where a batch is in its life. */
    enum State {
        /** Taking uploads and a rule set. */
        OPEN,
        /** Waiting for a free runner. */
        QUEUED,
        RUNNING,
        DONE,
        /** The run itself failed (the output folder could not be written); single bad files never do this. */
        FAILED,
        /** Cleared by the page, downloaded whole, expired or the server stopping: its folder is gone. */
        DELETED
    }

    /** A file taken into the batch under {@code name}. */
    record Accepted(String name, long bytes) {
    }

    /** A file refused at upload with the reader's reason code, as the CLI would report it. */
    record Rejected(String name, String code, String message) {
    }

    /** What one upload request did. */
    record Upload(List<Accepted> accepted, List<Rejected> rejected, List<String> ignored) {
    }

    final String id;
    private final Path dir;
    private final Path inbox;
    private final Path staging;
    private final Path rulesDir;
    private final Path outDir;
    private final WebOptions options;
    private final String label;

    /** Bytes on disk and in flight, checked chunk by chunk against the batch limit. */
    private final AtomicLong bytes = new AtomicLong();
    private volatile long touched = System.nanoTime();

    private State state = State.OPEN;
    private int uploadsInFlight;
    private final Set<String> names = new HashSet<>();
    /** The names in lower case: Windows and macOS fold case, so two names differing only in case must not clash. */
    private final Set<String> folded = new HashSet<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private Optional<RuleSetLoad> uploadedRules = Optional.empty();
    private String rulesName = "auto";
    private RuleSetChooser chooser;
    private int done;
    private int total;
    private String lastFile = "";
    private BatchResult result;
    private String failure = "";
    private String resultsJson;
    private final Map<Integer, String> details = new ConcurrentHashMap<>();

    WebBatch(String id, Path dir, WebOptions options) throws IOException {
        this.id = id;
        this.dir = dir;
        this.options = options;
        this.inbox = Files.createDirectories(dir.resolve("in"));
        this.staging = Files.createDirectories(dir.resolve("staging"));
        this.rulesDir = dir.resolve("rules");
        // the folder's name is printed in 汇总.xlsx's footer ("绩效自评汇总 NAME"), as OUTDIR's is by jixiao batch
        this.label = "评分结果-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        this.outDir = dir.resolve("out").resolve(label);
    }

    void touch() {
        touched = System.nanoTime();
    }

    long idleNanos() {
        return System.nanoTime() - touched;
    }

    synchronized State state() {
        return state;
    }

    long bytes() {
        return bytes.get();
    }

    Path dir() {
        return dir;
    }

    /**
     * Takes one uploaded file: a workbook goes into the batch under its safe name, a .zip is unpacked (its
     * workbooks only), any other file is read once so it is refused with the reader's own reason.
     *
     * @param rawName  the name the browser sent, possibly a relative path
     * @param declared the Content-Length, or -1
     */
    Upload upload(String rawName, long declared, InputStream body) throws IOException {
        String name = UploadNames.safe(rawName).orElseThrow(() -> WebError.badRequest(
                "文件名为空或无效 / empty or unusable file name"));
        // an archive of a folder may hold many workbooks: it is held to the batch limit, each workbook in it to
        // the per-file limit as it is unpacked
        long limit = UploadNames.isZip(name) ? options.maxBatchBytes() : options.maxFileBytes();
        if (declared > limit) {
            throw tooLarge(name, declared, limit);
        }
        beginUpload();
        try {
            Path part = staging.resolve(Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
            long written = copyLimited(body, part, name, limit);
            try {
                if (UploadNames.isZip(name)) {
                    return ZipUploads.extract(part, name, this);
                }
                if (UploadNames.isLockFile(name)) {
                    return new Upload(List.of(), List.of(), List.of(name));
                }
                if (UploadNames.isWorkbook(name)) {
                    String taken = commit(part, name);
                    return new Upload(List.of(new Accepted(taken, written)), List.of(), List.of());
                }
                return other(part, name, written);
            } finally {
                // a file moved into in/ keeps its bytes counted; anything left here (an archive once unpacked, a
                // refused file, a failure half-way) is deleted and gives its bytes back
                if (Files.deleteIfExists(part)) {
                    bytes.addAndGet(-written);
                }
            }
        } finally {
            endUpload();
        }
    }

    private synchronized void beginUpload() {
        requireOpen();
        uploadsInFlight++;
    }

    private synchronized void endUpload() {
        uploadsInFlight--;
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw WebError.conflict("NOT_OPEN", "该批次已开始评分或已清除，不能再添加文件 / the batch has started or was cleared;"
                    + " no more files can be added");
        }
    }

    /**
     * Copies at most the per-file limit into target, counting every chunk against the batch limit as it goes, so
     * parallel uploads cannot together pass it. On any failure — too large, the client gone — the partial file
     * is deleted and its bytes given back before the exception leaves.
     *
     * @return the bytes written, which the caller now holds against the batch
     */
    long copyLimited(InputStream in, Path target, String name) throws IOException {
        return copyLimited(in, target, name, options.maxFileBytes());
    }

    private long copyLimited(InputStream in, Path target, String name, long limit) throws IOException {
        long written = 0;
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (written + n > limit) {
                    throw tooLarge(name, written + n, limit);
                }
                written += n;
                if (bytes.addAndGet(n) > options.maxBatchBytes()) {
                    bytes.addAndGet(-n);
                    written -= n;
                    throw WebError.tooLarge("BATCH_TOO_LARGE", name + ": 本批上传合计超过上限 "
                            + WebError.mb(options.maxBatchBytes()) + "，请分批评分 / the batch is over its limit of "
                            + WebError.mb(options.maxBatchBytes()) + "; score the files in several batches");
                }
                out.write(buffer, 0, n);
            }
            complete = true;
        } finally {
            if (!complete) {
                bytes.addAndGet(-written);
                Files.deleteIfExists(target);
            }
        }
        return written;
    }

    private static WebError tooLarge(String name, long size, long limit) {
        return WebError.tooLarge("TOO_LARGE", name + ": 文件超过大小上限 " + WebError.mb(limit) + "（已有 "
                + WebError.mb(size) + "），请确认是否为评价表 / file over the limit of " + WebError.mb(limit));
    }

    /**
     * Moves a complete file into {@code in/} under name, or name~2 … when taken, as a batch names clashing
     * inputs; the move is atomic where the file system allows, so the batch never sees half a file.
     *
     * @return the name it was given
     */
    String commit(Path file, String name) throws IOException {
        String taken;
        synchronized (this) {
            requireOpen();
            if (names.size() >= options.maxFilesPerBatch()) {
                throw WebError.tooLarge("TOO_MANY_FILES", "本批文件数已达上限 " + options.maxFilesPerBatch()
                        + " 个，请分批评分 / the batch already holds " + options.maxFilesPerBatch() + " files");
            }
            taken = name;
            for (int n = 2; folded.contains(taken.toLowerCase(java.util.Locale.ROOT)); n++) {
                taken = UploadNames.withSuffix(name, n);
            }
            names.add(taken);
            folded.add(taken.toLowerCase(java.util.Locale.ROOT));
        }
        Path target = UploadNames.under(inbox, taken);
        Files.createDirectories(target.getParent());
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target);
        }
        return taken;
    }

    /** A file with another extension: read once, so it is refused with the reader's own reason and code. */
    private Upload other(Path part, String name, long written) throws IOException {
        ReadOutcome read = new WorkbookReader(ReadOptions.DEFAULTS).read(part);
        if (read instanceof ReadFailure failure) {
            Rejected refused = rejected(name, failure, part);
            synchronized (this) {
                rejected.add(refused);
            }
            return new Upload(List.of(), List.of(refused), List.of());
        }
        // a workbook under another name (表.dat): taken with its format's extension, as a batch names its copy
        String taken = commit(part, name + "." + ((SourceWorkbook) read).format().extension());
        return new Upload(List.of(new Accepted(taken, written)), List.of(), List.of());
    }

    /** The reader's failure told with the uploaded name, not the staging file's. */
    static Rejected rejected(String name, ReadFailure failure, Path part) {
        String detail = failure.detail().replace(part.toString(), name).replace(String.valueOf(part.getFileName()), name);
        ReadFailure named = new ReadFailure(Path.of(name.substring(name.lastIndexOf('/') + 1)), failure.reason(), detail);
        return new Rejected(name, failure.reason().name(), named.message());
    }

    /** Gives back bytes counted for a file that was then deleted. */
    void release(long written) {
        bytes.addAndGet(-written);
    }

    /** Records a file refused while unpacking an archive. */
    synchronized void reject(Rejected refused) {
        rejected.add(refused);
    }

    synchronized List<Rejected> rejectedFiles() {
        return List.copyOf(rejected);
    }

    synchronized int fileCount() {
        return names.size();
    }

    Path staging() {
        return staging;
    }

    WebOptions options() {
        return options;
    }

    // ---- the rule set ----

    /** Replaces the uploaded rule set with this file (or adds a CSV to it), and validates what is there. */
    RuleSetLoad uploadRules(String rawName, long declared, InputStream body) throws IOException {
        String name = UploadNames.safe(rawName).map(n -> n.substring(n.lastIndexOf('/') + 1))
                .orElseThrow(() -> WebError.badRequest("规则集文件名为空或无效 / empty or unusable rule set file name"));
        if (declared > options.maxFileBytes()) {
            throw tooLarge(name, declared, options.maxFileBytes());
        }
        beginUpload();
        try {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            boolean csv = lower.endsWith(".csv");
            if (!csv && !lower.endsWith(".xlsx") && !lower.endsWith(".xls") && !lower.endsWith(".zip")) {
                throw WebError.badRequest("规则集应为 .xlsx 工作簿、几张 .csv 表或其文件夹的 .zip 压缩包 / a rule set is an .xlsx"
                        + " workbook, .csv tables or a .zip of their folder");
            }
            synchronized (this) {
                if (!csv || Files.exists(rulesDir) && !Files.isDirectory(rulesDir.resolve("csv"))) {
                    Folders.deleteTree(rulesDir);
                }
            }
            Path target;
            if (csv) {
                target = Files.createDirectories(rulesDir.resolve("csv")).resolve(name);
                Files.deleteIfExists(target);
            } else {
                target = Files.createDirectories(rulesDir).resolve(name);
            }
            long written = copyLimited(body, target, name);
            bytes.addAndGet(-written); // a rule set is small and replaced whole: it does not count against uploads
            Path source = target;
            if (csv) {
                source = target.getParent();
            } else if (UploadNames.isZip(name)) {
                source = ZipUploads.extractRules(target, rulesDir.resolve("zip"), options.maxFileBytes());
            }
            RuleSetLoad load = org.jixiao.rules.RuleSetLoader.load(source);
            synchronized (this) {
                uploadedRules = Optional.of(load);
            }
            return load;
        } finally {
            endUpload();
        }
    }

    synchronized void clearRules() throws IOException {
        requireOpen();
        uploadedRules = Optional.empty();
        Folders.deleteTree(rulesDir);
    }

    synchronized Optional<RuleSetLoad> uploadedRules() {
        return uploadedRules;
    }

    // ---- the run ----

    /**
     * Queues the run. rules is "auto" (each sheet's set chosen among the built-in ones), a built-in name, or
     * "uploaded" (the set this batch was given, for every sheet, as --rules does).
     */
    synchronized void queue(String rules, RuleSetChooser chosen, java.util.concurrent.Executor runner) {
        requireOpen();
        if (uploadsInFlight > 0) {
            throw WebError.conflict("UPLOADS_IN_FLIGHT", "还有文件在上传，请稍候 / files are still uploading");
        }
        if (fileCount() == 0) {
            throw WebError.badRequest("还没有可评分的工作簿（.xlsx/.xlsm/.xls/.et 或含有它们的 .zip） / no workbook to score yet");
        }
        this.rulesName = rules;
        this.chooser = chosen;
        state = State.QUEUED;
        runner.execute(this::run);
    }

    private void run() {
        synchronized (this) {
            if (state != State.QUEUED) {
                return; // cleared while waiting
            }
            state = State.RUNNING;
        }
        BatchOptions batchOptions = BatchOptions.of(outDir).withThreads(options.threadsPerBatch()).withRules(chooser);
        ProgressListener listener = new ProgressListener() {
            @Override
            public void started(int files) {
                synchronized (WebBatch.this) {
                    total = files;
                }
            }

            @Override
            public void finished(FileOutcome outcome, int count, int all) {
                synchronized (WebBatch.this) {
                    done = Math.max(done, count);
                    lastFile = outcome.name();
                }
            }
        };
        try {
            BatchResult finished = new Batch(batchOptions, listener).run(List.of(inbox.toString()));
            String json = ResultsJson.of(this, finished);
            synchronized (this) {
                if (state == State.DELETED) {
                    return;
                }
                result = finished;
                resultsJson = json;
                state = State.DONE;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("batch {} failed", id, e);
            synchronized (this) {
                if (state != State.DELETED) {
                    failure = "批量评分失败 / batch failed: " + e.getMessage();
                    state = State.FAILED;
                }
            }
        } catch (OutOfMemoryError e) {
            synchronized (this) {
                failure = "内存不足，请分批评分，或以 JIXIAO_JAVA_OPTS=-Xmx2g 重新启动 / out of memory";
                state = State.FAILED;
            }
        }
        if (state() == State.DELETED) {
            Folders.deleteQuietly(dir); // cleared while running: the run's own files go now
        }
    }

    synchronized String rulesName() {
        return rulesName;
    }

    synchronized RuleSetChooser chooser() {
        return chooser;
    }

    String label() {
        return label;
    }

    Path outDir() {
        return outDir;
    }

    /** {"state", "done", "total", "file", "files", "bytes", "message"} as the page polls it. */
    synchronized Progress progress() {
        return new Progress(state, done, total, lastFile, fileCount(), bytes.get(), failure);
    }

    record Progress(State state, int done, int total, String file, int files, long bytes, String message) {
    }

    synchronized BatchResult result() {
        if (state != State.DONE) {
            throw WebError.conflict("NOT_READY", state == State.FAILED ? failure
                    : "评分尚未完成 / the batch has not finished");
        }
        return result;
    }

    synchronized String resultsJson() {
        result();
        return resultsJson;
    }

    /** The scored input at row index of the results, read and scored again for its findings; cached. */
    String detail(int index) throws IOException {
        FileOutcome.Scored scored = scoredRow(index);
        String cached = details.get(index);
        if (cached != null) {
            return cached;
        }
        String json = DetailJson.of(this, index, scored, scoredAgain(scored));
        details.put(index, json);
        return json;
    }

    /**
     * The 绩效自评报告 draft of row index (issue 17), as `jixiao report` writes it: drafted from the input read and
     * scored again, never kept on disk.
     */
    byte[] reportDraft(int index) throws IOException {
        FileOutcome.Scored scored = scoredRow(index);
        return ReportDraft.of(scoredAgain(scored), scored.name()).toDocx();
    }

    /** The name the draft of row index is downloaded under: its copy's name with the report's suffix. */
    String reportDraftName(int index) {
        String name = scoredRow(index).input().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ReportDraft.SUFFIX;
    }

    private FileOutcome.Scored scoredRow(int index) {
        BatchResult finished = result();
        if (index < 0 || index >= finished.outcomes().size()
                || !(finished.outcomes().get(index) instanceof FileOutcome.Scored scored)) {
            throw WebError.notFound();
        }
        return scored;
    }

    private List<ScoredEvaluation> scoredAgain(FileOutcome.Scored scored) {
        ReadOutcome read = new WorkbookReader(ReadOptions.DEFAULTS).read(scored.input());
        if (!(read instanceof SourceWorkbook source)) {
            throw WebError.notFound(); // the folder was cleared meanwhile
        }
        Scorer scorer = new Scorer(chooser());
        return source.evaluations().stream().map(scorer::score).toList();
    }

    /** The filled copy of row index. */
    Path copy(int index) {
        BatchResult finished = result();
        if (index < 0 || index >= finished.outcomes().size()
                || !(finished.outcomes().get(index) instanceof FileOutcome.Scored scored)
                || !Files.isRegularFile(scored.output())) {
            throw WebError.notFound();
        }
        return scored.output();
    }

    /** Deletes the batch's folder; a running batch's files go when its run ends. */
    void delete() {
        boolean running;
        synchronized (this) {
            running = state == State.RUNNING;
            state = State.DELETED;
        }
        if (!running) {
            Folders.deleteQuietly(dir);
        }
    }

    /** The summary files of a finished batch, by the names the page downloads them under. */
    Path summaryFile(String which) {
        BatchResult finished = result();
        return switch (which) {
            case "summary.xlsx" -> finished.summaryWorkbook();
            case "summary.csv" -> finished.summaryCsv();
            case "errors.csv" -> finished.errorsCsv();
            default -> throw WebError.notFound();
        };
    }

    static String downloadName(String which) {
        return switch (which) {
            case "summary.xlsx" -> Batch.SUMMARY_WORKBOOK;
            case "summary.csv" -> Batch.SUMMARY_CSV;
            case "errors.csv" -> Batch.ERRORS_CSV;
            default -> which;
        };
    }
}
