package org.jixiao;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.FailureReason;
import org.jixiao.model.Problem;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.score.ScoredEvaluation;

/**
 * What scoring one workbook gave: a {@link SheetScore} for every evaluation table in it, or why it could not be
 * read. It keeps the bytes that were read, so that {@link Jixiao#fill} fills a copy of exactly what was scored
 * however the file changes later. Not a record for that reason alone. Immutable and thread-safe.
 */
public final class WorkbookScore {

    private final Path file;
    private final Optional<SourceWorkbook> source;
    private final List<ScoredEvaluation> scored;
    private final List<SheetScore> sheets;
    private final Optional<Unreadable> failure;

    private WorkbookScore(Path file, Optional<SourceWorkbook> source, List<ScoredEvaluation> scored,
                          Optional<Unreadable> failure) {
        this.file = file;
        this.source = source;
        this.scored = List.copyOf(scored);
        this.sheets = this.scored.stream().map(SheetScore::of).toList();
        this.failure = failure;
    }

    static WorkbookScore scored(SourceWorkbook source, List<ScoredEvaluation> scored) {
        return new WorkbookScore(source.file(), Optional.of(source), scored, Optional.empty());
    }

    static WorkbookScore unreadable(ReadFailure failure) {
        return new WorkbookScore(failure.file(), Optional.empty(), List.of(),
                Optional.of(new Unreadable(failure.reason(), failure.message())));
    }

    /**
     * The workbook's path, or for one scored from a stream the name it was given.
     *
     * @return the file
     */
    public Path file() {
        return file;
    }

    /**
     * Every evaluation table found, in sheet order.
     *
     * @return the scored tables; empty when the workbook could not be read
     */
    public List<SheetScore> sheets() {
        return sheets;
    }

    /**
     * The scored table on a sheet of that name.
     *
     * @param sheet the sheet's name
     * @return the table, or empty when no evaluation table was found on such a sheet
     */
    public Optional<SheetScore> findSheet(String sheet) {
        Objects.requireNonNull(sheet, "sheet");
        return sheets.stream().filter(s -> s.sheet().equals(sheet)).findFirst();
    }

    /**
     * The scored table on a sheet of that name.
     *
     * @param sheet the sheet's name
     * @return the table
     * @throws IllegalArgumentException when there is none; the message lists the scored sheets
     */
    public SheetScore getSheet(String sheet) {
        return findSheet(sheet).orElseThrow(() -> new IllegalArgumentException("没有评分表“" + sheet + "”；评分表有："
                + String.join("、", sheets.stream().map(SheetScore::sheet).toList()) + " / no scored sheet " + sheet
                + " in " + file));
    }

    /**
     * Why the workbook could not be read.
     *
     * @return the reason, or empty when it was read and scored
     */
    public Optional<Unreadable> failure() {
        return failure;
    }

    /**
     * Every problem of every table, in sheet order.
     *
     * @return the problems; each prints as {@code Sheet!C7: message}
     */
    public List<Problem> problems() {
        return sheets.stream().flatMap(s -> s.problems().stream()).toList();
    }

    /**
     * Why the workbook went through Apache POI rather than jixiao's own faster .xlsx reader (an .xls, formulas to
     * evaluate, an encrypted or damaged package …).
     *
     * @return the reason, or empty when it was read the fast way or not at all
     */
    public Optional<String> notLeanReason() {
        return source.flatMap(SourceWorkbook::notLeanReason);
    }

    Optional<SourceWorkbook> source() {
        return source;
    }

    List<ScoredEvaluation> scoredEvaluations() {
        return scored;
    }

    @Override
    public String toString() {
        return failure.map(f -> f.message())
                .orElseGet(() -> file + ": " + sheets.stream().map(s -> s.sheet() + " " + s.total() + " " + s.grade())
                        .toList());
    }

    /**
     * Why a file could not be read. Immutable and thread-safe.
     *
     * @param reason  a stable code, e.g. {@code TOO_LARGE}, {@code ENCRYPTED}, {@code NO_EVALUATION_TABLE}
     * @param message one line for a person: the file, what is wrong in Chinese and what to do, then English
     */
    public record Unreadable(FailureReason reason, String message) {

        /**
         * Checks that no component is null.
         *
         * @param reason a stable code, e.g. {@code TOO_LARGE}, {@code ENCRYPTED}, {@code NO_EVALUATION_TABLE}
         * @param message one line for a person: the file, what is wrong in Chinese and what to do, then English
         * @throws NullPointerException naming the missing component
         */
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
