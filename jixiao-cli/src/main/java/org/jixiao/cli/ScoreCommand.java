package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.FillOptions;
import org.jixiao.write.FillResult;
import org.jixiao.write.OutputMarker;
import org.jixiao.write.WorkbookFiller;

/** {@code jixiao score IN.xlsx [-o OUT.xlsx] [--json]}: read, score, write the filled copy, report. */
final class ScoreCommand implements Command {

    private static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("OUT.xlsx")
            .desc("输出文件，默认为输入文件旁的 NAME.scored.xlsx；扩展名随输入内容（.xlsm 仍写 .xlsm，.xls 写 .xls）"
                    + " / output file (default NAME.scored.EXT beside the input, EXT the format of its content)")
            .get();
    private static final Option JSON = Option.builder().longOpt("json").desc("以 JSON 输出结果 / print one JSON document")
            .get();
    private static final Option NO_MARKS = Option.builder().longOpt("no-marks")
            .desc("不标注问题、不加批注和审核意见表，只写分数 / write a clean copy without review marks").get();

    private static final Spec SPEC = new Spec("score",
            "IN.xlsx [-o OUT.xlsx] [--rules PATH|NAME] [--rules-dir DIR] [--no-marks] [--json] [--max-part-mb MB] [-v]",
            List.of("为一个自评表工作簿评分并写出填好分数的副本 / score one workbook and write a filled copy.",
                    "退出码 exit codes: 0 已评分 scored, 1 无法写出 output not written, 2 用法错误或规则集无效 usage or invalid"
                            + " rules, 3 无法读取 unreadable."),
            List.of(new Parameter("IN.xlsx", "输入工作簿 (.xlsx / .xlsm / .xls，或 WPS 的 .et) / input workbook")),
            new Options().addOption(OUTPUT).addOption(RuleSources.RULES).addOption(RuleSources.RULES_DIR)
                    .addOption(NO_MARKS).addOption(JSON).addOption(MemoryOptions.MAX_PART_MB)
                    .addOption(MemoryOptions.MAX_SHEET_ROWS).addOption(MemoryOptions.MAX_SHEET_CELLS)
                    .addOption(Arguments.VERBOSE),
            1, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        Path input = arguments.positionalPath(0);
        if (Files.isDirectory(input)) {
            // the reader would only say "Is a directory"; a folder is what batch is for
            String dir = input.toString().matches(".*\\s.*") ? "\"" + input + "\"" : input.toString();
            err.println(input + " 是文件夹：批量评分请用 jixiao batch " + dir + " -o OUTDIR / is a folder: use jixiao batch "
                    + dir + " -o OUTDIR");
            return Main.EXIT_USAGE;
        }
        Optional<Path> output = arguments.path(OUTPUT);
        boolean json = arguments.has(JSON);
        boolean verbose = arguments.verbose();
        // read before resolving the rule set: the built-in one is meanwhile loading on the other core
        ReadOutcome outcome;
        try {
            outcome = new WorkbookReader(MemoryOptions.read(arguments, 1)).read(input);
        } catch (OutOfMemoryError e) {
            err.println("无法读取 / cannot read: " + input.getFileName() + ": 内存不足，文件过大；请用 JIXIAO_JAVA_OPTS=-Xmx2g"
                    + " 等加大内存 (TOO_LARGE: out of memory while reading)");
            return Main.EXIT_UNREADABLE;
        }
        Optional<RuleSetChooser> rules = RuleSources.chooser(arguments, err);
        if (rules.isEmpty()) {
            return Main.EXIT_USAGE;
        }
        Scorer scorer = new Scorer(rules.get());
        if (outcome instanceof ReadFailure failure) {
            err.println("无法读取 / cannot read: " + failure.message());
            if (json) {
                out.println(JsonReport.failure(failure));
            }
            return Main.EXIT_UNREADABLE;
        }
        SourceWorkbook source = (SourceWorkbook) outcome;
        noteWhenJixiaoWroteIt(source, err);
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
        Path target = output.orElseGet(() -> WorkbookFiller.defaultOutput(source));
        FillResult filled;
        try {
            filled = new WorkbookFiller().fill(source, scored, target,
                    arguments.has(NO_MARKS) ? FillOptions.CLEAN : FillOptions.DEFAULTS);
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
                : TextReport.of(source, scored, filled, verbose));
        return Main.EXIT_SCORED;
    }

    /**
     * A file named explicitly is scored even when jixiao wrote it (a batch leaves such files out), but the reviewer
     * is told: the figures in a filled copy are jixiao's recomputed ones, not what the department submitted.
     */
    private static void noteWhenJixiaoWroteIt(SourceWorkbook source, PrintWriter err) {
        Optional<String> marker;
        try (var content = source.openContent()) {
            marker = OutputMarker.find(content.readAllBytes());
        } catch (IOException e) {
            return;
        }
        marker.ifPresent(kind -> err.println("提示 note: " + source.file().getFileName() + " 是 jixiao 写出的文件（" + kind
                + "），其中的得分已是重算值，不是单位的原始填报；请对原始提交评分 / this file was written by jixiao:"
                + " score the department's original submission"));
    }
}
