package org.jixiao.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Problem;
import org.jixiao.model.Severity;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.score.GroupScore;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.write.FillResult;

/** The short table printed without {@code --json}: subtotals, total, grade, submitted total, problems. */
final class TextReport {

    private static final int PROBLEMS_SHOWN = 20;

    private TextReport() {
    }

    /** The path a workbook took, for -v: the lean one, or POI and why. */
    private static String route(java.util.Optional<String> notLeanReason) {
        return notLeanReason.map(r -> "POI（原因 because: " + r + "）").orElse("精简路径 lean");
    }

    static String of(SourceWorkbook source, List<ScoredEvaluation> scored, FillResult filled, boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append("文件 file: ").append(source.file()).append('\n');
        if (verbose) {
            out.append("读取 read: ").append(route(source.notLeanReason())).append("   写出 fill: ")
                    .append(route(filled.notLeanReason())).append('\n');
        }
        for (ScoredEvaluation s : scored) {
            var e = s.evaluation();
            out.append('\n').append("表 sheet: ").append(e.sheet()).append("（").append(e.kind().chinese()).append("）");
            e.unit().ifPresent(u -> out.append("  单位: ").append(u));
            e.project().ifPresent(p -> out.append("  项目: ").append(p));
            e.year().ifPresent(y -> out.append("  年度: ").append(y));
            out.append('\n');
            // per sheet: each is scored by the set chosen for it, which need not be the first sheet's
            var rules = s.rules();
            out.append("  规则集 rules: ").append(s.ruleChoice().describe()).append("  版本 ").append(rules.version())
                    .append("  SHA-256 ").append(rules.sha256(), 0, 12).append("…\n");
            out.append("  ").append(pad("一级指标 level 1", 24)).append(String.format("%8s %8s %8s%n", "分值", "得分", "失分"));
            s.budget().ifPresent(b -> out.append(row("预算执行 budget", Optional.of(b.weight()), b.score())));
            for (GroupScore g : s.groups()) {
                out.append(row(g.name(), g.knownWeight(), g.score()));
            }
            out.append(String.format("  总分 total: %s   等级 grade: %s%n", s.total().toPlainString(), s.grade()));
            e.reportedTotal().ifPresentOrElse(
                    r -> out.append(String.format("  填报总分 submitted: %s   差异（填报−计算） difference: %s%n",
                            r.toPlainString(), r.subtract(s.total()).toPlainString())),
                    () -> out.append("  填报总分 submitted: （空 blank）\n"));
            var robustness = s.robustness();
            out.append(String.format("  等级稳健性 robustness: 分值随机浮动±%.0f%%（%d次），等级不变的概率 %.1f%%，总分 P5–P95 %.2f–%.2f%n",
                    robustness.spread() * 100, robustness.iterations(), robustness.sameGradeProbability() * 100,
                    robustness.totalP5(), robustness.totalP95()));
            List<Problem> problems = s.allProblems();
            long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
            long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
            out.append(String.format("  问题 problems: %d（错误 %d，警告 %d，提示 %d）%n", problems.size(), errors, warnings,
                    problems.size() - errors - warnings));
            problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> out.append("    ").append(p).append('\n'));
            if (problems.size() > PROBLEMS_SHOWN) {
                out.append("    … 另有 ").append(problems.size() - PROBLEMS_SHOWN).append(" 条，见 --json\n");
            }
        }
        out.append('\n').append("已写出 written: ").append(filled.file()).append('\n');
        return out.toString();
    }

    /** A group without a known 分值 (rows of a table that prints none) shows — for 分值 and 失分. */
    private static String row(String name, Optional<BigDecimal> weight, BigDecimal score) {
        return "  " + pad(name, 24) + String.format("%8s %8s %8s%n",
                weight.map(w -> w.stripTrailingZeros().toPlainString()).orElse("—"), score.toPlainString(),
                weight.map(w -> w.subtract(score).stripTrailingZeros().toPlainString()).orElse("—"));
    }

    /** Pads to a display width, counting a CJK character as two columns as terminals do. */
    static String pad(String text, int width) {
        int shown = text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, width - shown));
    }
}
