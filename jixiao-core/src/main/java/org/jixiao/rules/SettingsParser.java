package org.jixiao.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.EvaluationKind;
import org.jixiao.read.FigureParser;

/** Reads the 设置 table: one 设置项 | 值 row per setting, Chinese or English names and values. */
final class SettingsParser {

    /** Settings plus the name and version a rule set may declare. */
    record Parsed(Settings settings, Optional<String> name, Optional<String> version) {
    }

    static final String KEY = "设置项";
    static final String VALUE = "值";

    private SettingsParser() {
    }

    static Parsed parse(RawTable table, List<RuleSetError> errors) {
        Settings s = Settings.DEFAULTS;
        Optional<String> name = Optional.empty();
        Optional<String> version = Optional.empty();
        int decimals = s.decimals();
        RoundingMode rounding = s.rounding();
        Settings.RoundingStage stage = s.roundingStage();
        Settings.GradeBasis basis = s.gradeBasis();
        Settings.BudgetBase base = s.budgetBase();
        Optional<BigDecimal> budgetWeight = s.budgetWeight();
        boolean cap = s.capBudgetRate();
        BigDecimal expected = s.expectedTotal();
        BigDecimal deviation = s.deviationThreshold();
        Optional<EvaluationKind> kind = s.kind();
        for (RawTable.Row row : table.rows()) {
            String key = FigureParser.normalize(cell(row, KEY, "setting"));
            String raw = cell(row, VALUE, "value");
            String value = FigureParser.normalize(raw);
            Bad bad = (expectation) -> errors.add(new RuleSetError(table.file(), row.line(), VALUE, raw,
                    RuleSetError.Code.BAD_SETTING, "设置“" + key + "”的值应为" + expectation));
            switch (key) {
                case "名称", "name" -> name = Optional.of(raw.strip());
                case "版本", "version" -> version = Optional.of(raw.strip());
                case "小数位数", "decimals" -> {
                    Optional<BigDecimal> n = FigureParser.parse(value).number();
                    if (n.isPresent() && n.get().scale() <= 0 && n.get().intValue() >= 0 && n.get().intValue() <= 6) {
                        decimals = n.get().intValue();
                    } else {
                        bad.say("0到6之间的整数");
                    }
                }
                case "舍入方式", "rounding" -> {
                    if (value.equals("四舍五入") || value.equalsIgnoreCase("HALF_UP")) {
                        rounding = RoundingMode.HALF_UP;
                    } else if (value.equals("四舍六入五成双") || value.equals("银行家舍入")
                            || value.equalsIgnoreCase("HALF_EVEN")) {
                        rounding = RoundingMode.HALF_EVEN;
                    } else {
                        bad.say("“四舍五入”或“四舍六入五成双”");
                    }
                }
                case "取整时机", "rounding_stage" -> {
                    if (value.equals("逐项") || value.equalsIgnoreCase("each")) {
                        stage = Settings.RoundingStage.EACH_INDICATOR;
                    } else if (value.equals("仅总分") || value.equalsIgnoreCase("total_only")) {
                        stage = Settings.RoundingStage.TOTAL_ONLY;
                    } else {
                        bad.say("“逐项”或“仅总分”");
                    }
                }
                case "等级依据", "grade_basis" -> {
                    if (value.equals("取整后总分") || value.equalsIgnoreCase("rounded")) {
                        basis = Settings.GradeBasis.ROUNDED_TOTAL;
                    } else if (value.equals("未取整总分") || value.equalsIgnoreCase("exact")) {
                        basis = Settings.GradeBasis.EXACT_TOTAL;
                    } else {
                        bad.say("“取整后总分”或“未取整总分”");
                    }
                }
                case "执行率分母", "budget_base" -> {
                    Optional<Settings.BudgetBase> found = budgetBase(value);
                    if (found.isPresent()) {
                        base = found.get();
                    } else {
                        bad.say("全年预算数、调整后预算数、年初预算数+调整数 或 实际到位资金");
                    }
                }
                case "预算分值", "budget_weight" -> {
                    if (value.equals("表内") || value.equalsIgnoreCase("sheet") || value.isEmpty()) {
                        budgetWeight = Optional.empty();
                    } else {
                        Optional<BigDecimal> n = FigureParser.parse(value).number();
                        if (n.isPresent() && n.get().signum() >= 0) {
                            budgetWeight = n;
                        } else {
                            bad.say("非负数值，或“表内”（取表中分值）");
                        }
                    }
                }
                case "执行率封顶", "cap_budget_rate" -> {
                    if (value.equals("是") || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true")) {
                        cap = true;
                    } else if (value.equals("否") || value.equalsIgnoreCase("no") || value.equalsIgnoreCase("false")) {
                        cap = false;
                    } else {
                        bad.say("“是”或“否”");
                    }
                }
                case "满分合计", "expected_total" -> {
                    Optional<BigDecimal> n = FigureParser.parse(value).number();
                    if (n.isPresent() && n.get().signum() > 0) {
                        expected = n.get();
                    } else {
                        bad.say("正数，如100");
                    }
                }
                case "偏离阈值", "deviation_threshold" -> {
                    Optional<BigDecimal> n = FigureParser.parse(value).number();
                    if (n.isPresent() && n.get().compareTo(BigDecimal.ONE) > 0) {
                        deviation = n.get();
                    } else {
                        bad.say("大于100%的比例，如120%");
                    }
                }
                case "适用类型", "kind" -> {
                    Optional<Optional<EvaluationKind>> found = kind(value);
                    if (found.isPresent()) {
                        kind = found.get();
                    } else {
                        bad.say("“项目支出”“部门整体支出”或“自动”（按指标规则的一级指标推断）");
                    }
                }
                default -> errors.add(new RuleSetError(table.file(), row.line(), KEY, key,
                        RuleSetError.Code.UNKNOWN_SETTING, "未知设置项；可用：名称、版本、小数位数、舍入方式、取整时机、等级依据、"
                                + "执行率分母、预算分值、执行率封顶、满分合计、偏离阈值、适用类型"));
            }
        }
        return new Parsed(new Settings(decimals, rounding, stage, basis, base, budgetWeight, cap, expected, deviation,
                kind), name, version);
    }

    /** 项目支出 / 部门整体支出 (or their ids), or 自动 / blank for "infer from the rows"; empty outer: not a kind. */
    private static Optional<Optional<EvaluationKind>> kind(String value) {
        if (value.isEmpty() || value.equals("自动") || value.equalsIgnoreCase("auto")) {
            return Optional.of(Optional.empty());
        }
        for (EvaluationKind kind : EvaluationKind.values()) {
            if (value.equals(kind.chinese()) || value.equalsIgnoreCase(kind.id())
                    || value.equals(kind.chinese() + "绩效自评表")) {
                return Optional.of(Optional.of(kind));
            }
        }
        return Optional.empty();
    }

    private static Optional<Settings.BudgetBase> budgetBase(String value) {
        for (Settings.BudgetBase base : Settings.BudgetBase.values()) {
            if (base.chinese().equals(value) || base.name().equalsIgnoreCase(value)) {
                return Optional.of(base);
            }
        }
        return Optional.empty();
    }

    /** The cell under the Chinese header, else the English one. */
    static String cell(RawTable.Row row, String chinese, String english) {
        for (var entry : row.cells().entrySet()) {
            String header = FigureParser.normalize(entry.getKey());
            if (header.equals(chinese) || header.equalsIgnoreCase(english)) {
                return entry.getValue() == null ? "" : entry.getValue().strip();
            }
        }
        return "";
    }

    @FunctionalInterface
    private interface Bad {
        void say(String expectation);
    }
}
