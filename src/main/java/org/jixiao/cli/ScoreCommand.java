package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.rules.RuleSet;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.FillOptions;
import org.jixiao.write.FillResult;
import org.jixiao.write.WorkbookFiller;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao score IN.xlsx [-o OUT.xlsx] [--json]}: read, score, write the filled copy, report. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"为一个自评表工作簿评分并写出填好分数的副本 / score one workbook and write a filled copy.",
                "退出码 exit codes: 0 已评分 scored, 1 无法写出 output not written, 2 用法错误或规则集无效 usage or invalid rules,"
                        + " 3 无法读取 unreadable."})
final class ScoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN.xlsx", description = "输入工作簿 (.xlsx / .xls) / input workbook")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.xlsx",
            description = "输出文件，默认为输入文件旁的 NAME.scored.xlsx / output file (default NAME.scored.EXT beside the input)")
    Path output;

    @Option(names = "--json", description = "以 JSON 输出结果 / print one JSON document")
    boolean json;

    @Option(names = "--rules", paramLabel = "PATH|NAME",
            description = "评分规则集：内置名称或文件夹/.xlsx，默认 national-project-2020 / rule set: built-in name, folder or .xlsx")
    String rules;

    @Option(names = "--no-marks", description = "不标注问题、不加批注和审核意见表，只写分数 / write a clean copy without review marks")
    boolean noMarks;

    @Option(names = {"-v", "--verbose"}, description = "输出调试日志与异常堆栈 / debug logging and stack traces")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<RuleSet> ruleSet = RuleSources.resolve(rules, err);
        if (ruleSet.isEmpty()) {
            return Main.EXIT_USAGE;
        }
        Scorer scorer = new Scorer(ruleSet.get());
        ReadOutcome outcome = new WorkbookReader().read(input);
        if (outcome instanceof ReadFailure failure) {
            err.println("无法读取 / cannot read: " + failure.message());
            if (json) {
                out.println(JsonReport.failure(failure));
            }
            return Main.EXIT_UNREADABLE;
        }
        SourceWorkbook source = (SourceWorkbook) outcome;
        List<ScoredEvaluation> scored;
        try {
            scored = source.evaluations().stream().map(scorer::score).toList();
        } catch (RuntimeException e) {
            err.println("评分时发生内部错误 / internal error while scoring " + input + ": " + e);
            if (verbose) {
                e.printStackTrace(err);
            }
            return Main.EXIT_WRITE_FAILED;
        }
        Path target = output != null ? output : WorkbookFiller.defaultOutput(source);
        FillResult filled;
        try {
            filled = new WorkbookFiller().fill(source, scored, target, noMarks ? FillOptions.CLEAN : FillOptions.DEFAULTS);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.EXIT_USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("无法写出 / cannot write " + target + ": " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return Main.EXIT_WRITE_FAILED;
        }
        out.print(json ? JsonReport.of(source, scored, filled) + System.lineSeparator()
                : TextReport.of(source, scored, filled));
        out.flush();
        return Main.EXIT_SCORED;
    }
}
