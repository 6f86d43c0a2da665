package org.jixiao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jixiao.model.CellRef;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.rules.RuleSet;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.Scorer;
import org.jixiao.write.FillOptions;
import org.jixiao.write.FillResult;
import org.jixiao.write.WorkbookFiller;

/**
 * One sample workbook read and scored with the rule set under test, or why it could not be read; knows where
 * {@code jixiao score} writes each sheet's 总分 and grade. Used by one {@link RuleSetCheck#run} only, not
 * thread-safe.
 */
final class ScoredSample {

    private final Optional<SourceWorkbook> source;
    private final List<ScoredEvaluation> scored;
    private final Optional<String> failure;
    private Map<String, FillResult.Placement> placements;

    private ScoredSample(Optional<SourceWorkbook> source, List<ScoredEvaluation> scored, Optional<String> failure) {
        this.source = source;
        this.scored = scored;
        this.failure = failure;
    }

    static ScoredSample score(Path file, RuleSet rules) {
        ReadOutcome outcome = new WorkbookReader().read(file);
        if (outcome instanceof ReadFailure failure) {
            return new ScoredSample(Optional.empty(), List.of(), Optional.of(failure.message()));
        }
        SourceWorkbook source = (SourceWorkbook) outcome;
        Scorer scorer = new Scorer(rules);
        return new ScoredSample(Optional.of(source), source.evaluations().stream().map(scorer::score).toList(),
                Optional.empty());
    }

    List<ScoredEvaluation> scored() {
        return scored;
    }

    Optional<String> failure() {
        return failure;
    }

    /** The sheet's 总分 cell, or the one the filled copy adds for a sheet without a 总分 row. */
    String totalCell(ScoredEvaluation sheet) {
        return sheet.evaluation().totalCell().or(() -> placement(sheet).map(FillResult.Placement::totalCell))
                .map(CellRef::toString).orElse(sheet.evaluation().sheet() + "!（总分）");
    }

    /** The sheet's grade cell, or the one the filled copy adds next to 总分. */
    String gradeCell(ScoredEvaluation sheet) {
        return sheet.evaluation().gradeCell().or(() -> placement(sheet).map(FillResult.Placement::gradeCell))
                .map(CellRef::toString).orElse(sheet.evaluation().sheet() + "!（等级）");
    }

    /**
     * Where the filler puts a sheet's total and grade, learnt by writing a clean copy to a scratch folder: the
     * cells it adds depend on which cells of the sheet are free, and only the filler knows that.
     */
    private Optional<FillResult.Placement> placement(ScoredEvaluation sheet) {
        if (placements == null) {
            placements = source.map(this::fill).orElse(Map.of());
        }
        return Optional.ofNullable(placements.get(sheet.evaluation().sheet()));
    }

    private Map<String, FillResult.Placement> fill(SourceWorkbook workbook) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("jixiao-rules-test");
            FillResult result = new WorkbookFiller().fill(workbook, scored,
                    scratch.resolve("sample." + workbook.format().extension()), FillOptions.CLEAN);
            return result.placements().stream()
                    .collect(Collectors.toMap(FillResult.Placement::sheet, Function.identity(), (a, b) -> a));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path scratch) {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            // a scratch file left in the temporary folder is harmless
        }
    }
}
