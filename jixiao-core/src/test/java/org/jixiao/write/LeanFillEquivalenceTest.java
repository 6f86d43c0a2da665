package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.Samples;
import org.jixiao.read.ReadOptions;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-patched copy must be the copy POI's object model makes, as POI reads them back: every sheet, every
 * cell's value, number format, fill, wrapping and vertical alignment, every comment and link, every added sheet's
 * column widths and row heights, and every sheet's print settings.
 */
class LeanFillEquivalenceTest {

    @TempDir
    Path tmp;

    @Test
    void everyLeanSampleIsFilledExactlyAsPoiFillsIt() throws IOException {
        List<String> compared = new ArrayList<>();
        try (Stream<Path> files = Files.list(Samples.DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                if (!(new WorkbookReader().read(file) instanceof SourceWorkbook lean) || lean.lean().isEmpty()) {
                    continue;
                }
                SourceWorkbook poi = (SourceWorkbook) new WorkbookReader(ReadOptions.DEFAULTS.throughPoi()).read(file);
                Path a = fill(lean, "lean-" + file.getFileName());
                Path b = fill(poi, "poi-" + file.getFileName());
                assertThat(FilledCells.describe(a)).as(file.toString()).isEqualTo(FilledCells.describe(b));
                compared.add(file.getFileName().toString());
            }
        }
        assertThat(compared).hasSizeGreaterThanOrEqualTo(4);
    }

    private Path fill(SourceWorkbook source, String name) throws IOException {
        Scorer scorer = new Scorer();
        List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
        Path out = tmp.resolve(name);
        new WorkbookFiller().fill(source, scored, out);
        return out;
    }
}
