package org.jixiao.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jixiao.model.Evaluation;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.WorkbookFiller;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the patching writer: read, score, fill a copy to a temporary file, read the copy
 * back. Inputs are {@link ReadFuzzTest}'s part inputs (one part of a valid workbook replaced), so that most
 * reach the writer: a byte-mutated zip rarely reads. The copy may fail to be written only as an IOException
 * (the batch's WRITE_FAILED) whose cause is not a bug of ours; a copy that was written reads back, lean and
 * POI alike, with the same evaluation tables on the same sheets.
 * To fuzz: {@code mvn -B -ntp test -Pfuzz -Dfuzz.target='WriteFuzzTest#patchingWriter' -Dfuzz.seconds=600}.
 */
class WriteFuzzTest {

    @TempDir
    static Path tmp;

    static Stream<Arguments> parts() {
        return Seeds.partSeeds(1);
    }

    @MethodSource("parts")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest
    void patchingWriter(byte[] input) throws IOException {
        byte[] workbook = Seeds.partWorkbook(input);
        if (workbook == null || !(Checks.read(Checks.LEAN, workbook) instanceof SourceWorkbook source)) {
            return;
        }
        Scorer scorer = new Scorer();
        List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
        Path output = tmp.resolve("filled." + source.format().extension());
        try {
            new WorkbookFiller().fill(source, scored, output);
        } catch (IOException e) {
            Checks.notABug(e.getCause() == null ? e : e.getCause());
            return;
        }
        byte[] copy = Files.readAllBytes(output);
        Files.delete(output);
        ReadOutcome again = Checks.read(Checks.LEAN, copy);
        assertThat(again).as("the filled copy reads back").isInstanceOf(SourceWorkbook.class);
        assertThat(sheets(((SourceWorkbook) again).evaluations())).isEqualTo(sheets(source.evaluations()));
        Checks.sameBothWays(copy);
    }

    private static List<String> sheets(List<Evaluation> evaluations) {
        return evaluations.stream().map(Evaluation::sheet).toList();
    }
}
