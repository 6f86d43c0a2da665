package org.jixiao.stress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.producers.ProducerCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: one huge sheet must not take down the batch or the good files beside it. A folder of 20 good
 * national workbooks from two producers (POI and openpyxl), a sheet of 1.5 million one-cell rows (~11 MB file,
 * ~90 MB of XML), a sheet padded to 400 MB of XML, and four broken files, batched in a child JVM at -Xmx256m
 * with two threads, ten times: every run scores all 20 good workbooks, refuses the two large ones as TOO_LARGE
 * (never CORRUPT, never INTERNAL_ERROR) and writes summary.csv, errors.csv and 汇总.xlsx. Tag "stress": outside
 * the quick suite, run by .ci/run with {@code mvn -B -ntp test -Pstress}.
 */
@Tag("stress")
class BatchMemoryStressTest {

    private static final int RUNS = Integer.getInteger("stress.runs", 10);
    private static final int GOOD = 20;

    @TempDir
    static Path dir;
    static Path inbox;

    @BeforeAll
    static void corpus() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        byte[] poi = ProducerCorpus.entry(ProducerCorpus.BASE).bytes();
        byte[] openpyxl = ProducerCorpus.entry("openpyxl").bytes();
        for (int i = 0; i < GOOD / 2; i++) {
            Files.write(inbox.resolve(String.format("good-poi-%02d.xlsx", i)), poi);
            Files.write(inbox.resolve(String.format("good-openpyxl-%02d.xlsx", i)), openpyxl);
        }
        LargeWorkbooks.manyRows(inbox.resolve("large-rows.xlsx"), 1_500_000);
        LargeWorkbooks.padded(inbox.resolve("large-padded.xlsx"), 400L << 20);
        Files.write(inbox.resolve("broken-empty.xlsx"), new byte[0]);
        Files.writeString(inbox.resolve("broken-html.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
        Files.write(inbox.resolve("broken-truncated.xlsx"), java.util.Arrays.copyOf(poi, poi.length / 2));
        Files.writeString(inbox.resolve("broken-text.xlsx"), "not a workbook");
    }

    @Test
    void tenRunsAtTwoHundredFiftySixMegabytesScoreEveryGoodWorkbook() throws Exception {
        List<String> report = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            Path out = dir.resolve("out-" + run);
            long[] peakKb = {0};
            long start = System.nanoTime();
            int exit = batch(out, peakKb);
            double seconds = (System.nanoTime() - start) / 1e9;
            report.add(String.format("run %d: exit %d, %.1f s, peak RSS %d MB", run, exit, seconds, peakKb[0] / 1024));

            assertThat(exit).as("run %d: some files failed", run).isEqualTo(4);
            List<CSVRecord> summary = csv(out.resolve("summary.csv"));
            assertThat(summary).as("run %d: one summary row per good workbook", run).hasSize(GOOD);
            assertThat(summary).extracting(r -> r.get("文件")).allMatch(name -> name.startsWith("good-"));
            List<CSVRecord> errors = csv(out.resolve("errors.csv"));
            assertThat(errors).extracting(r -> r.get(0) + "=" + r.get(1)).as("run %d", run)
                    .contains("large-rows.xlsx=TOO_LARGE", "large-padded.xlsx=TOO_LARGE")
                    .noneMatch(e -> e.contains("CORRUPT") && e.startsWith("large-"))
                    .noneMatch(e -> e.endsWith("INTERNAL_ERROR") || e.endsWith("OUT_OF_MEMORY"))
                    .hasSize(6);
            try (XSSFWorkbook summaryWorkbook = new XSSFWorkbook(out.resolve("汇总.xlsx").toFile())) {
                assertThat(summaryWorkbook.getSheet("汇总").getLastRowNum()).as("run %d", run).isGreaterThanOrEqualTo(GOOD);
            }
        }
        System.out.println(String.join(System.lineSeparator(), report));
    }

    /** jixiao batch in a child JVM at -Xmx256m and two threads; polls the child's peak RSS while it runs. */
    private static int batch(Path out, long[] peakKb) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.jixiao.cli.Main", "batch", inbox.toString(),
                "-o", out.toString(), "--threads", "2", "--quiet");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(out.getFileName() + ".log").toFile()).start();
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            peakKb[0] = Math.max(peakKb[0], highWaterMark(status));
            if (peakKb[0] < 0) {
                break;
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("batch did not finish in 5 minutes");
        }
        return process.exitValue();
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended, or this is not Linux
        }
        return 0;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))
                .getRecords();
    }
}
