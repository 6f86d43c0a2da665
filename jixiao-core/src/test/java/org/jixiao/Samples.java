package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;

/** Reads and scores the committed sample workbooks for tests. */
public final class Samples {

    /**
     * The checkout's root folder (where README.md and sample-workbooks/ are): the tests of each module run in that
     * module's folder, so the nearest ancestor that holds sample-workbooks/.
     */
    public static final Path ROOT = root();

    public static final Path DIR = ROOT.resolve("sample-workbooks");

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (java.nio.file.Files.isDirectory(dir.resolve("sample-workbooks"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no sample-workbooks/ above " + Path.of("").toAbsolutePath());
    }

    private Samples() {
    }

    public static SourceWorkbook read(Path file) {
        ReadOutcome outcome = new WorkbookReader().read(file);
        assertThat(outcome).as(outcome.toString()).isInstanceOf(SourceWorkbook.class);
        return (SourceWorkbook) outcome;
    }

    public static SourceWorkbook read(String sample) {
        return read(DIR.resolve(sample));
    }

    public static List<ScoredEvaluation> score(SourceWorkbook source) {
        Scorer scorer = new Scorer();
        return source.evaluations().stream().map(scorer::score).toList();
    }

    public static ScoredEvaluation scoreOnly(String sample) {
        List<ScoredEvaluation> scored = score(read(sample));
        assertThat(scored).hasSize(1);
        return scored.get(0);
    }

    /** Reads and scores a workbook holding exactly one evaluation. */
    public static ScoredEvaluation scoreOnly(String label, Path file) {
        List<ScoredEvaluation> scored = score(read(file));
        assertThat(scored).as(label).hasSize(1);
        return scored.get(0);
    }

    public static IndicatorScore indicator(ScoredEvaluation scored, String name) {
        return scored.indicators().stream().filter(i -> i.indicator().path().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name));
    }
}
