package org.jixiao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.jixiao.batch.Batch;
import org.jixiao.batch.BatchOptions;
import org.jixiao.batch.ProgressListener;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOptions;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.WorkbookFiller;

/**
 * jixiao's entry point: reads a 绩效自评表 (.xlsx, .xlsm, .xls), recomputes every score, the subtotals, the total
 * and the grade under a rule set, says which submitted figures are wrong and where, and writes a filled copy; or
 * does all of it for a folder of submissions with a summary workbook.
 *
 * <pre>{@code
 * Jixiao jixiao = Jixiao.create();
 * WorkbookScore scored = jixiao.score(Path.of("自评表.xlsx"));
 * scored.sheets().forEach(s -> System.out.println(s.total() + " " + s.grade()));   // 92.44 优
 * jixiao.fill(scored, Path.of("自评表-评分.xlsx"));
 * }</pre>
 *
 * <p>A workbook that cannot be read, or a table with wrong figures, is a value, never an exception:
 * {@link WorkbookScore#failure()} and {@link SheetScore#problems()}. Exceptions are for I/O the caller must see
 * (writing the copy, reading a stream) and for programming errors.
 *
 * <p>Immutable and thread-safe: build one with the options you need and share it; each {@code with…} returns a
 * new instance.
 */
public final class Jixiao {

    private final RuleSelection rules;
    private final ReadLimits limits;
    private final CopyOptions copy;
    private final Scorer scorer;

    private Jixiao(RuleSelection rules, ReadLimits limits, CopyOptions copy) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.copy = Objects.requireNonNull(copy, "copy");
        this.scorer = new Scorer(rules.chooser());
    }

    /**
     * The built-in rule sets chosen per sheet, the default read limits, review marks in the copy.
     *
     * @return a new instance
     */
    public static Jixiao create() {
        return new Jixiao(RuleSelection.builtIn(), ReadLimits.defaults(), CopyOptions.DEFAULTS);
    }

    /**
     * The same, scoring with other rule sets.
     *
     * @param selection which rule set scores each sheet
     * @return a new instance
     */
    public Jixiao withRules(RuleSelection selection) {
        return new Jixiao(selection, limits, copy);
    }

    /**
     * The same, reading within other limits.
     *
     * @param readLimits what one workbook may cost
     * @return a new instance
     */
    public Jixiao withLimits(ReadLimits readLimits) {
        return new Jixiao(rules, readLimits, copy);
    }

    /**
     * The same, writing other filled copies.
     *
     * @param options what the copy carries
     * @return a new instance
     */
    public Jixiao withCopy(CopyOptions options) {
        return new Jixiao(rules, limits, options);
    }

    /**
     * The rule selection in use.
     *
     * @return the selection
     */
    public RuleSelection rules() {
        return rules;
    }

    /**
     * The read limits in use.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * The options of the filled copies.
     *
     * @return the options
     */
    public CopyOptions copy() {
        return copy;
    }

    /**
     * Reads and scores one workbook. Never throws for what is in the file: an unreadable one comes back with
     * {@link WorkbookScore#failure()} set.
     *
     * @param file an .xlsx, .xlsm or .xls (the content decides, not the name)
     * @return every table's score, or why the file could not be read
     */
    public WorkbookScore score(Path file) {
        Objects.requireNonNull(file, "file");
        return scored(new WorkbookReader(limits.toOptions()).read(file));
    }

    /**
     * Reads and scores a workbook from a stream (an upload, a database column). The stream is read to its end
     * (at most {@link ReadLimits#maxFileBytes()} bytes) and not closed.
     *
     * @param content the workbook's bytes
     * @param name    its file name, used in messages and for the default output name, e.g. {@code 化龙镇.xlsx}
     * @return every table's score, or why the content could not be read
     * @throws IOException              when the stream cannot be read
     * @throws IllegalArgumentException when {@code name} is not a file name this system accepts
     */
    public WorkbookScore score(InputStream content, String name) throws IOException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(name, "name");
        Path file = Path.of(name);
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        return scored(new WorkbookReader(limits.toOptions()).read(file, bytes));
    }

    /**
     * Writes a filled copy of a scored workbook: recomputed scores, totals and grades in their cells with the
     * 得分依据 beside them, a 评分说明 sheet, and (with review marks) the disagreeing submitted figures marked and
     * a 审核意见 sheet. Written to a temporary file and moved into place; the submitted file is never changed.
     *
     * @param scored what {@link #score} returned for a readable workbook
     * @param output where to write; same format as the input (.xlsx, .xlsm or .xls)
     * @return where it was written and how
     * @throws IOException              when the copy cannot be written
     * @throws IllegalArgumentException when the workbook could not be read, the output is the submitted file, or
     *                                  its extension is not the workbook's format's; the message says which
     */
    public FilledCopy fill(WorkbookScore scored, Path output) throws IOException {
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(output, "output");
        SourceWorkbook source = scored.source().orElseThrow(() -> new IllegalArgumentException(
                "无法写回未能读取的工作簿 / cannot fill a workbook that was not read: " + scored.file()));
        return FilledCopy.of(new WorkbookFiller().fill(source, scored.scoredEvaluations(), output, copy.toOptions()));
    }

    /**
     * Scores every workbook of the given files and folders (folders searched through for .xlsx, .xlsm, .xls and
     * .et) in parallel, writes each filled copy into the output folder and the summaries beside them. One bad
     * workbook never stops the rest: it is listed in {@link BatchSummary#failures()} and errors.csv.
     *
     * @param inputs   files and folders
     * @param settings output folder, threads, reuse
     * @return what was written and what failed
     * @throws IOException when the output folder or a summary file cannot be written
     */
    public BatchSummary batch(List<Path> inputs, BatchSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        BatchOptions options = BatchOptions.of(settings.outputFolder()).withThreads(settings.threads())
                .withForce(settings.reuse() == BatchSettings.Reuse.NONE).withRules(rules.chooser())
                .withFill(copy.toOptions()).withTimeLimit(settings.timeLimitPerFile());
        ReadLimits defaults = ReadLimits.defaults();
        if (!limits.equals(defaults)) {
            // part and sheet bounds left at their defaults stay fitted to the batch's workers sharing the heap
            boolean defaultBounds = limits.maxPartBytes() == defaults.maxPartBytes()
                    && limits.maxSheetRows() == defaults.maxSheetRows()
                    && limits.maxSheetCells() == defaults.maxSheetCells();
            ReadOptions chosen = limits.toOptions();
            options = options.withRead(defaultBounds ? chosen.withMemory(options.read().memory()) : chosen);
        }
        Batch batch = new Batch(options, ProgressListener.NONE);
        return BatchSummary.of(batch.run(inputs.stream().map(Path::toString).toList()));
    }

    private WorkbookScore scored(ReadOutcome outcome) {
        if (outcome instanceof ReadFailure failure) {
            return WorkbookScore.unreadable(failure);
        }
        SourceWorkbook source = (SourceWorkbook) outcome;
        List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
        return WorkbookScore.scored(source, scored);
    }

    @Override
    public String toString() {
        return "Jixiao[" + rules + ", " + limits + ", " + copy + "]";
    }
}
