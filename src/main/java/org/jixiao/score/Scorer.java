package org.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.Evaluation;
import org.jixiao.model.Problem;

/**
 * Scores evaluations with the built-in national rules: recomputes every indicator and the budget row, sums
 * 一级/二级 subtotals and the total from the rounded scores, grades the rounded total, and reports where the
 * submitted figures disagree. Immutable and thread-safe.
 */
public final class Scorer {

    private final ScoringOptions options;
    private final NationalRules rules;

    public Scorer() {
        this(ScoringOptions.DEFAULTS);
    }

    public Scorer(ScoringOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.rules = new NationalRules(options);
    }

    public ScoredEvaluation score(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        List<Problem> problems = new ArrayList<>();
        Optional<BudgetScore> budget = evaluation.budgetTotal().flatMap(line -> rules.scoreBudget(line, problems));
        List<BigDecimal> weights = Weights.effective(evaluation, problems);
        List<IndicatorScore> scores = new ArrayList<>();
        for (int i = 0; i < evaluation.indicators().size(); i++) {
            scores.add(rules.scoreIndicator(evaluation.indicators().get(i), weights.get(i), problems));
        }
        BigDecimal total = scores.stream().map(IndicatorScore::score)
                .reduce(budget.map(BudgetScore::score).orElse(BigDecimal.ZERO), BigDecimal::add);
        total = options.round(total);
        Grade grade = Grade.of(total);
        List<GroupScore> groups = groups(scores);
        ScoredEvaluation scored = new ScoredEvaluation(evaluation, budget, scores, groups, total, grade, problems);
        List<Problem> checked = new ArrayList<>(problems);
        checked.addAll(new ConsistencyChecks(options).check(scored));
        return new ScoredEvaluation(evaluation, budget, scores, groups, total, grade, checked);
    }

    private static List<GroupScore> groups(List<IndicatorScore> scores) {
        Map<String, Map<String, List<IndicatorScore>>> tree = new LinkedHashMap<>();
        for (IndicatorScore score : scores) {
            tree.computeIfAbsent(score.indicator().path().level1(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(score.indicator().path().level2(), k -> new ArrayList<>()).add(score);
        }
        List<GroupScore> groups = new ArrayList<>();
        tree.forEach((level1, byLevel2) -> {
            List<GroupScore> children = new ArrayList<>();
            byLevel2.forEach((level2, members) -> {
                if (!level2.isEmpty()) {
                    children.add(sum(level2, members, List.of()));
                }
            });
            groups.add(sum(level1, byLevel2.values().stream().flatMap(List::stream).toList(), children));
        });
        return groups;
    }

    private static GroupScore sum(String name, List<IndicatorScore> members, List<GroupScore> children) {
        BigDecimal weight = members.stream().map(IndicatorScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weight.scale() > 4) {
            // weights shared out of a label (50/3) add back up to the label only after rounding
            weight = weight.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        BigDecimal score = members.stream().map(IndicatorScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GroupScore(name, weight, score, children);
    }
}
