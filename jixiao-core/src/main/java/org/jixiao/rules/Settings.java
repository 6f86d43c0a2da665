package org.jixiao.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.EvaluationKind;

/**
 * The 设置 of a rule set. Defaults follow shared/domain §6: each score rounded HALF_UP to two decimals, the total
 * the sum of the rounded scores, the grade from the rounded total, 执行率 over 全年预算数 capped at 100%.
 * Immutable and thread-safe.
 *
 * @param decimals           decimals kept in scores
 * @param rounding           四舍五入 HALF_UP or 四舍六入五成双 HALF_EVEN
 * @param roundingStage      round each indicator then sum, or round only the totals
 * @param gradeBasis         grade from the rounded or the exact total
 * @param budgetBase         the denominator of 执行率
 * @param budgetWeight       分值 of the budget row; empty: take the sheet's
 * @param capBudgetRate      whether 执行率 above 100% still earns at most the full 分值
 * @param expectedTotal      what all 分值 (budget included) add up to
 * @param deviationThreshold actual / target above which a met target is flagged as possibly set too low
 * @param kind               适用类型: the kind of sheet the set is written for; empty: inferred from its rows
 *                           (see {@link RuleSetScope})
 */
public record Settings(int decimals, RoundingMode rounding, RoundingStage roundingStage, GradeBasis gradeBasis,
                       BudgetBase budgetBase, Optional<BigDecimal> budgetWeight, boolean capBudgetRate,
                       BigDecimal expectedTotal, BigDecimal deviationThreshold, Optional<EvaluationKind> kind) {

    static final Settings DEFAULTS = new Settings(2, RoundingMode.HALF_UP, RoundingStage.EACH_INDICATOR,
            GradeBasis.ROUNDED_TOTAL, BudgetBase.ANNUAL_BUDGET, Optional.empty(), true, BigDecimal.valueOf(100),
            new BigDecimal("1.20"), Optional.empty());

    /** When scores are rounded. */
    public enum RoundingStage {
        EACH_INDICATOR("逐项"), TOTAL_ONLY("仅总分");

        private final String chinese;

        RoundingStage(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** Which total the grade is read from. */
    public enum GradeBasis {
        ROUNDED_TOTAL("取整后总分"), EXACT_TOTAL("未取整总分");

        private final String chinese;

        GradeBasis(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** The denominator of 执行率. */
    public enum BudgetBase {
        ANNUAL_BUDGET("全年预算数"), ADJUSTED_BUDGET("调整后预算数"), INITIAL_PLUS_ADJUSTMENT("年初预算数+调整数"),
        FUNDS_RECEIVED("实际到位资金");

        private final String chinese;

        BudgetBase(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    public Settings {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0..6, was " + decimals);
        }
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(roundingStage, "roundingStage");
        Objects.requireNonNull(gradeBasis, "gradeBasis");
        Objects.requireNonNull(budgetBase, "budgetBase");
        Objects.requireNonNull(budgetWeight, "budgetWeight");
        Objects.requireNonNull(expectedTotal, "expectedTotal");
        Objects.requireNonNull(deviationThreshold, "deviationThreshold");
        Objects.requireNonNull(kind, "kind");
    }

    /** Rounds a total to the kept decimals. */
    public BigDecimal round(BigDecimal value) {
        return value.setScale(decimals, rounding);
    }

    /** Rounds one indicator's score, or leaves it exact when only totals are rounded. */
    public BigDecimal roundScore(BigDecimal value) {
        return roundingStage == RoundingStage.EACH_INDICATOR ? round(value) : value;
    }

    /** The smallest difference worth reporting: one unit in the last kept decimal. */
    public BigDecimal unit() {
        return BigDecimal.ONE.movePointLeft(decimals);
    }
}
