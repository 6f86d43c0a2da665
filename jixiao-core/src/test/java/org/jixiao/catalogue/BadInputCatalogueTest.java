package org.jixiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.WorkbookFiller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of the bad-input catalogue ends in its documented reason code or finding. */
class BadInputCatalogueTest {

    @TempDir
    static Path dir;

    static Stream<BadInputs.Entry> entries() {
        return BadInputs.all().stream();
    }

    @Test
    void theCatalogueHasAtLeastFortyDistinctInputs() {
        assertThat(BadInputs.all()).hasSizeGreaterThanOrEqualTo(40)
                .extracting(BadInputs.Entry::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("entries")
    void eachInputEndsAsDocumented(BadInputs.Entry entry) throws Exception {
        Path file = entry.maker().make(dir);
        ReadOutcome outcome = new WorkbookReader().read(file);
        if (outcome instanceof ReadFailure failure) {
            assertThat(failure.reason().name()).as(failure.message()).isEqualTo(entry.expected());
            return;
        }
        SourceWorkbook source = (SourceWorkbook) outcome;
        Scorer scorer = new Scorer();
        List<ScoredEvaluation> scored = source.evaluations().stream().map(scorer::score).toList();
        new WorkbookFiller().fill(source, scored, dir.resolve("filled-" + entry.name()
                .replaceAll("\\.(xlsx|xls|et)$", "") + "." + source.format().extension()));
        List<String> codes = scored.stream().flatMap(s -> s.allProblems().stream()).map(p -> p.code().name()).toList();
        if (entry.expected().equals("SCORED")) {
            assertThat(scored).isNotEmpty();
        } else {
            assertThat(codes).as(entry.name()).contains(entry.expected());
        }
    }
}
