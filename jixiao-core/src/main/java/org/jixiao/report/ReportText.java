package org.jixiao.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A report's text as read: its paragraphs in order (a .docx's body paragraphs and table cells, or a text file's
 * lines joined back into paragraphs where a line was only wrapped), and how it was decoded. Immutable and
 * thread-safe.
 */
public final class ReportText implements ReportReading {

    private final Path file;
    private final String format;
    private final String encoding;
    private final List<Passage> passages;

    ReportText(Path file, String format, String encoding, List<Passage> passages) {
        this.file = Objects.requireNonNull(file, "file");
        this.format = Objects.requireNonNull(format, "format");
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.passages = List.copyOf(passages);
    }

    @Override
    public Path file() {
        return file;
    }

    /** {@code docx} or {@code txt}. */
    String format() {
        return format;
    }

    /** {@code UTF-8}, {@code UTF-16}, {@code GBK} for a text file; {@code docx} for a Word document. */
    String encoding() {
        return encoding;
    }

    /** Every paragraph's text (table cells included, each as one), line breaks inside a paragraph removed. */
    List<String> paragraphs() {
        return passages.stream().map(Passage::text).toList();
    }

    List<Passage> passages() {
        return passages;
    }
}
