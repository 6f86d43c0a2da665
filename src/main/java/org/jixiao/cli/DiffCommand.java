package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.EvaluationDiff;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao diff A.xlsx B.xlsx [-o diff.csv]}: what changed between two versions of an evaluation (复核). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "比较同一评价表的两个版本（如单位报送稿与复核稿）/ compare two versions of an evaluation")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A.xlsx", description = "原版本 / before")
    Path before;

    @Parameters(index = "1", paramLabel = "B.xlsx", description = "新版本 / after")
    Path after;

    @Option(names = {"-o", "--output"}, paramLabel = "DIFF.csv", description = "把差异写成 CSV / write the differences as CSV")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkbookReader reader = new WorkbookReader();
        ReadOutcome a = reader.read(before);
        ReadOutcome b = reader.read(after);
        for (ReadOutcome outcome : List.of(a, b)) {
            if (outcome instanceof ReadFailure failure) {
                err.println("无法读取 / cannot read: " + failure.message());
                return Main.EXIT_UNREADABLE;
            }
        }
        Scorer scorer = new Scorer();
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
        if (output != null) {
            try {
                byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(output, o -> o.write(bytes));
                out.println("已写出 written: " + output);
            } catch (IOException e) {
                err.println("无法写出 / cannot write " + output + ": " + e.getMessage());
                return Main.EXIT_WRITE_FAILED;
            }
        }
        out.flush();
        return Main.EXIT_SCORED;
    }
}
