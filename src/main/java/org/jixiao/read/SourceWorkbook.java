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

    SourceWorkbook(Path file, SpreadsheetFormat format, byte[] content, List<Evaluation> evaluations) {
        this(file, format, content, evaluations, null);
    }

    SourceWorkbook(Path file, SpreadsheetFormat format, byte[] content, List<Evaluation> evaluations, LeanWorkbook lean) {
        this.lean = lean;
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

    @Override
    public String toString() {
        return "SourceWorkbook[" + file + ", " + format + ", " + evaluations.size() + " evaluation(s)]";
    }
}
