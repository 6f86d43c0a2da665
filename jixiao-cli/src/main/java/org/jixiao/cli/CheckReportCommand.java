package org.jixiao.cli;

import java.io.PrintWriter;
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
import org.jixiao.report.ReportCheck;
import org.jixiao.report.ReportCheckResult;
import org.jixiao.report.ReportComparison;
import org.jixiao.report.ReportFinding;
import org.jixiao.report.ReportReading;
import org.jixiao.report.ReportText;
import org.jixiao.report.StatedFigure;
import org.jixiao.report.UnreadableReport;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;

/**
 * {@code jixiao check-report REPORT.(docx|txt) [--against IN.xlsx] [--json]}: the figures a 自评报告 states, its
 * own arithmetic, and with --against each figure against the table. Exit 0 consistent, 6 inconsistent,
 * 3 unreadable.
 */
final class CheckReportCommand implements Command {

    static final int EXIT_INCONSISTENT = 6;

    private static final Option AGAINST = Option.builder().longOpt("against").hasArg().argName("IN.xlsx")
            .desc("与评价表比较：报告中的每个数字与表中数字及重新计算的总分、等级比较 / compare with the table and its"
                    + " recomputed total")
            .get();
    private static final Option JSON = Option.builder().longOpt("json").desc("以 JSON 输出结果 / print one JSON document")
            .get();

    private static final Spec SPEC = new Spec("check-report",
            "REPORT.(docx|txt) [--against IN.xlsx] [--rules PATH|NAME] [--rules-dir DIR] [--json]",
            List.of("检查绩效自评报告中的数字：预算数、执行数、执行率、自评得分与等级是否自洽、是否与评价表一致 / check the"
                            + " figures a 自评报告 states, by themselves and against the table.",
                    "读取 .docx（段落与表格）或文本文件（UTF-8 或 GBK）。/ Reads .docx (paragraphs and tables) or plain text"
                            + " (UTF-8 or GBK).",
                    "退出码 exit codes: 0 一致 consistent, 2 用法错误 usage, 3 无法读取 unreadable, 6 发现不一致"
                            + " inconsistencies found."),
            List.of(new Parameter("REPORT", "自评报告 .docx 或 .txt / the report")),
            new Options().addOption(AGAINST).addOption(RuleSources.RULES).addOption(RuleSources.RULES_DIR)
                    .addOption(JSON),
            1, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        Path file = arguments.positionalPath(0);
        boolean json = arguments.has(JSON);
        ReportCheck check = new ReportCheck();
        ReportReading reading = check.read(file);
        if (reading instanceof UnreadableReport unreadable) {
            err.println("无法读取 / cannot read: " + unreadable);
            if (json) {
                out.println(CheckReportJson.failure(file, unreadable.code(), unreadable.message()));
            }
            return Main.EXIT_UNREADABLE;
        }
        ReportText report = (ReportText) reading;
        ReportCheckResult result;
        Optional<Path> against = arguments.path(AGAINST);
        if (against.isPresent()) {
            ReadOutcome outcome = new WorkbookReader().read(against.get());
            Optional<RuleSetChooser> rules = RuleSources.chooser(arguments, err);
            if (rules.isEmpty()) {
                return Main.EXIT_USAGE;
            }
            if (outcome instanceof ReadFailure failure) {
                err.println("无法读取 / cannot read: " + failure.message());
                if (json) {
                    out.println(CheckReportJson.failure(against.get(), failure.reason().name(), failure.message()));
                }
                return Main.EXIT_UNREADABLE;
            }
            SourceWorkbook source = (SourceWorkbook) outcome;
            Scorer scorer = new Scorer(rules.get());
            List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
            result = check.check(report, source, scored);
        } else {
            result = check.check(report);
        }
        out.print(json ? CheckReportJson.of(result) + System.lineSeparator() : text(result));
        return result.consistent() ? Main.EXIT_SCORED : EXIT_INCONSISTENT;
    }

    static String text(ReportCheckResult result) {
        StringBuilder s = new StringBuilder();
        s.append("报告 report: ").append(result.file()).append("（").append(result.format().equals("docx") ? "Word .docx"
                : "文本 text, " + result.encoding()).append("）\n");
        s.append("找到的数字 figures found: ").append(result.figures().size()).append('\n');
        for (StatedFigure f : result.figures()) {
            s.append("  ").append(TextReport.pad(f.kind().chinese() + " " + f.kind().id(), 20))
                    .append(TextReport.pad(f.shown(), 16)).append(f.location());
            if (f.part()) {
                s.append("  （分项，不比较 / a part, not compared）");
            }
            s.append('\n').append("      「").append(excerpt(f.excerpt())).append("」\n");
        }
        print(s, "报告自身的计算 the report's own arithmetic:", result.comparisons().stream()
                .filter(c -> !c.check().equals("table")).toList());
        result.against().ifPresent(a -> print(s, "与评价表比较 against " + a + ":", result.comparisons().stream()
                .filter(c -> c.check().equals("table")).toList()));
        List<ReportFinding> findings = result.findings();
        if (!findings.isEmpty()) {
            s.append("发现 findings:\n");
            findings.forEach(f -> s.append("  ").append(f).append('\n'));
        }
        int n = result.inconsistencies().size();
        s.append(result.consistent() ? "结论 result: 一致 / consistent\n"
                : "结论 result: 发现 " + n + " 处不一致 / " + n + " inconsistenc" + (n == 1 ? "y" : "ies") + " found\n");
        return s.toString();
    }

    private static void print(StringBuilder s, String title, List<ReportComparison> comparisons) {
        s.append(title).append('\n');
        if (comparisons.isEmpty()) {
            s.append("  （无可核对的数字 / nothing to check）\n");
        }
        for (ReportComparison c : comparisons) {
            s.append("  ").append(c.consistent() ? "✓ " : "✗ ").append(c.message());
            c.location().ifPresent(l -> s.append("  [").append(l).append(c.cell().map(cell -> " ↔ " + cell).orElse(""))
                    .append(']'));
            s.append('\n');
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
