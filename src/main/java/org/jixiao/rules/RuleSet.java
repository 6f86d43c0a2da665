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

    /** The 小计 rows: declared weights of levels. */
    public List<RuleRow> subtotals() {
        return rows.stream().filter(r -> r.rule() instanceof Rule.Subtotal).toList();
    }
}
