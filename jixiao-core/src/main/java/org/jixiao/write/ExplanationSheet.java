package org.jixiao.write;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.rules.GradeScale;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.Settings;
import org.jixiao.score.BudgetScore;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;

/**
 * The 评分说明 sheet added to every filled copy: which rule set scored it (name, version, SHA-256) and why it was
 * used, its settings and grade bands; per table the 一级指标 scores with the budget block and a 合计 equal to the
 * total; and per indicator the rule applied and its 得分依据. Its headers avoid the names the reader
 * looks for, so a filled copy reads back as the same evaluations.
 */
final class ExplanationSheet {

    static final String NAME = "评分说明";
    private static final String VERSION = "jixiao 0.1.0";

    private ExplanationSheet() {
    }

    static AddedSheet build(List<ScoredEvaluation> scored) {
        // capped so the indicator table prints one landscape A4 page wide at full size; long text wraps
        int[] widths = {18, 10, 12, 16, 6, 8, 20, 16, 40};
        List<List<AddedSheet.Entry>> sheet = new ArrayList<>();
        boolean bold = true;
        row(sheet, bold, "评分说明 / Scoring notes");
        RuleSet rules = scored.isEmpty() ? null : scored.get(0).rules();
        if (rules != null) {
            row(sheet, !bold, "规则集 rule set", rules.name(), scored.get(0).ruleChoice().why());
            row(sheet, !bold, "版本 version", rules.version());
            row(sheet, !bold, "SHA-256", rules.sha256());
            row(sheet, !bold, "程序 program", VERSION);
            Settings s = rules.settings();
            row(sheet, !bold, "小数位数", String.valueOf(s.decimals()));
            row(sheet, !bold, "舍入方式", s.rounding() == RoundingMode.HALF_EVEN ? "四舍六入五成双" : "四舍五入");
            row(sheet, !bold, "取整时机", s.roundingStage().chinese());
            row(sheet, !bold, "等级依据", s.gradeBasis().chinese());
            row(sheet, !bold, "执行率分母", s.budgetBase().chinese());
            row(sheet, !bold, "预算分值", s.budgetWeight().map(w -> w.toPlainString()).orElse("表内"));
            row(sheet, !bold, "执行率封顶", s.capBudgetRate() ? "是" : "否");
            row(sheet, !bold, "满分合计", s.expectedTotal().toPlainString());
            StringBuilder bands = new StringBuilder();
            for (GradeScale.Band band : rules.grades().bands()) {
                bands.append(band.label()).append(' ').append(band.interval()).append("  ");
            }
            row(sheet, !bold, "等级区间", bands.toString().strip());
        }
        for (ScoredEvaluation evaluation : scored) {
            sheet.add(List.of());
            row(sheet, bold, "表 " + evaluation.evaluation().sheet(), "总分 " + evaluation.total().toPlainString(),
                    "等级 " + evaluation.grade().label());
            var robustness = evaluation.robustness();
            row(sheet, !bold, "等级稳健性", "分值随机浮动±" + fixed(robustness.spread() * 100, 0) + "%，"
                    + robustness.iterations() + "次（种子" + robustness.seed() + "）：等级不变的概率"
                    + fixed(robustness.sameGradeProbability() * 100, 1) + "%，总分P5–P95为"
                    + fixed(robustness.totalP5(), 2) + "–" + fixed(robustness.totalP95(), 2));
            if (evaluation.rules() != rules) {
                // a sheet scored by another set than the first: the settings above are not its own
                row(sheet, !bold, "规则集 rule set", evaluation.rules().name() + " " + evaluation.rules().version(),
                        evaluation.ruleChoice().why());
            }
            levelOneTable(sheet, evaluation);
            row(sheet, bold, "单元格", "一级", "二级", "三级", "分值", "计算得分", "规则", "参数", "得分依据");
            if (evaluation.budget().isPresent()) {
                BudgetScore b = evaluation.budget().get();
                row(sheet, !bold, b.line().scoreCell().map(Object::toString).orElse(""), "预算执行", "",
                        b.line().label(), b.weight(), b.score(), "预算执行率", "",
                        b.basis());
            }
            for (IndicatorScore i : evaluation.indicators()) {
                row(sheet, !bold, i.indicator().scoreCell().toString(), i.indicator().path().level1(),
                        i.indicator().path().level2(), i.indicator().path().name(), known(i.knownWeight()), i.score(),
                        i.ruleDescription(), i.ruleRow().map(x -> x.params()).orElse(""),
                        i.basis());
            }
        }
        // the indicator table's header is the one repeated on each printed page; 二级, 三级, 规则, 参数 and
        // 得分依据 wrap (column B does not: the settings' values run on across the empty cells beside them)
        return new AddedSheet(NAME, widths, sheet, AddedSheet.firstRowStartingWith(sheet, "单元格"),
                java.util.Set.of(2, 3, 6, 7, 8), AddedSheet.unitOf(scored));
    }

    /**
     * The 一级指标 table: the budget block (预算执行) first when the sheet has one, each 一级 level, any rescaling or
     * veto cap, and a 合计 row holding the total, so that the rows' 得分 add up to the total shown.
     */
    private static void levelOneTable(List<List<AddedSheet.Entry>> sheet, ScoredEvaluation evaluation) {
        row(sheet, true, "一级指标", "分值", "得分", "失分");
        BigDecimal scores = BigDecimal.ZERO;
        Optional<BigDecimal> weights = Optional.of(BigDecimal.ZERO);
        if (evaluation.budget().isPresent()) {
            BudgetScore b = evaluation.budget().get();
            row(sheet, false, "预算执行", plain(b.weight()), b.score(), plain(b.weight().subtract(b.score())));
            scores = scores.add(b.score());
            weights = Optional.of(b.weight());
        }
        for (var group : evaluation.groups()) {
            row(sheet, false, group.name(), known(group.knownWeight()), group.score(), known(group.knownPointsLost()));
            scores = scores.add(group.score());
            weights = weights.flatMap(w -> group.knownWeight().map(w::add));
        }
        BigDecimal adjustment = evaluation.total().subtract(scores);
        if (adjustment.signum() != 0) {
            row(sheet, false, "调整（取整、不适用折算或否决封顶）", "", adjustment, "");
        }
        row(sheet, true, "合计", known(weights), evaluation.total(),
                known(weights.map(w -> w.subtract(evaluation.total()))));
    }

    /** A weight as written on the sheet: at most four decimals, no trailing zeros (shown as General). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.scale() > 4 ? value.setScale(4, RoundingMode.HALF_UP) : value;
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** A weight or a loss that a table without 分值 leaves unknown is an empty cell, not a misleading 0. */
    private static Object known(Optional<BigDecimal> value) {
        return value.<Object>map(ExplanationSheet::plain).orElse("");
    }

    /**
     * One row: text as text, numbers (weights, scores, points lost) as numbers, so that an evaluator can add them
     * up and Excel shows no "number stored as text" marks.
     */
    private static void row(List<List<AddedSheet.Entry>> sheet, boolean bold, Object... values) {
        List<AddedSheet.Entry> row = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof BigDecimal number) {
                row.add(AddedSheet.Entry.number(number));
            } else {
                row.add(bold ? AddedSheet.Entry.bold((String) value) : AddedSheet.Entry.text((String) value));
            }
        }
        sheet.add(row);
    }

    /**
     * A double to a fixed number of decimals, half up, as {@code %.nf} prints it in a Chinese locale, without
     * the cost of a Formatter for every evaluation.
     */
    static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
