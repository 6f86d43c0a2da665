package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jixiao.read.ReadOptions;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.FillResult;
import org.jixiao.write.WorkbookFiller;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three stages on one generated national-template workbook, each the lean way and through POI: read (bytes
 * already in memory), score (one evaluation, grade robustness included), fill (the copy written to disk).
 * Run by {@link JmhBenchmarkTest}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {

    @Param({"30"})
    public int rows;

    private Path dir;
    private Path file;
    private byte[] content;
    private final WorkbookReader lean = new WorkbookReader();
    private final WorkbookReader poi = new WorkbookReader(ReadOptions.DEFAULTS.throughPoi());
    private final Scorer scorer = new Scorer();
    private final WorkbookFiller filler = new WorkbookFiller();
    private SourceWorkbook leanSource;
    private SourceWorkbook poiSource;
    private List<ScoredEvaluation> scored;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("jixiao-jmh");
        file = dir.resolve("national.xlsx");
        GeneratedWorkbooks.write(file, rows, new Random(42));
        content = Files.readAllBytes(file);
        leanSource = (SourceWorkbook) lean.read(file, content);
        poiSource = (SourceWorkbook) poi.read(file, content);
        scored = leanSource.evaluations().stream().map(scorer::score).toList();
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public ReadOutcome read() {
        return lean.read(file, content);
    }

    @Benchmark
    public ReadOutcome readThroughPoi() {
        return poi.read(file, content);
    }

    @Benchmark
    public ScoredEvaluation score() {
        return scorer.score(leanSource.evaluations().get(0));
    }

    @Benchmark
    public FillResult fill() throws IOException {
        return filler.fill(leanSource, scored, dir.resolve("lean-out.xlsx"));
    }

    @Benchmark
    public FillResult fillThroughPoi() throws IOException {
        return filler.fill(poiSource, scored, dir.resolve("poi-out.xlsx"));
    }
}
