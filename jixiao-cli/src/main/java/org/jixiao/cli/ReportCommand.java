package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.report.ReportDraft;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;

/** {@code jixiao report IN.xlsx [-o 自评报告.docx] [--rules R]}: score the workbook and draft its 自评报告. */
final class ReportCommand implements Command {

    private static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("自评报告.docx")
            .desc("输出的 Word 文档，默认为输入文件旁的 NAME.自评报告.docx / the .docx to write (default NAME.自评报告.docx"
                    + " beside the input)")
            .get();

    private static final Spec SPEC = new Spec("report",
            "IN.xlsx [-o 自评报告.docx] [--rules PATH|NAME] [--rules-dir DIR] [-v]",
            List.of("根据评分结果起草绩效自评报告（Word .docx）/ draft the 绩效自评报告 as a .docx from the scored workbook.",
                    "数字取自评价表并按评分规则重新计算；需要单位补充的内容以标黄的【请填写：…】标出。/ Figures come from the"
                            + " table as recomputed; what a table cannot know is left as highlighted placeholders.",
                    "退出码 exit codes: 0 已写出 written, 1 无法写出 not written, 2 用法错误 usage, 3 无法读取 unreadable."),
            List.of(new Parameter("IN.xlsx", "评价表工作簿 (.xlsx / .xlsm / .xls / .et) / the evaluation workbook")),
            new Options().addOption(OUTPUT).addOption(RuleSources.RULES).addOption(RuleSources.RULES_DIR)
                    .addOption(Arguments.VERBOSE),
            1, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        Path input = arguments.positionalPath(0);
        Optional<Path> output = arguments.path(OUTPUT);
        if (output.isPresent() && !output.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            err.println("输出文件应以 .docx 结尾 / the output must be a .docx: " + output.get());
            return Main.EXIT_USAGE;
        }
        if (Files.isDirectory(input)) {
            err.println(input + " 是文件夹：批量起草请用 jixiao batch " + input + " -o OUTDIR --reports / is a folder");
            return Main.EXIT_USAGE;
        }
        ReadOutcome outcome = new WorkbookReader().read(input);
        Optional<RuleSetChooser> rules = RuleSources.chooser(arguments, err);
        if (rules.isEmpty()) {
            return Main.EXIT_USAGE;
        }
        if (outcome instanceof ReadFailure failure) {
            err.println("无法读取 / cannot read: " + failure.message());
            return Main.EXIT_UNREADABLE;
        }
        SourceWorkbook source = (SourceWorkbook) outcome;
        Scorer scorer = new Scorer(rules.get());
        List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
        Path target = output.orElseGet(() -> ReportDraft.defaultOutput(input));
        try {
            ReportDraft.of(scored, String.valueOf(input.getFileName())).write(target);
        } catch (IOException | RuntimeException e) {
            err.println("无法写出 / cannot write " + target + ": " + e.getMessage());
            if (arguments.verbose()) {
                e.printStackTrace(err);
            }
            return Main.EXIT_WRITE_FAILED;
        }
        for (ScoredEvaluation s : scored) {
            var e = s.evaluation();
            out.println("表 sheet: " + e.sheet() + "（" + e.kind().chinese() + "）  总分 total: " + s.total().toPlainString()
                    + "  等级 grade: " + s.grade());
        }
        out.println("已写出自评报告草稿 / draft written: " + target);
        out.println("标黄的【请填写：…】处需由单位补充 / fill in the highlighted 【请填写：…】 placeholders");
        return Main.EXIT_SCORED;
    }
}
