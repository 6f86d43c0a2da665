package org.jixiao.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.model.BudgetLine;
import org.jixiao.model.CellRef;
import org.jixiao.model.Evaluation;
import org.jixiao.rules.GradeScale;
import org.jixiao.score.BudgetScore;
import org.jixiao.score.ScoredEvaluation;

/**
 * The checks of one report: its own arithmetic (execution ÷ budget against the stated rate, within what the
 * printed digits allow; the score within the stated grade's band), figures stated twice, and with a table each
 * figure against the table and the recomputed total. A printed figure stands for every value that rounds to it:
 * 82.7% for [82.65%, 82.75%], so 40,430.2 ÷ 48,865.73 = 82.737…% is consistent with it.
 */
final class ReportChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final List<StatedFigure> figures;
    private final GradeScale grades;
    private final List<ReportComparison> comparisons = new ArrayList<>();
    private final List<ReportFinding> findings = new ArrayList<>();
    private final Map<StatedFigure.Kind, StatedFigure> primary = new EnumMap<>(StatedFigure.Kind.class);

    ReportChecks(List<StatedFigure> figures, GradeScale grades) {
        this.figures = figures;
        this.grades = grades;
        for (StatedFigure f : figures) {
            if (!f.part()) {
                primary.putIfAbsent(f.kind(), f);
            }
        }
    }

    List<ReportComparison> comparisons() {
        return comparisons;
    }

    List<ReportFinding> findings() {
        return findings;
    }

    /** The report's own arithmetic, its repeated figures, and the figures it does not state. */
    void own() {
        for (StatedFigure.Kind kind : StatedFigure.Kind.values()) {
            if (!primary.containsKey(kind)) {
                findings.add(ReportFinding.of(ReportFinding.Code.FIGURE_NOT_STATED, "报告中未找到" + kind.chinese()
                        + "（按常见写法） / the report states no " + kind.id(), Optional.empty(), Optional.empty()));
            }
        }
        repeated();
        arithmetic();
        bands();
    }

    private void repeated() {
        for (StatedFigure.Kind kind : StatedFigure.Kind.values()) {
            StatedFigure first = primary.get(kind);
            if (first == null) {
                continue;
            }
            List<StatedFigure> others = figures.stream().filter(f -> f.kind() == kind && !f.part() && f != first).toList();
            if (others.isEmpty()) {
                continue;
            }
            List<StatedFigure> differing = others.stream().filter(f -> !same(first, f)).toList();
            comparisons.add(new ReportComparison("repeated", differing.isEmpty(), kind.chinese() + "在报告中出现 "
                    + (others.size() + 1) + " 次，" + (differing.isEmpty() ? "各处一致 / stated alike each time"
                    : differing.size() + " 处与首次（" + first.shown() + "，" + place(first) + "）不同 / stated differently"),
                    Optional.of(first.location()), Optional.empty()));
            for (StatedFigure f : differing) {
                findings.add(ReportFinding.of(ReportFinding.Code.STATED_DIFFERENTLY, kind.chinese() + "此处写" + f.shown()
                        + "，" + place(first) + "写" + first.shown() + " / stated differently in the same report",
                        Optional.of(f.location()), Optional.empty()));
            }
        }
    }

    /** Execution ÷ budget against the rate, in each paragraph stating all three, else across the report. */
    private void arithmetic() {
        List<StatedFigure[]> triples = new ArrayList<>();
        Map<String, StatedFigure[]> byPlace = new java.util.LinkedHashMap<>();
        for (StatedFigure f : figures) {
            int index = f.kind().ordinal();
            if (index > StatedFigure.Kind.RATE.ordinal()) {
                continue;
            }
            String key = f.location().paragraph() + "/" + f.location().table() + "/" + f.part();
            StatedFigure[] triple = byPlace.computeIfAbsent(key, k -> new StatedFigure[3]);
            if (triple[index] == null) {
                triple[index] = f;
            }
        }
        byPlace.values().stream().filter(t -> t[0] != null && t[1] != null && t[2] != null).forEach(triples::add);
        if (triples.stream().noneMatch(t -> !t[0].part())) {
            StatedFigure[] across = {primary.get(StatedFigure.Kind.BUDGET), primary.get(StatedFigure.Kind.EXECUTION),
                primary.get(StatedFigure.Kind.RATE)};
            if (across[0] != null && across[1] != null && across[2] != null) {
                triples.add(0, across);
            }
        }
        for (StatedFigure[] t : triples) {
            BigDecimal budget = t[0].value().get();
            BigDecimal executed = t[1].value().get();
            BigDecimal rate = t[2].value().get();
            BigDecimal low = budget.add(half(budget));
            BigDecimal high = budget.subtract(half(budget));
            if (high.signum() <= 0) {
                continue;
            }
            BigDecimal min = executed.subtract(half(executed)).multiply(HUNDRED).divide(low, MathContext.DECIMAL64);
            BigDecimal max = executed.add(half(executed)).multiply(HUNDRED).divide(high, MathContext.DECIMAL64);
            boolean consistent = rate.add(half(rate)).compareTo(min) >= 0 && rate.subtract(half(rate)).compareTo(max) <= 0;
            BigDecimal computed = executed.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
            String message = digits(t[1]) + " ÷ " + digits(t[0]) + " = " + computed.toPlainString() + "%，报告写 "
                    + Format.plain(rate) + "%：" + (consistent ? "一致 / consistent" : "不一致 / inconsistent");
            comparisons.add(new ReportComparison("arithmetic", consistent, message, Optional.of(t[2].location()),
                    Optional.empty()));
            if (!consistent) {
                findings.add(ReportFinding.of(ReportFinding.Code.RATE_ARITHMETIC, "执行数÷预算数 " + message
                        + "（执行数见" + place(t[1]) + "，预算数见" + place(t[0]) + "）", Optional.of(t[2].location()),
                        Optional.empty()));
            }
        }
    }

    /** The score within the stated grade's band, in each paragraph stating both, else across the report. */
    private void bands() {
        List<StatedFigure[]> pairs = new ArrayList<>();
        Map<String, StatedFigure[]> byPlace = new java.util.LinkedHashMap<>();
        for (StatedFigure f : figures) {
            if (f.kind() != StatedFigure.Kind.TOTAL && f.kind() != StatedFigure.Kind.GRADE) {
                continue;
            }
            StatedFigure[] pair = byPlace.computeIfAbsent(f.location().paragraph() + "/" + f.location().table() + "/"
                    + f.part(), k -> new StatedFigure[2]);
            int index = f.kind() == StatedFigure.Kind.TOTAL ? 0 : 1;
            if (pair[index] == null) {
                pair[index] = f;
            }
        }
        byPlace.values().stream().filter(p -> p[0] != null && p[1] != null).forEach(pairs::add);
        if (pairs.stream().noneMatch(p -> !p[0].part())) {
            StatedFigure total = primary.get(StatedFigure.Kind.TOTAL);
            StatedFigure grade = primary.get(StatedFigure.Kind.GRADE);
            if (total != null && grade != null) {
                pairs.add(0, new StatedFigure[] {total, grade});
            }
        }
        for (StatedFigure[] p : pairs) {
            String label = p[1].grade().get();
            Optional<GradeScale.Band> band = grades.bands().stream().filter(b -> b.label().equals(label)).findFirst();
            if (band.isEmpty()) {
                continue;
            }
            BigDecimal total = p[0].value().get();
            boolean consistent = band.get().interval().contains(total);
            String message = Format.plain(total) + " 分" + (consistent ? "在" : "不在") + "“" + label + "”的区间 "
                    + band.get().interval() + " 内" + (consistent ? "" : "（应为“" + grades.gradeOf(total) + "”）") + "："
                    + (consistent ? "一致 / consistent" : "不一致 / inconsistent");
            comparisons.add(new ReportComparison("grade-band", consistent, message, Optional.of(p[1].location()),
                    Optional.empty()));
            if (!consistent) {
                findings.add(ReportFinding.of(ReportFinding.Code.GRADE_OUT_OF_BAND, "报告所写得分 " + message + "（得分见"
                        + place(p[0]) + "）", Optional.of(p[1].location()), Optional.empty()));
            }
        }
    }

    /** Every figure about the whole against the table, and the score and grade against the recomputed ones. */
    void against(ScoredEvaluation scored, TableCells cells) {
        Evaluation e = scored.evaluation();
        Optional<BudgetLine> line = scored.budget().map(BudgetScore::line).or(e::budgetTotal);
        Optional<BigDecimal> budget = line.flatMap(l -> l.budget().or(l::initialBudget));
        Optional<BigDecimal> executed = line.flatMap(BudgetLine::executed);
        Optional<BigDecimal> rate = scored.budget().flatMap(BudgetScore::rate)
                .or(() -> budget.filter(b -> b.signum() != 0).flatMap(b -> executed.map(x -> x.divide(b, MathContext.DECIMAL64))));
        for (StatedFigure f : figures) {
            if (f.part()) {
                continue;
            }
            switch (f.kind()) {
                case BUDGET -> money(f, budget, line.map(l -> cells.find(l.labelCell(), budget.orElse(BigDecimal.ZERO))),
                        ReportFinding.Code.BUDGET_DIFFERS, "预算数");
                case EXECUTION -> money(f, executed, line.map(l -> cells.find(l.labelCell(), executed.orElse(BigDecimal.ZERO))),
                        ReportFinding.Code.EXECUTION_DIFFERS, "执行数");
                case RATE -> rate.ifPresent(r -> {
                    BigDecimal percent = r.multiply(HUNDRED);
                    Optional<CellRef> cell = line.flatMap(BudgetLine::rateCell).or(() -> line.map(BudgetLine::labelCell));
                    compare(f, within(f.value().get(), percent), "执行率 " + f.shown() + "，表中执行数÷预算数为 "
                            + percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%", cell,
                            ReportFinding.Code.RATE_DIFFERS);
                });
                case TOTAL -> {
                    e.reportedTotal().ifPresent(t -> compare(f, within(f.value().get(), t), "自评得分 " + f.shown()
                            + "，表中填报总分为 " + Format.plain(t) + " 分", e.totalCell(), ReportFinding.Code.TOTAL_DIFFERS));
                    compare(f, within(f.value().get(), scored.total()), "自评得分 " + f.shown() + "，按评分规则重新计算为 "
                            + Format.score(scored.total()) + " 分", e.totalCell(), ReportFinding.Code.TOTAL_DIFFERS_FROM_RECOMPUTED);
                }
                case GRADE -> {
                    e.reportedGrade().flatMap(grades::parse).ifPresent(g -> compare(f, g.equals(f.grade().get()),
                            "自评等级“" + f.grade().get() + "”，表中为“" + g + "”", e.gradeCell(), ReportFinding.Code.GRADE_DIFFERS));
                    compare(f, scored.grade().label().equals(f.grade().get()), "自评等级“" + f.grade().get()
                            + "”，重新计算的总分 " + Format.score(scored.total()) + " 分对应“" + scored.grade().label() + "”",
                            e.gradeCell().or(e::totalCell), ReportFinding.Code.GRADE_DIFFERS_FROM_RECOMPUTED);
                }
            }
        }
    }

    private void money(StatedFigure f, Optional<BigDecimal> table, Optional<CellRef> cell, ReportFinding.Code code,
                       String what) {
        if (table.isEmpty()) {
            return;
        }
        BigDecimal stated = f.value().get();
        boolean consistent = within(stated, table.get());
        String unitHint = "";
        if (!consistent && (within(stated.multiply(TEN_THOUSAND), table.get())
                || within(stated, table.get().multiply(TEN_THOUSAND)))) {
            unitHint = "（相差一万倍，可能把元与万元混用）";
        }
        compare(f, consistent, what + " " + f.shown() + "，表中为 " + Format.money(table.get()) + " 万元" + unitHint, cell, code);
    }

    private void compare(StatedFigure f, boolean consistent, String what, Optional<CellRef> cell, ReportFinding.Code code) {
        String message = "报告" + what + "：" + (consistent ? "一致 / consistent" : "不一致 / inconsistent");
        comparisons.add(new ReportComparison("table", consistent, message, Optional.of(f.location()), cell));
        if (!consistent) {
            findings.add(ReportFinding.of(code, message, Optional.of(f.location()), cell));
        }
    }

    /** Whether {@code exact} rounds to the printed {@code stated}: within half its last digit. */
    static boolean within(BigDecimal stated, BigDecimal exact) {
        return stated.subtract(exact).abs().compareTo(half(stated)) <= 0;
    }

    /** Whether two printed figures can stand for the same value. */
    private static boolean same(StatedFigure a, StatedFigure b) {
        if (a.kind() == StatedFigure.Kind.GRADE) {
            return a.grade().equals(b.grade());
        }
        BigDecimal x = a.value().get();
        BigDecimal y = b.value().get();
        return x.subtract(y).abs().compareTo(half(x).add(half(y))) <= 0;
    }

    private static BigDecimal half(BigDecimal printed) {
        return printed.ulp().divide(BigDecimal.valueOf(2));
    }

    /** A money figure's digits as written, without the unit. */
    private static String digits(StatedFigure f) {
        return f.text().replaceAll("[^0-9.,]", "");
    }

    private static String place(StatedFigure f) {
        ReportLocation l = f.location();
        return l.inTable() ? "表格 " + l.table() + " 第 " + l.row() + " 行第 " + l.column() + " 列"
                : "段落 " + l.paragraph() + " 第 " + l.sentence() + " 句";
    }
}
