package org.jixiao.read;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.Evaluation;
import org.jixiao.xlsx.LeanWorkbook;

/**
 * A workbook that was read: the evaluations found in it, its real format, and its content as read, so that a
 * writer fills a copy of exactly these bytes however the file on disk changes later. Immutable and thread-safe.
 */
public final class SourceWorkbook implements ReadOutcome {

    private final Path file;
    private final SpreadsheetFormat format;
    private final byte[] content;
    private final List<Evaluation> evaluations;
    private final LeanWorkbook lean;
    private final String notLeanReason;

    /** A workbook read through POI, and why the lean path did not take it. */
    SourceWorkbook(Path file, SpreadsheetFormat format, byte[] content, List<Evaluation> evaluations, String notLeanReason) {
        this(file, format, content, evaluations, null, Objects.requireNonNull(notLeanReason, "notLeanReason"));
    }

    /** A workbook read on the lean path. */
    SourceWorkbook(Path file, SpreadsheetFormat format, byte[] content, List<Evaluation> evaluations, LeanWorkbook lean) {
        this(file, format, content, evaluations, Objects.requireNonNull(lean, "lean"), null);
    }

    private SourceWorkbook(Path file, SpreadsheetFormat format, byte[] content, List<Evaluation> evaluations,
                           LeanWorkbook lean, String notLeanReason) {
        this.lean = lean;
        this.notLeanReason = notLeanReason;
        this.file = Objects.requireNonNull(file, "file");
        this.format = Objects.requireNonNull(format, "format");
        this.content = Objects.requireNonNull(content, "content");
        this.evaluations = List.copyOf(evaluations);
    }

    @Override
    public Path file() {
        return file;
    }

    public SpreadsheetFormat format() {
        return format;
    }

    /** Every evaluation table found, in sheet order; never empty. */
    public List<Evaluation> evaluations() {
        return evaluations;
    }

    /** The bytes that were read, not copied: for this package's estimates only. */
    byte[] content() {
        return content;
    }

    /** A fresh stream over the bytes that were read. */
    public InputStream openContent() {
        return new ByteArrayInputStream(content);
    }

    /**
     * The lean scan of an .xlsx read without POI, for a writer to patch the same parts; empty when the workbook
     * was read through POI. Internal to jixiao's reader and writer.
     */
    public Optional<LeanWorkbook> lean() {
        return Optional.ofNullable(lean);
    }

    /**
     * Why the workbook was read through POI rather than on the lean path (an .xls, formulas to evaluate, an
     * encrypted or damaged package …); empty when it was read the lean way.
     */
    public Optional<String> notLeanReason() {
        return Optional.ofNullable(notLeanReason);
    }

    @Override
    public String toString() {
        return "SourceWorkbook[" + file + ", " + format + ", " + evaluations.size() + " evaluation(s)]";
    }
}
