package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.score.EvaluationDiff;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.AtomicFiles;

/** {@code jixiao diff A.xlsx B.xlsx [-o diff.csv]}: what changed between two versions of an evaluation (复核). */
final class DiffCommand implements Command {

    private static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("DIFF.csv")
            .desc("把差异写成 CSV / write the differences as CSV").get();

    private static final Spec SPEC = new Spec("diff", "A.xlsx B.xlsx [-o DIFF.csv] [--rules PATH|NAME] [--rules-dir DIR]",
            List.of("比较同一评价表的两个版本（如单位报送稿与复核稿）/ compare two versions of an evaluation",
                    "两个版本各按其指标选择规则集；所选不同时列为一处差异 / each version's rule set is chosen for its"
                            + " sheets; a different choice is listed as a difference."),
            List.of(new Parameter("A.xlsx", "原版本 / before"), new Parameter("B.xlsx", "新版本 / after")),
            new Options().addOption(OUTPUT).addOption(RuleSources.RULES).addOption(RuleSources.RULES_DIR), 2, 2);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        Path before = arguments.positionalPath(0);
        Path after = arguments.positionalPath(1);
        Optional<Path> output = arguments.path(OUTPUT);
        WorkbookReader reader = new WorkbookReader();
        ReadOutcome a = reader.read(before);
        ReadOutcome b = reader.read(after);
        for (ReadOutcome outcome : List.of(a, b)) {
            if (outcome instanceof ReadFailure failure) {
                err.println("无法读取 / cannot read: " + failure.message());
                return Main.EXIT_UNREADABLE;
            }
        }
        Optional<RuleSetChooser> rules = RuleSources.chooser(arguments, err);
        if (rules.isEmpty()) {
            return Main.EXIT_USAGE;
        }
        Scorer scorer = new Scorer(rules.get());
        List<ScoredEvaluation> x = ((SourceWorkbook) a).evaluations().stream().map(scorer::score).toList();
        List<ScoredEvaluation> y = ((SourceWorkbook) b).evaluations().stream().map(scorer::score).toList();
        StringWriter csv = new StringWriter();
        csv.write('\uFEFF');
        int count = 0;
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord("表", "指标", "项目", "原值", "新值", "原单元格", "新单元格");
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                if (i >= x.size() || i >= y.size()) {
                    out.println("第" + (i + 1) + "张评价表只在一个版本中 / only in one version");
                    continue;
                }
                String sheet = x.get(i).evaluation().sheet();
                out.println("表 sheet: " + sheet + (sheet.equals(y.get(i).evaluation().sheet()) ? ""
                        : " ↔ " + y.get(i).evaluation().sheet()));
                out.println("  规则集 rules: " + x.get(i).ruleChoice().describe());
                for (EvaluationDiff.Difference d : EvaluationDiff.between(x.get(i), y.get(i))) {
                    count++;
                    out.printf("  %s  %s: %s → %s%n", d.item(), d.field(), d.before().isEmpty() ? "（空）" : d.before(),
                            d.after().isEmpty() ? "（空）" : d.after());
                    printer.printRecord(sheet, d.item(), d.field(), d.before(), d.after(),
                            d.cellBefore().map(Object::toString).orElse(""), d.cellAfter().map(Object::toString).orElse(""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        out.println("共 " + count + " 处差异 / " + count + " difference(s)");
        if (output.isPresent()) {
            try {
                byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(output.get(), o -> o.write(bytes));
                out.println("已写出 written: " + output.get());
            } catch (IOException e) {
                err.println("无法写出 / cannot write " + output.get() + ": " + e.getMessage());
                return Main.EXIT_WRITE_FAILED;
            }
        }
        return Main.EXIT_SCORED;
    }
}
