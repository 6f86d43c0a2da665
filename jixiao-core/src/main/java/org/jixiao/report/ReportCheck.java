package org.jixiao.report;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.EvaluationKind;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.rules.GradeScale;
import org.jixiao.score.ScoredEvaluation;

/**
 * Checks a published 绩效自评报告: {@link #read} gets its text (.docx paragraphs and tables, or plain text in
 * UTF-8 or GBK), {@link #check(ReportText)} finds the budget, execution, rate, score and grade it states (with
 * where: paragraph and sentence, or table cell) and checks the report's own arithmetic at the precision printed —
 * execution ÷ budget against the rate (40,430.2 ÷ 48,865.73 = 82.74%, printed 82.7%: consistent), the score within
 * the stated grade's band, a figure stated twice alike; {@link #check(ReportText, SourceWorkbook, List)} also
 * compares each figure with its table and with the recomputed total and grade. Disagreements are
 * {@link ReportFinding}s with both locations. Stateless and thread-safe.
 */
public final class ReportCheck {

    /** Reads a report; the format is decided by the content, not the name. */
    public ReportReading read(Path file) {
        return ReportTexts.read(Objects.requireNonNull(file, "file"));
    }

    /** The report's figures and its own consistency, under the national grade bands. */
    public ReportCheckResult check(ReportText report) {
        EvaluationKind kind = kindOf(report);
        List<StatedFigure> figures = new FigureFinder(kind, GradeScale.NATIONAL).find(report);
        ReportChecks checks = new ReportChecks(figures, GradeScale.NATIONAL);
        checks.own();
        return new ReportCheckResult(report.file(), report.format(), report.encoding(), figures, checks.comparisons(),
                checks.findings(), Optional.empty());
    }

    /**
     * As {@link #check(ReportText)}, and every figure compared with the table: the evaluation among
     * {@code scored} whose unit or project the report names (else the first), its budget row, 总分 and grade,
     * the recomputed total and grade; the grade bands are its rule set's.
     *
     * @param table  the workbook the evaluations were read from, to name the cells compared with
     * @param scored the workbook's scored evaluations, at least one
     */
    public ReportCheckResult check(ReportText report, SourceWorkbook table, List<ScoredEvaluation> scored) {
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("no evaluation to compare with");
        }
        ScoredEvaluation chosen = choose(report, scored);
        GradeScale grades = chosen.rules().grades();
        List<StatedFigure> figures = new FigureFinder(chosen.evaluation().kind(), grades).find(report);
        ReportChecks checks = new ReportChecks(figures, grades);
        checks.own();
        try (TableCells cells = new TableCells(table)) {
            checks.against(chosen, cells);
        }
        String against = table.file().getFileName() + " 表“" + chosen.evaluation().sheet() + "”";
        return new ReportCheckResult(report.file(), report.format(), report.encoding(), figures, checks.comparisons(),
                checks.findings(), Optional.of(against));
    }

    /** The evaluation whose project or unit the report names, the longest name first; else the first. */
    private static ScoredEvaluation choose(ReportText report, List<ScoredEvaluation> scored) {
        String text = String.join("", report.paragraphs());
        return scored.stream()
                .filter(s -> s.evaluation().project().or(s.evaluation()::unit).filter(n -> !n.isBlank())
                        .filter(text::contains).isPresent())
                .max(Comparator.comparingInt(s -> s.evaluation().project().or(s.evaluation()::unit).orElse("").length()))
                .orElse(scored.get(0));
    }

    /** A 项目支出 report says so near its top; anything else is read as a 部门整体 report. */
    private static EvaluationKind kindOf(ReportText report) {
        return report.paragraphs().stream().limit(3).anyMatch(p -> p.contains("项目支出") || p.contains("项目绩效"))
                ? EvaluationKind.PROJECT : EvaluationKind.DEPARTMENT;
    }
}
