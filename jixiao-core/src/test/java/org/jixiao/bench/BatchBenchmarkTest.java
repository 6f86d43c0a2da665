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
 * The batch benchmark: generates N workbooks of a chosen size from a fixed seed, times one-workbook latency
 * (p50/p95), then times the floor (unzipping every entry and SAX-parsing the XML with no model) and the batch in
 * alternation until both are at steady state, and appends a report with the machine to bench/results/. Not part
 * of the normal suite (tag "bench"):
 * {@code mvn -B -ntp test -Pbench -Dbench.workbooks=1000 -Dbench.rows=30 -Dbench.threads=2}. It asserts nothing
 * about time. {@code -Dbench.producer=openpyxl} has openpyxl write the same workbooks (bench/openpyxl_workbooks.py,
 * read from their folder), {@code both} measures POI's and then openpyxl's in one run, one report each, in the
 * same results file; see {@link BenchProducer}.
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
        List<BenchProducer> producers = BenchProducer.fromProperty();
        for (int p = 0; p < producers.size(); p++) {
            BenchProducer producer = producers.get(p);
            Path in = Files.createDirectories(dir.resolve(producer.id()).resolve("in"));
            producer.write(in, n, rows, seed);
            measure(producer, p == 0, in, dir.resolve(producer.id()), n, rows, threads);
        }
    }

    /** Measures the batch on the workbooks in {@code in} and appends the report. */
    private static void measure(BenchProducer producer, boolean firstInJvm, Path in, Path dir, int n, int rows,
                                int threads) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(in)) {
            files = list.sorted().toList();
        }
        // Both the floor and the batch are timed at steady state, and in alternation: C2 keeps compiling the
        // batch's per-file methods until some ten thousand workbooks have gone through (1,000 × 30 on JDK 17: 4.7,
        // 4.2, 3.2, 3.1, 2.7, 2.3, 2.3 s, and 1.1–1.4 s from the 14th pass), and this machine's speed drifts by half
        // within a minute (one floor measured 0.40 s early in a run and 0.68 s late), so a floor timed apart from
        // the batch made the ratio a matter of luck. The first passes are reported apart; the fresh-JVM cost,
        // start-up and JIT warm-up included, is what bench/compare.sh measures.
        double[] latencies = latencies(files.subList(0, Math.min(files.size(), 100)), dir.resolve("single"));
        BatchResult[] last = new BatchResult[1];
        int[] run = {0};
        Alternation passes = Alternation.of(n, () -> floor(files), () -> {
            Path out = dir.resolve("out-" + run[0]++);
            long start = System.nanoTime();
            last[0] = new Batch(BatchOptions.of(out).withThreads(threads), ProgressListener.NONE)
                    .run(List.of(in.toString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            deleteTree(out); // thousands of outputs per pass would otherwise pile up in the temporary folder
            return seconds;
        });
        BatchResult result = last[0];
        double seconds = passes.batchSeconds();
        double floorSeconds = passes.floorSeconds();
        Arrays.sort(latencies);
        String report = String.format("""
                ## %s — %d workbooks × %d indicator rows, %d threads, %s-made
                - workbooks made by %s
                - machine: %d cores, %s %s, %s %s
                - batch (read + score + fill + summary), steady state (median of %d passes after %d warm-up passes): %.2f s, %.0f workbooks/s; %d scored, %d failed
                - the first batch %s: %.2f s, %.0f workbooks/s; every pass: %s s
                - one workbook read + score + fill, sequential, %d samples: p50 %.1f ms, p95 %.1f ms
                - floor (unzip every entry + SAX-parse the XML, 1 thread), each pass right before a batch pass: %.2f s, %.0f workbooks/s; every pass: %s s
                - batch / floor time = %.1f× at steady state (median of the measured pairs' ratios), %.1f× for the first batch
                - peak heap %d MB, peak RSS %d MB
                """, LocalDate.now(), n, rows, threads, producer.id(), producer.label(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Alternation.MEASURED, passes.warmupPasses(), seconds, n / seconds,
                result.rows().size(), result.failures().size(),
                firstInJvm ? "in this JVM (JIT compilation included)"
                        : "on these files (the JIT already warmed by the previous producer's passes)",
                passes.batch().get(0), n / passes.batch().get(0),
                listed(passes.batch()), latencies.length, percentile(latencies, 50), percentile(latencies, 95),
                floorSeconds, n / floorSeconds, listed(passes.floor()), passes.ratio(),
                passes.batch().get(0) / passes.floor().get(0), peakHeapMb(), peakRssMb());
        System.out.println(report);
        Path results = Files.createDirectories(org.jixiao.Samples.ROOT.resolve("bench/results"));
        // appended, so the runs of one day (JDK 17 and JDK 25, before and after a change) stay side by side
        Files.writeString(results.resolve(LocalDate.now() + "-" + n + "x" + rows + "-t" + threads + ".md"),
                "\n" + report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** One timed pass; the batch's passes write files, so it may throw. */
    private interface Pass {
        double seconds() throws Exception;
    }

    /**
     * Floor and batch passes in alternation, JMH-style: a first pair (JIT compilation included), warm-up pairs
     * until {@code bench.warmupWorkbooks} workbooks (15,000) have gone through the batch or
     * {@code bench.warmupSeconds} (40 s) have passed, at least three, then {@link #MEASURED} measured pairs. Each
     * steady-state figure is the median of the measured passes and the ratio the median of the pairs' ratios, so
     * a slow or fast spell of the machine falls on both sides of a ratio.
     */
    private record Alternation(List<Double> floor, List<Double> batch, int warmupPasses) {

        static final int MEASURED = 5;

        static Alternation of(int workbooks, Pass floorPass, Pass batchPass) throws Exception {
            int warmupWorkbooks = Integer.getInteger("bench.warmupWorkbooks", 15_000);
            double warmupSeconds = Double.parseDouble(System.getProperty("bench.warmupSeconds", "40"));
            List<Double> floor = new ArrayList<>();
            List<Double> batch = new ArrayList<>();
            floor.add(floorPass.seconds());
            batch.add(batchPass.seconds());
            double warmedSeconds = 0;
            long warmedWorkbooks = 0;
            int warmup = 0;
            while (warmup < 3 || (warmedWorkbooks < warmupWorkbooks && warmedSeconds < warmupSeconds)) {
                floor.add(floorPass.seconds());
                batch.add(batchPass.seconds());
                warmedSeconds += floor.get(floor.size() - 1) + batch.get(batch.size() - 1);
                warmedWorkbooks += workbooks;
                warmup++;
            }
            for (int i = 0; i < MEASURED; i++) {
                floor.add(floorPass.seconds());
                batch.add(batchPass.seconds());
            }
            return new Alternation(floor, batch, warmup);
        }

        double floorSeconds() {
            return median(measured(floor));
        }

        double batchSeconds() {
            return median(measured(batch));
        }

        double ratio() {
            List<Double> f = measured(floor);
            List<Double> b = measured(batch);
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < f.size(); i++) {
                ratios.add(b.get(i) / f.get(i));
            }
            return median(ratios);
        }

        private static List<Double> measured(List<Double> passes) {
            return passes.subList(passes.size() - MEASURED, passes.size());
        }

        private static double median(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted[sorted.length / 2];
        }
    }

    private static String listed(List<Double> passes) {
        return passes.stream().map(t -> String.format("%.2f", t)).collect(java.util.stream.Collectors.joining(", "));
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

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
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
