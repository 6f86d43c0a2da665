package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.WorkbookFiller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example of README.md, kept compiling and working. */
class ReadmeExampleTest {

    @Test
    void readmeLibraryExample(@TempDir Path dir) throws IOException {
        Path input = Files.copy(Samples.DIR.resolve(SampleWorkbooks.HUALONG), dir.resolve("自评表.xlsx"));
        Path output = dir.resolve("自评表-评分.xlsx");

        ReadOutcome outcome = new WorkbookReader().read(input);
        if (outcome instanceof ReadFailure failure) {
            System.err.println(failure.message());
        } else if (outcome instanceof SourceWorkbook source) {
            Scorer scorer = new Scorer();
            List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
            scored.forEach(s -> System.out.println(s.total() + " " + s.grade() + " " + s.allProblems()));
            new WorkbookFiller().fill(source, scored, output);
        }

        assertThat(output).exists();
    }
}
