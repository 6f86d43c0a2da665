package org.jixiao.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking a report gave: the figures it states, every comparison made, and the findings. Immutable and
 * thread-safe.
 *
 * @param file        the report
 * @param format      {@code docx} or {@code txt}
 * @param encoding    the text's encoding ({@code UTF-8}, {@code GBK}, …), or {@code docx}
 * @param figures     the figures found, in document order
 * @param comparisons every check made, consistent or not
 * @param findings    the inconsistencies (ERROR) and notes (INFO)
 * @param against     the table compared with, e.g. {@code 自评表.xlsx 表“自评表”}; empty without one
 */
public record ReportCheckResult(Path file, String format, String encoding, List<StatedFigure> figures,
                                List<ReportComparison> comparisons, List<ReportFinding> findings,
                                Optional<String> against) {

    public ReportCheckResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        figures = List.copyOf(figures);
        comparisons = List.copyOf(comparisons);
        findings = List.copyOf(findings);
        Objects.requireNonNull(against, "against");
    }

    /** True when no finding is an inconsistency. */
    public boolean consistent() {
        return findings.stream().noneMatch(ReportFinding::inconsistency);
    }

    /** The inconsistencies only. */
    public List<ReportFinding> inconsistencies() {
        return findings.stream().filter(ReportFinding::inconsistency).toList();
    }
}
