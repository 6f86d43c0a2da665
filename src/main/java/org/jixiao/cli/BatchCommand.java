package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.jixiao.batch.Batch;
import org.jixiao.batch.BatchOptions;
import org.jixiao.batch.BatchResult;
import org.jixiao.batch.FileOutcome;
import org.jixiao.batch.ProgressListener;
import org.jixiao.batch.SummaryRow;
import org.jixiao.rules.RuleSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao batch INPUT... -o OUTDIR [--rules R] [--threads N] [--force] [--quiet]}. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"批量评分：文件、文件夹（递归）或通配符，输出填好的副本与汇总 / score many workbooks with a summary.",
                "退出码 exit codes: 0 全部已评分 all scored, 2 用法错误 usage, 4 部分文件无法评分 some files failed."})
final class BatchCommand implements Callable<Integer> {

    static final int EXIT_SOME_FAILED = 4;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "工作簿、文件夹或通配符 / files, folders or globs")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "输出文件夹 / output folder")
    Path outDir;

    @Option(names = "--rules", paramLabel = "PATH|NAME", description = "评分规则集 / rule set (default national-project-2020)")
    String rules;

    @Option(names = "--threads", paramLabel = "N", description = "并行线程数，默认为处理器核数 / worker threads (default: cores)")
    Integer threads;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "每个文件的处理时限（秒），默认 120 / per-file time limit")
    Integer timeLimit;

    @Option(names = "--force", description = "重新评分所有文件，即使输出已是最新 / re-score up-to-date outputs")
    boolean force;

    @Option(names = "--quiet", description = "不显示进度与汇总说明 / no progress and no closing summary")
    boolean quiet;

    @Option(names = "--no-marks", description = "副本不加问题标注与批注 / clean copies without review marks")
    boolean noMarks;

    @Option(names = {"-v", "--verbose"}, description = "调试日志 / debug logging")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BatchOptions options = BatchOptions.of(outDir).withForce(force)
                .withFill(noMarks ? org.jixiao.write.FillOptions.CLEAN : org.jixiao.write.FillOptions.DEFAULTS);
        if (timeLimit != null) {
            if (timeLimit < 1) {
                err.println("--time-limit 应为正整数秒 / must be at least 1 second");
                return Main.EXIT_USAGE;
            }
            options = options.withTimeLimit(java.time.Duration.ofSeconds(timeLimit));
        }
        if (threads != null) {
            if (threads < 1) {
                err.println("--threads 应为正整数 / must be at least 1");
                return Main.EXIT_USAGE;
            }
            options = options.withThreads(threads);
        }
        Optional<RuleSet> ruleSet = RuleSources.resolve(rules, err);
        if (ruleSet.isEmpty()) {
            return Main.EXIT_USAGE;
        }
        options = options.withRules(ruleSet.get());
        ProgressListener progress = quiet ? ProgressListener.NONE : new ConsoleProgress(err, System.console() != null);
        BatchResult result;
        try {
            result = new Batch(options, progress).run(inputs);
        } catch (OutOfMemoryError e) {
            err.println("内存不足，请用 JIXIAO_JAVA_OPTS=-Xmx1g 等加大内存后重跑（已完成的文件会沿用） / out of memory");
            return Main.EXIT_WRITE_FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("批量评分失败 / batch failed: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return Main.EXIT_WRITE_FAILED;
        }
        if (!quiet) {
            err.println(paragraph(result));
        }
        err.flush();
        return result.allScored() ? Main.EXIT_SCORED : EXIT_SOME_FAILED;
    }

    private static String paragraph(BatchResult result) {
        List<SummaryRow> rows = result.rows();
        Map<String, Integer> grades = new TreeMap<>();
        rows.forEach(r -> grades.merge(r.grade(), 1, Integer::sum));
        long reused = result.outcomes().stream().filter(o -> o instanceof FileOutcome.Scored s && s.reused()).count();
        StringBuilder s = new StringBuilder();
        s.append("共 ").append(result.outcomes().size()).append(" 个文件，评分 ").append(rows.size()).append(" 张评价表");
        if (reused > 0) {
            s.append("（其中 ").append(reused).append(" 个文件未变化，沿用上次结果）");
        }
        s.append("，").append(result.failures().size()).append(" 个文件无法评分；等级：");
        grades.forEach((g, n) -> s.append(g).append(' ').append(n).append("  "));
        s.append("用时 ").append(String.format("%.1f", result.elapsed().toMillis() / 1000.0)).append(" 秒。\n");
        s.append(result.outcomes().size()).append(" files, ").append(rows.size()).append(" evaluations, ")
                .append(result.failures().size()).append(" failed. 汇总: ").append(result.summaryWorkbook());
        if (!result.failures().isEmpty()) {
            s.append("\n无法评分的文件见 / failures listed in ").append(result.errorsCsv());
        }
        return s.toString();
    }
}
