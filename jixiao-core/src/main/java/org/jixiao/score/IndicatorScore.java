package org.jixiao.score;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.Indicator;
import org.jixiao.rules.RuleRow;
import org.jixiao.rules.RuleType;

/**
 * One indicator's recomputed score. Immutable and thread-safe.
 *
 * @param indicator the row as submitted
 * @param weight    the 分值 applied: the rule set's, the row's own, or derived from a level label; zero for a row
 *                  that has none ({@link #weighted()} is false), whose score is the submitted one
 * @param score     the recomputed score, rounded as the settings say
 * @param method    how it was obtained
 * @param basis     得分依据, one line, e.g. {@code 完成480/目标500=96.00%，8×96.00%=7.68}
 * @param ruleType  the rule type applied
 * @param ruleRow   the rule-set row applied; empty for the national default
 */
public record IndicatorScore(Indicator indicator, BigDecimal weight, BigDecimal score, ScoringMethod method,
                             String basis, RuleType ruleType, Optional<RuleRow> ruleRow) {

    public IndicatorScore {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(ruleType, "ruleType");
        Objects.requireNonNull(ruleRow, "ruleRow");
    }

    /** True when the score is the submitted one, judged by a person rather than computed. */
    public boolean judgedByHand() {
        return method == ScoringMethod.JUDGED_BY_HAND;
    }

    /**
     * False for a row of a table that prints no 分值 and whose labels give it none: its score is the submitted
     * one, and nothing that needs a weight (score above 分值, weight sums, achievement ratios) applies to it.
     */
    public boolean weighted() {
        return method != ScoringMethod.AS_SUBMITTED;
    }

    /** The 分值 applied, or empty for a row that has none. */
    public Optional<BigDecimal> knownWeight() {
        return weighted() ? Optional.of(weight) : Optional.empty();
    }

    /** False for the skipped one of an either-or pair and for not-applicable rows dropped from the total. */
    public boolean counted() {
        return method != ScoringMethod.NOT_COUNTED;
    }

    /** The rule as a person reads it: 分档（指标规则第7行）, 国标默认, or 否决（默认否决规则） for a row no line names. */
    public String ruleDescription() {
        return ruleType.chinese() + ruleRow.map(r -> r.line() > 0 ? "（指标规则第" + r.line() + "行）" : "（默认否决规则）")
                .orElse("");
    }

    IndicatorScore with(BigDecimal newScore, ScoringMethod newMethod, String newBasis) {
        return new IndicatorScore(indicator, weight, newScore, newMethod, newBasis, ruleType, ruleRow);
    }
}
