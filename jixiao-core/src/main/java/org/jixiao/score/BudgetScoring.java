package org.jixiao.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.BudgetLine;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.rules.Settings;

/** 预算执行: 执行率 = 全年执行数 / the configured denominator; 得分 = 分值 × min(1, 执行率). */
final class BudgetScoring {

    private final Settings settings;

    BudgetScoring(Settings settings) {
        this.settings = settings;
    }

    Optional<BudgetScore> score(BudgetLine line, List<Problem> problems) {
        Optional<BigDecimal> configured = settings.budgetWeight();
        if (configured.isEmpty() && line.weight().isEmpty()) {
            problems.add(Problem.at(line.labelCell(), ProblemCode.BUDGET_NOT_WEIGHTED,
                    "预算执行未设分值，不计入总分 / the budget block has no weight and is not scored"));
            return Optional.empty();
        }
        BigDecimal weight = configured.orElseGet(() -> line.weight().get());
        Optional<BigDecimal> base = denominator(line);
        String baseName = settings.budgetBase().chinese();
        BigDecimal zero = settings.round(BigDecimal.ZERO);
        if (base.isEmpty() || line.executed().isEmpty()) {
            problems.add(Problem.at(line.labelCell(), ProblemCode.BUDGET_FIGURE_MISSING,
                    "缺少" + baseName + "或全年执行数，执行率无法计算，预算执行得0分 / budget or execution missing"));
            return Optional.of(new BudgetScore(line, Optional.empty(), weight, zero, baseName + "或执行数缺失，得0分"));
        }
        if (base.get().signum() == 0) {
            problems.add(Problem.at(line.labelCell(), ProblemCode.BUDGET_ZERO,
                    baseName + "为0，执行率无法计算，预算执行得0分 / budget is zero"));
            return Optional.of(new BudgetScore(line, Optional.empty(), weight, zero, baseName + "为0，得0分"));
        }
        BigDecimal executed = line.executed().get();
        BigDecimal rate = Numbers.divide(executed, base.get());
        BigDecimal scored = settings.capBudgetRate() ? Numbers.min(BigDecimal.ONE, rate) : rate;
        BigDecimal high = settings.capBudgetRate() ? weight : weight.multiply(rate.max(BigDecimal.ONE));
        BigDecimal score = settings.roundScore(Numbers.clamp(weight.multiply(scored), BigDecimal.ZERO, high));
        String basis = "执行" + Numbers.plain(executed) + "/" + baseName + Numbers.plain(base.get()) + "="
                + Numbers.percent(rate) + "，" + Numbers.plain(weight) + "×"
                + (settings.capBudgetRate() ? "min(1," + Numbers.percent(rate) + ")" : Numbers.percent(rate))
                + "=" + score.toPlainString();
        return Optional.of(new BudgetScore(line, Optional.of(rate), weight, score, basis));
    }

    private Optional<BigDecimal> denominator(BudgetLine line) {
        return switch (settings.budgetBase()) {
            case ANNUAL_BUDGET, ADJUSTED_BUDGET -> line.budget().or(line::initialBudget);
            case INITIAL_PLUS_ADJUSTMENT -> line.initialBudget().map(initial ->
                    initial.add(line.adjustment().orElse(BigDecimal.ZERO)));
            case FUNDS_RECEIVED -> line.fundsReceived();
        };
    }
}
