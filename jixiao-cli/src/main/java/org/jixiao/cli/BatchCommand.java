package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.jixiao.batch.Batch;
import org.jixiao.batch.BatchOptions;
import org.jixiao.batch.BatchResult;
import org.jixiao.batch.FileOutcome;
import org.jixiao.batch.ProgressListener;
import org.jixiao.batch.SummaryRow;
import org.jixiao.report.ReportDraft;
import org.jixiao.rules.RuleSetChooser;

/** {@code jixiao batch INPUT... -o OUTDIR [--rules R] [--threads N] [--force] [--quiet]}. */
final class BatchCommand implements Command {

    static final int EXIT_SOME_FAILED = 4;

    private static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("OUTDIR")
            .desc("输出文件夹（必需） / output folder (required)").get();
    private static final Option THREADS = Option.builder().longOpt("threads").hasArg().argName("N")
            .desc("并行线程数，默认为处理器核数 / worker threads (default: cores)").get();
    private static final Option TIME_LIMIT = Option.builder().longOpt("time-limit").hasArg().argName("SECONDS")
            .desc("每个文件的处理时限（秒），默认 120 / per-file time limit").get();
    private static final Option FORCE = Option.builder().longOpt("force")
            .desc("重新评分所有文件，即使输出已是最新 / re-score up-to-date outputs").get();
    private static final Option QUIET = Option.builder().longOpt("quiet")
            .desc("不显示进度与汇总说明 / no progress and no closing summary").get();
    private static final Option NO_MARKS = Option.builder().longOpt("no-marks")
            .desc("副本不加问题标注与批注 / clean copies without review marks").get();
    private static final Option REPORTS = Option.builder().longOpt("reports")
            .desc("在每个副本旁写出自评报告草稿 NAME.自评报告.docx，并写出 " + ReportDraft.SUMMARY_NAME
                    + " / also draft each 自评报告 beside its copy and a bureau-level summary report").get();

    private static final Spec SPEC = new Spec("batch",
            "INPUT... -o OUTDIR [--rules R] [--rules-dir DIR] [--threads N] [--time-limit S] [--force] [--no-marks] [--reports]"
                    + " [--max-part-mb MB] [--quiet] [-v]",
            List.of("批量评分：文件、文件夹（递归）或通配符，输出填好的副本与汇总 / score many workbooks with a summary.",
                    "退出码 exit codes: 0 全部已评分 all scored, 2 用法错误 usage, 4 部分文件无法评分 some files failed."),
            List.of(new Parameter("INPUT...", "工作簿、文件夹（查找 .xlsx/.xlsm/.xls/.et）或通配符 / files, folders or globs")),
            new Options().addOption(OUTPUT).addOption(RuleSources.RULES).addOption(RuleSources.RULES_DIR)
                    .addOption(THREADS).addOption(TIME_LIMIT)
                    .addOption(FORCE).addOption(NO_MARKS).addOption(REPORTS).addOption(MemoryOptions.MAX_PART_MB)
                    .addOption(MemoryOptions.MAX_SHEET_ROWS).addOption(MemoryOptions.MAX_SHEET_CELLS).addOption(QUIET)
                    .addOption(Arguments.VERBOSE),
            1, Integer.MAX_VALUE);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        Path outDir = arguments.requiredPath(OUTPUT);
        Optional<String> unusable = Batch.outputFolderProblem(outDir);
        if (unusable.isPresent()) {
            err.println(unusable.get());
            return Main.EXIT_USAGE;
        }
        boolean quiet = arguments.has(QUIET);
        BatchOptions options = BatchOptions.of(outDir).withForce(arguments.has(FORCE))
                .withFill(arguments.has(NO_MARKS) ? org.jixiao.write.FillOptions.CLEAN : org.jixiao.write.FillOptions.DEFAULTS);
        OptionalInt timeLimit = arguments.integer(TIME_LIMIT);
        if (timeLimit.isPresent()) {
            if (timeLimit.getAsInt() < 1) {
                throw new ParseException("--time-limit 应为正整数秒 / must be at least 1 second");
            }
            options = options.withTimeLimit(java.time.Duration.ofSeconds(timeLimit.getAsInt()));
        }
        OptionalInt threads = arguments.integer(THREADS);
        if (threads.isPresent()) {
            if (threads.getAsInt() < 1) {
                throw new ParseException("--threads 应为正整数 / must be at least 1");
            }
            options = options.withThreads(threads.getAsInt());
        }
        options = options.withRead(MemoryOptions.read(arguments, options.threads()));
        Optional<RuleSetChooser> rules = RuleSources.chooser(arguments, err);
        if (rules.isEmpty()) {
            return Main.EXIT_USAGE;
        }
        options = options.withRules(rules.get());
        ProgressListener progress = quiet ? ProgressListener.NONE : new ConsoleProgress(err, System.console() != null);
        BatchResult result;
        try {
            boolean reports = arguments.has(REPORTS);
            result = new Batch(options, progress, reports ? Optional.of(ReportDraft.besideEachCopy()) : Optional.empty())
                    .run(arguments.positional());
            if (reports) {
                Path summary = outDir.resolve(ReportDraft.SUMMARY_NAME);
                ReportDraft.summaryOf(result, String.valueOf(outDir.toAbsolutePath().normalize().getFileName()))
                        .write(summary);
            }
        } catch (OutOfMemoryError e) {
            err.println("内存不足，请用 JIXIAO_JAVA_OPTS=-Xmx1g 等加大内存后重跑（已完成的文件会沿用） / out of memory");
            return Main.EXIT_WRITE_FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("批量评分失败 / batch failed: " + e.getMessage());
            if (arguments.verbose()) {
                e.printStackTrace(err);
            }
            return Main.EXIT_WRITE_FAILED;
        }
        if (!quiet) {
            err.println(paragraph(result));
            if (arguments.has(REPORTS)) {
                err.println("自评报告草稿在各副本旁，汇总报告 / drafts beside the copies, summary report: "
                        + outDir.resolve(ReportDraft.SUMMARY_NAME));
            }
        }
        return result.allScored() ? Main.EXIT_SCORED : EXIT_SOME_FAILED;
    }

    private static String paragraph(BatchResult result) {
        List<SummaryRow> rows = result.rows();
        Map<String, Integer> grades = new TreeMap<>();
        rows.forEach(r -> grades.merge(r.grade(), 1, Integer::sum));
        long reused = result.outcomes().stream().filter(o -> o instanceof FileOutcome.Scored s && s.reused()).count();
        int skipped = result.skipped().size();
        int files = result.outcomes().size() - skipped;
        StringBuilder s = new StringBuilder();
        s.append("共 ").append(files).append(" 个文件，评分 ").append(rows.size()).append(" 张评价表");
        if (reused > 0) {
            s.append("（其中 ").append(reused).append(" 个文件未变化，沿用上次结果）");
        }
        s.append("，").append(result.failures().size()).append(" 个文件无法评分");
        if (skipped > 0) {
            s.append("，跳过 ").append(skipped).append(" 个 jixiao 输出文件");
        }
        s.append("；等级：");
        grades.forEach((g, n) -> s.append(g).append(' ').append(n).append("  "));
        s.append("用时 ").append(String.format("%.1f", result.elapsed().toMillis() / 1000.0)).append(" 秒。\n");
        s.append(files).append(" files, ").append(rows.size()).append(" evaluations, ")
                .append(result.failures().size()).append(" failed");
        if (skipped > 0) {
            s.append(", ").append(skipped).append(" jixiao output files skipped");
        }
        s.append(". 汇总: ").append(result.summaryWorkbook());
        if (!result.failures().isEmpty()) {
            s.append("\n无法评分的文件见 / failures listed in ").append(result.errorsCsv());
        }
        return s.toString();
    }
}
