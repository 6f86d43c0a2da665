package org.jixiao.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.CellRef;
import org.jixiao.model.Evaluation;
import org.jixiao.read.PoiMemory;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.SpreadsheetFormat;
import org.jixiao.score.BudgetScore;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.xlsx.NotLean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a copy of the input workbook with the recomputed 执行率, budget 得分, every indicator 得分, the 总分 and
 * the grade, and adds a 评分说明 sheet naming the rule set and each score's basis. Every sheet it adds prints on
 * A4 one page wide with its header repeated and a footer; a scored sheet without print settings of its own is
 * fitted to the page width, one with them keeps them. Styles, merged regions, column
 * widths and untouched cells stay as they were, and the format is kept: xls stays xls, and an .xlsm stays .xlsm
 * with its VBA project and content types untouched (an .et is written as the format it holds). The copy is
 * written to a temporary file beside the output and moved into place; the input file is never written. Every copy
 * carries jixiao's {@link OutputMarker}, so a later batch never scores it as a submission. Immutable and
 * thread-safe.
 */
public final class WorkbookFiller {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookFiller.class);
    private static final String GRADE_LABEL = "评价等级";
    private static final String TOTAL_LABEL = "总分";
    private static final int ROWS_SEARCHED_FOR_ROOM = 20;

    /**
     * The default output beside the input, named for the content's format: {@code 项目自评表.xlsx} →
     * {@code 项目自评表.scored.xlsx}, {@code 宏.xlsm} → {@code 宏.scored.xlsm}, a WPS {@code 表.et} holding an .xlsx
     * → {@code 表.scored.xlsx}.
     */
    public static Path defaultOutput(SourceWorkbook source) {
        Path file = source.file().toAbsolutePath();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + ".scored." + source.format().extension());
    }

    /**
     * Writes the filled copy to {@code output}.
     *
     * @throws IllegalArgumentException if {@code output} is the input file, or its extension is not the one of
     *                                  the workbook's format ({@link SpreadsheetFormat#extension}), which the
     *                                  message names
     * @throws IOException              if the copy cannot be written, including a workbook that POI read but
     *                                  cannot write back
     */
    public FillResult fill(SourceWorkbook source, List<ScoredEvaluation> scored, Path output) throws IOException {
        return fill(source, scored, output, FillOptions.DEFAULTS);
    }

    /** Writes the filled copy, with or without review marks. */
    public FillResult fill(SourceWorkbook source, List<ScoredEvaluation> scored, Path output, FillOptions options)
            throws IOException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(output, "output");
        checkOutput(source, output);
        try {
            return fillChecked(source, scored, output, options);
        } catch (RuntimeException e) {
            // a workbook POI could read but cannot write back (damaged parts it tolerated on reading)
            throw new IOException("无法写出填好的副本 / cannot write the filled copy: " + e, e);
        }
    }

    private FillResult fillChecked(SourceWorkbook source, List<ScoredEvaluation> scored, Path output,
                                   FillOptions options) throws IOException {
        try (Opened opened = open(source)) {
            FilledCopy copy = opened.copy();
            List<FillResult.Placement> placements = new ArrayList<>();
            for (ScoredEvaluation evaluation : scored) {
                placements.add(fillOne(copy, evaluation));
            }
            if (options.reviewMarks()) {
                ReviewMarks.mark(copy, scored);
            }
            // the scored sheets are printed and signed with the added ones: fit them to the page where they say nothing
            scored.stream().map(s -> s.evaluation().sheet()).distinct().forEach(copy::fitToPageWidth);
            copy.addSheet(ExplanationSheet.build(scored));
            copy.save(output);
            return new FillResult(output, placements, opened.notLeanReason());
        }
    }

    /** A copy to fill, why it is not the lean one, and the POI memory it holds until it is saved. */
    private record Opened(FilledCopy copy, Optional<String> notLeanReason, Optional<PoiMemory.Ticket> memory)
            implements AutoCloseable {
        @Override
        public void close() {
            memory.ifPresent(PoiMemory.Ticket::close);
        }
    }

    /** The lean copy for an .xlsx read the lean way, when it can take this workbook; POI otherwise, saying why. */
    private Opened open(SourceWorkbook source) throws IOException {
        String reason;
        if (source.lean().isPresent()) {
            try {
                return new Opened(new LeanCopy(source.lean().get()), Optional.empty(), Optional.empty());
            } catch (NotLean e) {
                reason = String.valueOf(e.getMessage());
                LOG.debug("lean fill of {} not possible ({}); filling through POI", source.file(), reason);
            }
        } else {
            reason = "read through POI: " + source.notLeanReason().orElse("");
        }
        PoiMemory.Ticket memory;
        try {
            memory = PoiMemory.shared().admit(source);
        } catch (PoiMemory.TooLarge e) {
            throw new IOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for memory", e);
        }
        try {
            return new Opened(new PoiCopy(source), Optional.of(reason), Optional.of(memory));
        } catch (IOException | RuntimeException | Error e) {
            memory.close();
            throw e;
        }
    }

    private static void checkOutput(SourceWorkbook source, Path output) throws IOException {
        Path in = source.file().toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        if (in.equals(out) || (Files.exists(out) && Files.isSameFile(in, out))) {
            throw new IllegalArgumentException("输出文件不能是输入文件本身（输入文件从不改写）: " + output
                    + " / refusing to overwrite the input file");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        SpreadsheetFormat format = source.format();
        String wanted = "." + format.extension();
        if (!name.endsWith(wanted)) {
            throw new IllegalArgumentException("输出文件扩展名应为 " + wanted + "（输入内容是“" + format.chineseName()
                    + "”，副本保持同一格式）: " + output + " / the output must be named " + wanted
                    + ", the format of the input's content");
        }
    }

    private FillResult.Placement fillOne(FilledCopy cells, ScoredEvaluation scored) {
        Evaluation evaluation = scored.evaluation();
        scored.budget().ifPresent(budget -> fillBudget(cells, budget));
        for (IndicatorScore score : scored.indicators()) {
            cells.setScore(score.indicator().scoreCell(), score.score().doubleValue());
        }
        CellRef totalCell = evaluation.totalCell().orElseGet(() -> placeTotal(cells, scored));
        cells.setScore(totalCell, scored.total().doubleValue());
        CellRef gradeCell = evaluation.gradeCell().orElseGet(() -> placeGrade(cells, totalCell));
        writeGrade(cells, gradeCell, scored.grade().name());
        return new FillResult.Placement(evaluation.sheet(), totalCell, gradeCell);
    }

    private static void fillBudget(FilledCopy cells, BudgetScore budget) {
        budget.line().rateCell().ifPresent(cell -> budget.rate().ifPresent(rate ->
                cells.setPercent(cell, rate.setScale(4, java.math.RoundingMode.HALF_UP).doubleValue())));
        budget.line().scoreCell().ifPresent(cell -> cells.setScore(cell, budget.score().doubleValue()));
    }

    /** No 总分 row: add one in the first free row below the table, total under the 得分 column. */
    private static CellRef placeTotal(FilledCopy cells, ScoredEvaluation scored) {
        Evaluation evaluation = scored.evaluation();
        CellRef anyScore = scored.indicators().isEmpty() ? new CellRef(evaluation.sheet(), evaluation.lastRow(), 1)
                : scored.indicators().get(0).indicator().scoreCell();
        int scoreCol = anyScore.column();
        int labelCol = scored.indicators().isEmpty() ? Math.max(0, scoreCol - 1)
                : Math.min(scored.indicators().get(0).indicator().nameCell().column(), Math.max(0, scoreCol - 1));
        String sheet = anyScore.sheet();
        for (int r = evaluation.lastRow() + 1; ; r++) {
            if (cells.isFree(sheet, r, labelCol) && cells.isFree(sheet, r, scoreCol)) {
                cells.setText(new CellRef(evaluation.sheet(), r, labelCol), TOTAL_LABEL);
                return new CellRef(evaluation.sheet(), r, scoreCol);
            }
        }
    }

    /** No grade cell: a 评价等级 label and the grade right of 总分, or below it, or in the next free row. */
    private static CellRef placeGrade(FilledCopy cells, CellRef totalCell) {
        String sheet = totalCell.sheet();
        int right = cells.columnAfter(sheet, totalCell.row(), totalCell.column());
        if (cells.isFree(sheet, totalCell.row(), right) && cells.isFree(sheet, totalCell.row(), right + 1)) {
            cells.setText(new CellRef(totalCell.sheet(), totalCell.row(), right), GRADE_LABEL);
            return new CellRef(totalCell.sheet(), totalCell.row(), right + 1);
        }
        int labelCol = Math.max(0, totalCell.column() - 1);
        for (int r = totalCell.row() + 1; r <= totalCell.row() + ROWS_SEARCHED_FOR_ROOM; r++) {
            if (cells.isFree(sheet, r, labelCol) && cells.isFree(sheet, r, totalCell.column())) {
                cells.setText(new CellRef(totalCell.sheet(), r, labelCol), GRADE_LABEL);
                return new CellRef(totalCell.sheet(), r, totalCell.column());
            }
        }
        int r = Math.max(cells.lastRow(sheet), totalCell.row()) + 2;
        cells.setText(new CellRef(totalCell.sheet(), r, labelCol), GRADE_LABEL);
        return new CellRef(totalCell.sheet(), r, totalCell.column());
    }

    /** A grade written inline as 自评等级：优 keeps its label. */
    private static void writeGrade(FilledCopy cells, CellRef gradeCell, String grade) {
        String existing = cells.text(gradeCell);
        int colon = Math.max(existing.indexOf('：'), existing.indexOf(':'));
        cells.setText(gradeCell, colon > 0 ? existing.substring(0, colon + 1) + grade : grade);
    }
}
