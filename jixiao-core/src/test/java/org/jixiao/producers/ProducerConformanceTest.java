package org.jixiao.producers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.LibreOffice;
import org.jixiao.producers.ProducerCorpus.Entry;
import org.jixiao.read.ReadOptions;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.Grade;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.FilledCells;
import org.jixiao.write.FillResult;
import org.jixiao.write.WorkbookFiller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: the same national 项目支出绩效自评表 written by every producer of the corpus ({@link ProducerCorpus}) is
 * read the lean way, reads exactly as POI reads it, scores the hand-worked total, and is filled the lean way into
 * the copy POI makes, cell by cell; LibreOffice opens every filled copy. No entry may leave the lean path: each is
 * valid OOXML, and a fast path that refuses valid input is a bug even when POI catches it.
 */
class ProducerConformanceTest {

    /**
     * The national rules' total of the content (producers/national-content.tsv), by hand:
     * budget 40,430.2 / 48,865.73 = 82.7373% → 10 × 0.827373 = 8.27;
     * 产出 (50): 培训 480 of ≥500 → 8 × 0.96 = 7.68; 站点 45 of ≥50 → 8 × 0.9 = 7.20; 合格率 100% =100% → 8;
     * 完好率 97% ≥95% → 8; 按时 85% of ≥90% → 9 × 0.9444 = 8.50; 成本 95 over ≤90 万元 → 9 × 90/95 = 8.53; sum 47.91;
     * 效益 (30): 覆盖率 88% ≥85% → 10; 惠及 9,500 of ≥10,000 → 9.50; 长效管理机制 qualitative, submitted 9 → 9; sum 28.50;
     * 满意度 (10): 92% ≥90% → 10. Total 8.27 + 47.91 + 28.50 + 10 = 94.68, 优 (the sheet says 95).
     */
    static final BigDecimal TOTAL = new BigDecimal("94.68");
    static final Grade GRADE = Grade.优;

    private static final ReadOptions THROUGH_POI = ReadOptions.DEFAULTS.throughPoi();

    @TempDir
    static Path dir;

    static List<Entry> corpus() {
        return ProducerCorpus.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theLeanPathIsTaken(Entry entry) throws IOException {
        SourceWorkbook source = read(entry, ReadOptions.DEFAULTS);
        assertThat(source.notLeanReason()).as("%s: why the lean reader refused it", entry.name()).isEmpty();
        assertThat(source.lean()).as(entry.name()).isPresent();
        FillResult filled = fill(source, dir.resolve("lean-path-" + entry.fileName()));
        assertThat(filled.notLeanReason()).as("%s: why the lean filler refused it", entry.name()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsAsPoiReadsIt(Entry entry) {
        SourceWorkbook lean = read(entry, ReadOptions.DEFAULTS);
        SourceWorkbook poi = read(entry, THROUGH_POI);
        assertThat(poi.lean()).isEmpty();
        assertThat(lean.evaluations()).as(entry.name()).isEqualTo(poi.evaluations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void scoresTheHandWorkedTotal(Entry entry) {
        for (ReadOptions options : List.of(ReadOptions.DEFAULTS, THROUGH_POI)) {
            List<ScoredEvaluation> scored = score(read(entry, options));
            assertThat(scored).as(entry.name()).hasSize(1);
            assertThat(scored.get(0).total()).as(entry.name()).isCloseTo(TOTAL, within(new BigDecimal("0.01")));
            assertThat(scored.get(0).grade()).as(entry.name()).isEqualTo(GRADE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isFilledAsPoiFillsIt(Entry entry) throws IOException {
        Path lean = fill(read(entry, ReadOptions.DEFAULTS), dir.resolve("lean-" + entry.fileName())).file();
        Path poi = fill(read(entry, THROUGH_POI), dir.resolve("poi-" + entry.fileName())).file();
        assertThat(FilledCells.describe(lean)).as(entry.name()).isEqualTo(FilledCells.describe(poi));
    }

    /**
     * One LibreOffice start converts every filled copy (filled after the default, lean-first read); each must open
     * and show the total, grade and rate written.
     */
    @Test
    void libreOfficeOpensEveryFilledCopy(@TempDir Path scratch) throws IOException, InterruptedException {
        assumeTrue(LibreOffice.installed(), "LibreOffice not installed");
        List<Path> filled = new ArrayList<>();
        for (Entry entry : corpus()) {
            filled.add(fill(read(entry, ReadOptions.DEFAULTS), scratch.resolve(entry.fileName())).file());
        }
        Map<Path, String> csv = LibreOffice.firstSheetsAsCsv(filled, scratch);
        assertThat(csv.keySet()).as("copies LibreOffice opened").containsExactlyElementsOf(filled);
        for (Entry entry : corpus()) {
            assertThat(csv.get(scratch.resolve(entry.fileName()))).as(entry.name())
                    .contains(TOTAL.toPlainString()).contains(GRADE.name()).contains("82.74%");
        }
    }

    @Test
    void theCorpusNamesAreUnique() {
        assertThat(corpus().stream().map(Entry::name).toList()).doesNotHaveDuplicates();
    }

    private static SourceWorkbook read(Entry entry, ReadOptions options) {
        ReadOutcome outcome = new WorkbookReader(options).read(Path.of(entry.fileName()), entry.bytes());
        assertThat(outcome).as(entry.name() + ": " + outcome).isInstanceOf(SourceWorkbook.class);
        return (SourceWorkbook) outcome;
    }

    private static List<ScoredEvaluation> score(SourceWorkbook source) {
        Scorer scorer = new Scorer();
        return source.evaluations().stream().map(scorer::score).toList();
    }

    private static FillResult fill(SourceWorkbook source, Path output) throws IOException {
        Files.createDirectories(output.getParent());
        return new WorkbookFiller().fill(source, score(source), output);
    }
}
