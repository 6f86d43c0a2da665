package org.jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.SAXParserFactory;

import org.jixiao.batch.Batch;
import org.jixiao.batch.BatchOptions;
import org.jixiao.batch.BatchResult;
import org.jixiao.batch.ProgressListener;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.WorkbookFiller;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The batch benchmark: generates N workbooks of a chosen size from a fixed seed, runs the batch over them, times
 * one-workbook latency (p50/p95) and the floor (unzipping every entry and SAX-parsing the XML with no model),
 * and appends a report with the machine to bench/results/. Not part of the normal suite (tag "bench"):
 * {@code mvn -B -ntp test -Pbench -Dbench.workbooks=1000 -Dbench.rows=30 -Dbench.threads=2}. It asserts nothing
 * about time.
 */
@Tag("bench")
class BatchBenchmarkTest {

    @Test
    void run() throws Exception {
        int n = Integer.getInteger("bench.workbooks", 500);
        int rows = Integer.getInteger("bench.rows", 30);
        int threads = Integer.getInteger("bench.threads", 2);
        long seed = Long.getLong("bench.seed", 42L);
        Path dir = Files.createTempDirectory("jixiao-bench");
        Path in = Files.createDirectories(dir.resolve("in"));
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            GeneratedWorkbooks.write(in.resolve(String.format("wb-%05d.xlsx", i)), rows, random);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(in)) {
            files = list.sorted().toList();
        }
        floor(files); // warm-up, so the floor is not charged for class loading and JIT compilation
        // the best of three: a floor is a lower bound, and one timed pass sometimes ran before C2 had finished
        // compiling the parser (0.8 s one run, 0.4 s the next)
        double floorSeconds = Math.min(floor(files), Math.min(floor(files), floor(files)));
        double[] latencies = latencies(files.subList(0, Math.min(files.size(), 100)), dir.resolve("single"));
        // the floor is timed warm, so the batch is too: the first run in this JVM pays for JIT compilation and is
        // reported beside it; C2 keeps recompiling the batch's far larger code for several runs (1,000 × 30 on
        // JDK 25: 5.8, 3.4, 2.4, 1.9, 1.7 s), so the warm figure is the best of the runs after the first, as the
        // floor's is. The fresh-JVM cost, start-up included, is what bench/compare.sh measures.
        int warmRuns = Integer.getInteger("bench.warmRuns", 6);
        double[] runSeconds = new double[1 + warmRuns];
        BatchResult result = null;
        for (int run = 0; run < runSeconds.length; run++) {
            long start = System.nanoTime();
            result = new Batch(BatchOptions.of(dir.resolve("out-" + run)).withThreads(threads),
                    ProgressListener.NONE).run(List.of(in.toString()));
            runSeconds[run] = (System.nanoTime() - start) / 1e9;
        }
        double firstSeconds = runSeconds[0];
        double seconds = Arrays.stream(runSeconds, 1, runSeconds.length).min().orElse(firstSeconds);
        String runs = Arrays.stream(runSeconds).mapToObj(t -> String.format("%.2f", t))
                .collect(java.util.stream.Collectors.joining(", "));
        Arrays.sort(latencies);
        String report = String.format("""
                ## %s — %d workbooks × %d indicator rows, %d threads
                - machine: %d cores, %s %s, %s %s
                - batch (read + score + fill + summary), warm (best of the %d runs after the first): %.2f s, %.0f workbooks/s, %d scored, %d failed
                - the first batch in this JVM (JIT compilation included): %.2f s, %.0f workbooks/s; every run: %s s
                - one workbook read + score + fill, sequential, %d samples: p50 %.1f ms, p95 %.1f ms
                - floor (unzip every entry + SAX-parse the XML, 1 thread, warm, best of 3): %.2f s, %.0f workbooks/s; batch / floor time = %.1f× warm, %.1f× first
                - peak heap %d MB, peak RSS %d MB
                """, LocalDate.now(), n, rows, threads, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), warmRuns, seconds, n / seconds, result.rows().size(),
                result.failures().size(), firstSeconds, n / firstSeconds, runs, latencies.length,
                percentile(latencies, 50), percentile(latencies, 95), floorSeconds, n / floorSeconds,
                seconds / floorSeconds, firstSeconds / floorSeconds, peakHeapMb(), peakRssMb());
        System.out.println(report);
        Path results = Files.createDirectories(Path.of("bench", "results"));
        // appended, so the runs of one day (JDK 17 and JDK 25, before and after a change) stay side by side
        Files.writeString(results.resolve(LocalDate.now() + "-" + n + "x" + rows + "-t" + threads + ".md"),
                "\n" + report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Reading every zip entry and SAX-parsing its XML with a handler that does nothing. */
    private static double floor(List<Path> files) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        javax.xml.parsers.SAXParser parser = factory.newSAXParser();
        long start = System.nanoTime();
        for (Path file : files) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                        parser.reset();
                        parser.parse(new NonClosing(zip), new DefaultHandler());
                    }
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double[] latencies(List<Path> files, Path out) throws IOException {
        Files.createDirectories(out);
        WorkbookReader reader = new WorkbookReader();
        Scorer scorer = new Scorer();
        List<Double> ms = new ArrayList<>();
        for (Path file : files) {
            long start = System.nanoTime();
            SourceWorkbook source = (SourceWorkbook) reader.read(file);
            List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
            new WorkbookFiller().fill(source, scored, out.resolve(file.getFileName()));
            ms.add((System.nanoTime() - start) / 1e6);
        }
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum() >> 20;
    }

    private static long peakRssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1) >> 10;
    }

    /** The SAX parser closes its stream; the zip must stay open for the next entry. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
