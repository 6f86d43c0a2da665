package org.jixiao.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.IndicatorPath;

/**
 * A loaded and validated rule set: its name and version, the SHA-256 of its source files (provenance written
 * into every output), the rule rows in file order, the grade scale and the settings. Immutable and thread-safe.
 */
public record RuleSet(String name, String version, String sha256, List<RuleRow> rows, GradeScale grades,
                      Settings settings) {

    public RuleSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        rows = List.copyOf(rows);
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * The rule for an indicator: the first row in file order that names its 编码, else the first whose names
     * match. Empty means the national default applies.
     */
    public Optional<RuleRow> ruleFor(Optional<String> code, IndicatorPath path) {
        // plain loops: this runs for every indicator of every workbook
        if (code.isPresent()) {
            for (RuleRow row : rows) {
                if (!(row.rule() instanceof Rule.Subtotal) && row.code().equals(code)) {
                    return Optional.of(row);
                }
            }
        }
        for (RuleRow row : rows) {
            if (!(row.rule() instanceof Rule.Subtotal) && row.code().isEmpty() && row.matches(code, path)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Which sheets the set is for: their kind and the indicators its rows name. Computed on each call. */
    public RuleSetScope scope() {
        return RuleSetScope.of(rows, settings);
    }

    /**
     * The set's veto rule, for a 否决 row of a sheet that prints no 分值 and that no 否决 row of the set names: the
     * first 否决 row of the set, else one that caps the grade at the lowest band (一票否决), triggered by 是, 有,
     * 发生 or 存在 as a written 否决 row is by default.
     */
    public RuleRow vetoRule() {
        for (RuleRow row : rows) {
            if (row.rule() instanceof Rule.Veto) {
                return row;
            }
        }
        String lowest = grades.lowestLabel();
        return new RuleRow(0, Optional.empty(), NamePattern.ANY, NamePattern.ANY, NamePattern.ANY, Optional.empty(),
                new Rule.Veto(Optional.of(lowest), Optional.empty(), RuleFactory.DEFAULT_TRIGGERS),
                Param.CAP_GRADE.chinese() + "=" + lowest, "表中否决项未列分值，规则集未设否决规则：触发即等级为" + lowest);
    }

    /** The 小计 rows: declared weights of levels. */
    List<RuleRow> subtotals() {
        return rows.stream().filter(r -> r.rule() instanceof Rule.Subtotal).toList();
    }
}
