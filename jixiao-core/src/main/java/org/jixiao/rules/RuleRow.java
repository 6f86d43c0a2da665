package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.IndicatorPath;

/**
 * One row of 指标规则: which indicators it applies to (by 编码, or by 一级/二级/三级 names with * wildcards),
 * the 分值 it sets if any, and its rule. Immutable and thread-safe.
 *
 * @param line   the row's line in its file, for messages
 * @param code   编码
 * @param params the 参数 text as written, for the 评分说明 sheet
 * @param note   说明 — the 评分标准 text a person reads
 */
public record RuleRow(int line, Optional<String> code, NamePattern level1, NamePattern level2, NamePattern level3,
                      Optional<BigDecimal> weight, Rule rule, String params, String note) {

    public RuleRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(level3, "level3");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(note, "note");
    }

    /** True when this row names the indicator by its 编码, or by its three level names. */
    boolean matches(Optional<String> indicatorCode, IndicatorPath path) {
        if (code.isPresent()) {
            return indicatorCode.isPresent() && indicatorCode.get().equals(code.get());
        }
        return level1.matches(path.level1()) && level2.matches(path.level2()) && level3.matches(path.name());
    }

    /** For a 小计 row: the level key it declares ("产出指标" or "产出指标/数量指标"). */
    String levelKey() {
        return level2.text().equals("*") ? level1.text() : level1.text() + "/" + level2.text();
    }

    /** How the row reads in messages: 编码 or 一级/二级/三级. */
    public String describe() {
        return code.orElse(level1 + "/" + level2 + "/" + level3);
    }
}
