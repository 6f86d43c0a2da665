package org.jixiao.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How well a rule set fits one sheet: of the sheet's {@code indicators}, how many ({@code matched}) a row of the
 * set names specifically (by 编码 or by a 三级 name without {@code *}) with the same 分值 where both print one, and
 * whether the set is for this kind of sheet. A row that names an indicator with another 分值 does not count: the
 * set would override the sheet's weight, the sign of a set written for another template (the department sample
 * whose 11 indicators the reference set all names, but 9 with other weights). Immutable and thread-safe.
 *
 * @param own true for a set from the user's rules folder, false for a built-in one
 */
public record RuleFit(RuleSet rules, boolean own, int matched, int indicators, boolean kindAgrees) {

    public RuleFit {
        Objects.requireNonNull(rules, "rules");
        if (matched < 0 || indicators < 0 || matched > indicators) {
            throw new IllegalArgumentException("matched " + matched + " of " + indicators);
        }
    }

    /** matched / indicators to four decimals; 0 for a sheet without indicators. */
    public BigDecimal coverage() {
        return indicators == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(matched).divide(BigDecimal.valueOf(indicators), 4, RoundingMode.HALF_UP);
    }

    /** "24/26". */
    public String ratio() {
        return matched + "/" + indicators;
    }

    /** True when the set may be chosen for the sheet on its own merit: same kind, coverage at least the minimum. */
    boolean fits() {
        return kindAgrees && indicators > 0 && matched * 100 >= indicators * RuleSetChooser.MIN_COVERAGE_PERCENT;
    }

    /** "department-overall-reference（24/26）". */
    String named() {
        return "“" + rules.name() + "”（" + ratio() + "）";
    }
}
