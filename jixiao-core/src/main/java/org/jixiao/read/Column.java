package org.jixiao.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns jixiao recognises in the indicator table and the budget block, each with the header texts that
 * name it in real sheets. Headers are compared after {@link #normalizeHeader}: full-width forms folded, white
 * space and parenthesised notes such as （万元）, （A）, (调整) removed.
 */
enum Column {
    CODE("编码", "指标编码", "指标代码"),
    LEVEL1("一级指标", "一级指标名称"),
    LEVEL2("二级指标", "二级指标名称"),
    LEVEL3("三级指标", "三级指标名称", "指标名称", "具体指标"),
    TARGET("年度指标值", "指标值", "年初指标值", "年度目标值", "目标值", "预期指标值", "年度计划值", "计划指标值",
            "年度绩效目标值"),
    ACTUAL("实际完成值", "完成值", "全年完成值", "全年实际值", "实际值", "年度完成值", "全年实际完成值", "实际完成"),
    RELATION("指标性质", "指标方向"),
    MEASURE_UNIT("度量单位", "计量单位", "单位"),
    WEIGHT("分值", "权重", "指标分值", "指标权重", "标准分值", "标准分", "分数", "权重分"),
    SCORE("得分", "自评得分", "指标得分", "评价得分", "实际得分", "评分"),
    STANDARD("评分标准", "指标说明及评分标准", "评分办法", "评分方法", "评分规则", "计分方法", "评分标准及方法"),
    DEVIATION("偏差原因分析及改进措施", "偏差原因分析", "偏差原因", "扣分原因", "未完成原因和改进措施",
            "未完成原因分析", "偏差原因及改进措施", "扣分原因说明"),

    INITIAL_BUDGET("年初预算数", "年初预算", "年初预算金额"),
    BUDGET("全年预算数", "调整后预算数", "全年预算", "调整后预算", "全年预算金额", "预算数"),
    ADJUSTMENT("调整数", "预算调整数", "调整金额"),
    FUNDS_RECEIVED("实际到位资金", "到位资金", "资金到位数", "实际到位数"),
    EXECUTED("全年执行数", "预算执行数", "执行数", "全年实际支出", "实际支出数", "实际执行数"),
    RATE("执行率", "预算执行率");

    static final List<Column> INDICATOR_COLUMNS = List.of(CODE, LEVEL1, LEVEL2, LEVEL3, TARGET, ACTUAL, RELATION,
            MEASURE_UNIT, WEIGHT, SCORE, STANDARD, DEVIATION);
    static final List<Column> BUDGET_COLUMNS = List.of(INITIAL_BUDGET, BUDGET, ADJUSTMENT, FUNDS_RECEIVED, EXECUTED,
            WEIGHT, RATE, SCORE);

    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|【[^】]*】");

    private final java.util.Set<String> names;

    Column(String... names) {
        this.names = java.util.Set.copyOf(List.of(names));
    }

    /** Which of the given columns a header names, if any; the header as {@link #normalizeHeader} gives it. */
    static Optional<Column> matchKey(String h, List<Column> candidates) {
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Column column = BY_NAME.get(h);
        return column != null && candidates.contains(column) ? Optional.of(column) : Optional.empty();
    }

    /** Every header name to its column; each name belongs to one column (checked when the class loads). */
    private static final java.util.Map<String, Column> BY_NAME = byName();

    private static java.util.Map<String, Column> byName() {
        java.util.Map<String, Column> map = new java.util.HashMap<>();
        for (Column column : values()) {
            for (String name : column.names) {
                if (map.put(name, column) != null) {
                    throw new ExceptionInInitializerError("header name in two columns: " + name);
                }
            }
        }
        return map;
    }

    private static final java.util.regex.Pattern TRAILING_MARKS = java.util.regex.Pattern.compile("[:*]+$");

    static String normalizeHeader(String text) {
        String s = FigureParser.normalize(text);
        // most cells hold neither brackets nor marks; skip the regular expressions for them
        if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0 || s.indexOf('【') >= 0) {
            s = PARENTHESISED.matcher(s).replaceAll("");
        }
        if (s.indexOf(':') >= 0 || s.indexOf('*') >= 0) {
            s = TRAILING_MARKS.matcher(s).replaceAll("").replace("*", "");
        }
        return s;
    }
}
