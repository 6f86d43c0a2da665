package org.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.jixiao.Samples;
import org.jixiao.fuzz.Mutants;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean .xlsx reader must give exactly what POI's object model gives: the same evaluations, cell for cell,
 * for every sample, and the same outcome kind for damaged mutants of them.
 */
class LeanReadEquivalenceTest {

    private final WorkbookReader lean = new WorkbookReader();
    private final WorkbookReader poi = new WorkbookReader(ReadOptions.DEFAULTS.throughPoi());

    @TempDir
    Path tmp;

    static List<Path> xlsxSamples() throws IOException {
        try (Stream<Path> files = Files.list(Samples.DIR)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    @Test
    void everySampleReadsTheSameBothWaysAndTheLeanWayIsTaken() throws IOException {
        List<String> leanRead = new ArrayList<>();
        for (Path file : xlsxSamples()) {
            ReadOutcome a = lean.read(file);
            ReadOutcome b = poi.read(file);
            assertSame(file.toString(), a, b);
            if (a instanceof SourceWorkbook source && source.lean().isPresent()) {
                leanRead.add(file.getFileName().toString());
            }
        }
        assertThat(leanRead).contains(SampleWorkbooks.CLEAN, SampleWorkbooks.HUALONG, SampleWorkbooks.DEPARTMENT);
    }

    @Test
    void mutantsOfTheSamplesReadTheSameBothWays() throws IOException {
        Random random = new Random(Long.getLong("jixiao.lean.seed", 4242));
        for (int i = 0; i < Integer.getInteger("jixiao.lean.mutants", 120); i++) {
            byte[] mutant = Mutants.xlsx(random);
            Path file = Files.write(tmp.resolve("m" + i + ".xlsx"), mutant);
            assertSame("mutant " + i, lean.read(file), poi.read(file));
        }
    }

    private static void assertSame(String what, ReadOutcome a, ReadOutcome b) {
        if (b instanceof SourceWorkbook expected) {
            assertThat(a).as(what).isInstanceOf(SourceWorkbook.class);
            assertThat(((SourceWorkbook) a).evaluations()).as(what).isEqualTo(expected.evaluations());
        } else {
            assertThat(a).as(what + ": POI says " + b).isInstanceOf(ReadFailure.class);
            assertThat(((ReadFailure) a).reason()).as(what).isEqualTo(((ReadFailure) b).reason());
        }
    }
}
