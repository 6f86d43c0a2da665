package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.read.FigureParser;

/** Turns the rows of the 指标规则 table into {@link RuleRow}s, reporting each mistake at its line and column. */
final class RuleRows {

    private RuleRows() {
    }

    static List<RuleRow> parse(RawTable table, List<RuleSetError> errors) {
        List<RuleRow> rows = new ArrayList<>();
        java.util.Map<String, Integer> codes = new java.util.HashMap<>();
        for (RawTable.Row raw : table.rows()) {
            int before = errors.size();
            RuleFactory.Sink sink = (column, value, code, message) ->
                    errors.add(new RuleSetError(table.file(), raw.line(), column, value, code, message));
            String code = SettingsParser.cell(raw, "编码", "code");
            if (!code.isEmpty()) {
                Integer first = codes.putIfAbsent(code, raw.line());
                if (first != null) {
                    sink.error("编码", code, RuleSetError.Code.DUPLICATE_CODE, "编码重复，第" + first + "行已使用");
                }
            }
            String typeText = SettingsParser.cell(raw, "规则类型", "type");
            String params = SettingsParser.cell(raw, "参数", "params");
            String weightText = SettingsParser.cell(raw, "分值", "weight");
            Optional<BigDecimal> weight = Optional.empty();
            if (!weightText.isEmpty()) {
                weight = FigureParser.parse(weightText).number();
                if (weight.isEmpty() || FigureParser.parse(weightText).percent()) {
                    sink.error("分值", weightText, RuleSetError.Code.BAD_NUMBER, "分值应为数值 / weight must be a number");
                    weight = Optional.empty();
                } else if (weight.get().signum() <= 0) {
                    sink.error("分值", weightText, RuleSetError.Code.WEIGHT_NOT_POSITIVE,
                            "分值应大于0；不计分的指标请用“不适用”或“否决”规则 / weight must be positive");
                }
            }
            if (typeText.isEmpty()) {
                sink.error("规则类型", "", RuleSetError.Code.UNKNOWN_RULE_TYPE, "缺少规则类型，如“比率”“分档”“人工”");
                continue;
            }
            Optional<Rule> rule = RuleFactory.build(typeText, params, sink);
            if (rule.isPresent() && errors.size() == before) {
                rows.add(new RuleRow(raw.line(), code.isEmpty() ? Optional.empty() : Optional.of(code),
                        NamePattern.of(SettingsParser.cell(raw, "一级指标", "level1")),
                        NamePattern.of(SettingsParser.cell(raw, "二级指标", "level2")),
                        NamePattern.of(SettingsParser.cell(raw, "三级指标", "level3")), weight, rule.get(), params,
                        SettingsParser.cell(raw, "说明", "note")));
            }
        }
        return rows;
    }
}
