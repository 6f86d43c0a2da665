package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.Samples;
import org.jixiao.TestSheets;
import org.jixiao.read.SpreadsheetFormat;
import org.jixiao.samples.MacroWorkbooks;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated folder of 200 national-template workbooks in nested folders plus planted broken files: every good
 * one in the summary with its total worked out from the two figures that vary, every bad one in errors.csv with
 * its reason, identical summaries for 1 and 2 threads, a resumed run equal to a clean one, and statistics
 * checked against values computed here.
 */
class BatchTest {

    private static final int GOOD = 200;
    private static final Map<String, BigDecimal> EXPECTED = new HashMap<>();
    private static final Map<String, String> BROKEN = Map.of(
            "broken/empty.xlsx", "EMPTY_FILE",
            "broken/notes.xlsx", "NOT_OFFICE_FILE",
            "broken/web-export.xls", "HTML_DISGUISED",
            "broken/xml2003.xls", "SPREADSHEETML_2003",
            "broken/truncated.xlsx", "TRUNCATED",
            "broken/no-table.xlsx", "NO_EVALUATION_TABLE");

    @TempDir
    static Path root;
    static Path inputs;
    static BatchResult twoThreads;
    static Path outTwo;
    static Map<Path, String> inputHashes;

    @BeforeAll
    static void generate() throws IOException {
        inputs = root.resolve("inputs");
        for (int i = 0; i < GOOD; i++) {
            double executed = 150 + (i * 7) % 90;
            int trained = 300 + (i * 13) % 300;
            String name = "dept-" + (i % 10) + "/project-" + String.format("%03d", i) + ".xlsx";
            Path file = inputs.resolve(name);
            Files.createDirectories(file.getParent());
            SampleWorkbooks.writeProjectVariant(file, executed, trained);
            // 10 × min(1, 执行/220) + 8 × min(1, 培训/500) + 79.53 for the rows that never change
            BigDecimal budget = BigDecimal.TEN.multiply(BigDecimal.ONE.min(BigDecimal.valueOf(executed)
                    .divide(BigDecimal.valueOf(220), 20, RoundingMode.HALF_UP))).setScale(2, RoundingMode.HALF_UP);
            BigDecimal training = BigDecimal.valueOf(8).multiply(BigDecimal.ONE.min(BigDecimal.valueOf(trained)
                    .divide(BigDecimal.valueOf(500), 20, RoundingMode.HALF_UP))).setScale(2, RoundingMode.HALF_UP);
            EXPECTED.put(name, budget.add(training).add(new BigDecimal("79.53")));
        }
        Path broken = Files.createDirectories(inputs.resolve("broken"));
        Files.write(broken.resolve("empty.xlsx"), new byte[0]);
        Files.writeString(broken.resolve("notes.xlsx"), "不是工作簿");
        Files.writeString(broken.resolve("web-export.xls"), "<html><table><tr><td>得分</td></tr></table></html>");
        Files.writeString(broken.resolve("xml2003.xls"), "<?xml version=\"1.0\"?>\n<Workbook xmlns="
                + "\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>");
        byte[] clean = Files.readAllBytes(Samples.DIR.resolve(SampleWorkbooks.CLEAN));
        Files.write(broken.resolve("truncated.xlsx"), Arrays.copyOf(clean, clean.length / 3));
        TestSheets.xlsx().sheet("Sheet1", new Object[][] {{"预算公开表"}, {"项目", "金额"}})
                .save(broken.resolve("no-table.xlsx"));
        Files.writeString(inputs.resolve("~$project-000.xlsx"), "Office lock file, not an input");
        inputHashes = hashes(inputs);
        outTwo = root.resolve("out-2");
        twoThreads = new Batch(BatchOptions.of(outTwo).withThreads(2), ProgressListener.NONE)
                .run(List.of(inputs.toString()));
    }

    @Test
    void everyGoodFileIsInTheSummaryWithTheRightTotal() throws IOException {
        List<CSVRecord> rows = csv(outTwo.resolve("summary.csv"));
        assertThat(rows).hasSize(GOOD);
        for (CSVRecord row : rows) {
            assertThat(EXPECTED).containsKey(row.get("文件"));
            assertThat(new BigDecimal(row.get("总分"))).as(row.get("文件"))
                    .isEqualByComparingTo(EXPECTED.get(row.get("文件")));
        }
        assertThat(Files.exists(outTwo.resolve("dept-3/project-013.xlsx"))).isTrue();
        assertThat(Samples.score(Samples.read(outTwo.resolve("dept-3/project-013.xlsx"))).get(0).evaluation()
                .reportedTotal().orElseThrow()).isEqualByComparingTo(EXPECTED.get("dept-3/project-013.xlsx"));
    }

    @Test
    void everyBrokenFileIsInErrorsCsvWithItsReason() throws IOException {
        Map<String, String> errors = new HashMap<>();
        csv(outTwo.resolve("errors.csv")).forEach(r -> errors.put(r.get("文件"), r.get("原因代码")));
        assertThat(errors).isEqualTo(BROKEN);
        assertThat(twoThreads.failures()).hasSize(BROKEN.size());
        assertThat(twoThreads.allScored()).isFalse();
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalSummaries() throws IOException {
        Path outOne = root.resolve("out-1");
        new Batch(BatchOptions.of(outOne).withThreads(1), ProgressListener.NONE).run(List.of(inputs.toString()));
        for (String name : List.of("summary.csv", "errors.csv")) {
            assertThat(Files.readString(outOne.resolve(name))).isEqualTo(Files.readString(outTwo.resolve(name)));
        }
        assertThat(TestSheets.cells(outOne.resolve("汇总.xlsx")))
                .isEqualTo(TestSheets.cells(outTwo.resolve("汇总.xlsx")));
    }

    @Test
    void aRunKilledHalfwayAndRunAgainEndsWithTheSameSummary() throws IOException {
        Path out = root.resolve("out-resumed");
        new Batch(BatchOptions.of(out).withThreads(2), ProgressListener.NONE).run(List.of(inputs.toString()));
        // what a kill -9 can leave: no summaries yet, some outputs and states missing, a temporary file
        for (String name : List.of("summary.csv", "errors.csv", "汇总.xlsx")) {
            Files.delete(out.resolve(name));
        }
        for (int i = 0; i < GOOD; i += 3) {
            Files.delete(out.resolve("dept-" + (i % 10) + "/project-" + String.format("%03d", i) + ".xlsx"));
        }
        Path stale = out.resolve("dept-1/.project-001.xlsx.5f3a.tmp");
        Files.write(stale, new byte[100]);
        BatchResult resumed = new Batch(BatchOptions.of(out).withThreads(2), ProgressListener.NONE)
                .run(List.of(inputs.toString()));
        assertThat(Files.readString(out.resolve("summary.csv"))).isEqualTo(Files.readString(outTwo.resolve("summary.csv")));
        assertThat(Files.exists(stale)).isFalse();
        long reused = resumed.outcomes().stream().filter(o -> o instanceof FileOutcome.Scored s && s.reused()).count();
        assertThat(reused).isEqualTo(GOOD - (GOOD + 2) / 3);
        BatchResult forced = new Batch(BatchOptions.of(out).withThreads(2).withForce(true), ProgressListener.NONE)
                .run(List.of(inputs.toString()));
        assertThat(forced.outcomes()).noneMatch(o -> o instanceof FileOutcome.Scored s && s.reused());
    }

    @Test
    void statisticsMatchValuesComputedIndependently() throws IOException {
        double[] totals = EXPECTED.values().stream().mapToDouble(BigDecimal::doubleValue).sorted().toArray();
        int n = totals.length;
        double mean = Arrays.stream(totals).sum() / n;
        double variance = Arrays.stream(totals).map(t -> (t - mean) * (t - mean)).sum() / (n - 1);
        Map<String, Double> stats = new HashMap<>();
        try (Workbook workbook = WorkbookFactory.create(outTwo.resolve("汇总.xlsx").toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("统计");
            for (int r = 1; r <= 8; r++) {
                stats.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r).getCell(1).getNumericCellValue());
            }
            assertThat(stats.get("评价表数")).isEqualTo(n);
            assertThat(stats.get("平均值")).isCloseTo(mean, within(1e-9));
            assertThat(stats.get("标准差（样本，STDEV.S）")).isCloseTo(Math.sqrt(variance), within(1e-9));
            assertThat(stats.get("中位数")).isCloseTo(quartileInc(totals, 0.5), within(1e-9));
            assertThat(stats.get("第一四分位数（QUARTILE.INC）")).isCloseTo(quartileInc(totals, 0.25), within(1e-9));
            assertThat(stats.get("第三四分位数（QUARTILE.INC）")).isCloseTo(quartileInc(totals, 0.75), within(1e-9));
            assertThat(stats.get("最小值")).isEqualTo(totals[0]);
            assertThat(stats.get("最大值")).isEqualTo(totals[n - 1]);
            long excellent = Arrays.stream(totals).filter(t -> t >= 90).count();
            Row gradeRow = sheet.getRow(11);
            assertThat(gradeRow.getCell(0).getStringCellValue()).isEqualTo("优");
            assertThat(gradeRow.getCell(1).getNumericCellValue()).isEqualTo(excellent);
            assertThat(sheet.getDrawingPatriarch()).isNotNull();
        }
        for (CSVRecord row : csv(outTwo.resolve("summary.csv"))) {
            double total = Double.parseDouble(row.get("总分"));
            long better = Arrays.stream(totals).filter(t -> t > total).count();
            assertThat(Integer.parseInt(row.get("排名"))).as("RANK.EQ of " + total).isEqualTo(better + 1);
        }
    }

    /** Excel's QUARTILE.INC: position (n − 1)p in the sorted data, linear between neighbours. */
    private static double quartileInc(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedInCsv(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestSheets.xlsx().sheet("Sheet1", new Object[][] {
            {"部门整体支出绩效评价表"}, {"部门名称", "@SUM(A1:A9)"},
            {"一级指标", "二级指标", "三级指标", "分值", "自评得分"},
            {"+投入", "预算配置", "-控制率", 100, 90}}).save(in.resolve("injection.xlsx"));
        BatchResult result = new Batch(BatchOptions.of(dir.resolve("out")).withThreads(1), ProgressListener.NONE)
                .run(List.of(in.toString()));
        assertThat(result.allScored()).isTrue();
        String text = Files.readString(dir.resolve("out/summary.csv"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains(",'@SUM(A1:A9),").contains(",'+投入");
        assertThat(text).contains(",90,90,优,");
    }

    @Test
    void macroEnabledAndWpsFilesAreFoundAndEachCopyIsNamedForItsContent(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] vba = "not really VBA, only bytes to keep".getBytes(StandardCharsets.UTF_8);
        MacroWorkbooks.xlsm(in.resolve("宏.xlsm"), vba);
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.CLEAN), in.resolve("单位.et"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.LENIENT_XLS), in.resolve("旧版.et"));
        // WPS 另存为 beside the original: both are scored, and neither copy overwrites the other
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.CLEAN), in.resolve("单位.xlsx"));
        Files.write(in.resolve("专有.et"), new byte[] {'W', 'P', 'S', 0, 1, 2, 3, 4, 5, 6, 7, 8});
        MacroWorkbooks.write(in.resolve("模板.xltx"), MacroWorkbooks.TEMPLATE, null);
        Path out = dir.resolve("out");
        BatchResult first = new Batch(BatchOptions.of(out).withThreads(2), ProgressListener.NONE)
                .run(List.of(in.toString()));

        Map<String, String> outputs = new HashMap<>();
        first.outcomes().stream().filter(o -> o instanceof FileOutcome.Scored).map(o -> (FileOutcome.Scored) o)
                .forEach(o -> outputs.put(o.name(), out.relativize(o.output()).toString()));
        assertThat(outputs).isEqualTo(Map.of("宏.xlsm", "宏.xlsm", "单位.et", "单位.et.xlsx", "旧版.et", "旧版.et.xls",
                "单位.xlsx", "单位.xlsx"));
        assertThat(first.failures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("专有.et");
            assertThat(f.code()).isEqualTo("WPS_NATIVE");
            assertThat(f.message()).contains("文件 → 另存为 → Excel 工作簿(*.xlsx)");
        });
        assertThat(MacroWorkbooks.entries(Files.readAllBytes(out.resolve("宏.xlsm"))).get(MacroWorkbooks.VBA_PART))
                .isEqualTo(vba);
        assertThat(Samples.read(out.resolve("宏.xlsm")).format()).isEqualTo(SpreadsheetFormat.XLSM);
        assertThat(Samples.read(out.resolve("旧版.et.xls")).format()).isEqualTo(SpreadsheetFormat.XLS);
        assertThat(csv(out.resolve("summary.csv"))).extracting(r -> r.get("文件"))
                .containsExactlyInAnyOrder("宏.xlsm", "单位.et", "单位.xlsx", "旧版.et");
        assertThat(out.resolve("模板.xltx")).doesNotExist();

        // a second run finds every copy under the name it was given and scores nothing again
        String summary = Files.readString(out.resolve("summary.csv"));
        BatchResult second = new Batch(BatchOptions.of(out).withThreads(2), ProgressListener.NONE)
                .run(List.of(in.toString()));
        assertThat(second.outcomes()).filteredOn(o -> o instanceof FileOutcome.Scored)
                .allSatisfy(o -> assertThat(((FileOutcome.Scored) o).reused()).as(o.name()).isTrue())
                .hasSize(4);
        assertThat(Files.readString(out.resolve("summary.csv"))).isEqualTo(summary);
    }

    @Test
    void aCopyNamedForItsContentNeverTakesAnotherInputsName() {
        Set<String> names = Set.of("a.et", "a.et.xlsx", "a.et~2.xlsx", "b.xls", "c.xlsm");
        assertThat(InputFiles.outputName("a.et", "xlsx", names)).isEqualTo("a.et~3.xlsx");
        assertThat(InputFiles.outputName("a.et.xlsx", "xlsx", names)).isEqualTo("a.et.xlsx");
        assertThat(InputFiles.outputName("b.xls", "xlsx", names)).isEqualTo("b.xls.xlsx");
        assertThat(InputFiles.outputName("c.xlsm", "xlsm", names)).isEqualTo("c.xlsm");
        assertThat(InputFiles.outputName("D.XLSM", "xlsm", names)).isEqualTo("D.XLSM");
        assertThat(InputFiles.outputName("dir/e.et", "xls", names)).isEqualTo("dir/e.et.xls");
    }

    @Test
    void nothingInTheInputTreeChanges() throws IOException {
        // every input byte-identical and nothing added after all the batch runs of this class
        assertThat(hashes(inputs)).isEqualTo(inputHashes);
    }

    private static Map<Path, String> hashes(Path dir) throws IOException {
        Map<Path, String> hashes = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(dir.relativize(file), StateStore.sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().get().parse(reader).getRecords());
        }
    }

    @Test
    void aFileOverTheTimeLimitIsReportedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.CLEAN), in.resolve("fast.xlsx"));
        Files.copy(Samples.DIR.resolve(SampleWorkbooks.CLEAN), in.resolve("slow.xlsx"));
        ProgressListener slowDown = new ProgressListener() {
            @Override
            public void finished(FileOutcome outcome, int done, int total) {
                if (outcome.name().equals("slow.xlsx") && outcome instanceof FileOutcome.Scored) {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        BatchResult result = new Batch(BatchOptions.of(dir.resolve("out")).withThreads(2)
                .withTimeLimit(java.time.Duration.ofMillis(800)), slowDown).run(List.of(in.toString()));
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("slow.xlsx");
            assertThat(f.code()).isEqualTo("TIMEOUT");
        });
        assertThat(result.rows()).hasSize(1);
    }
}
