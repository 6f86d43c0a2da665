package org.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.rules.Rule;
import org.jixiao.rules.RuleChoice;
import org.jixiao.rules.RuleRow;
import org.jixiao.rules.RuleSet;
import org.jixiao.rules.RuleSetChooser;
import org.jixiao.rules.Settings;

/**
 * Scores evaluations with a rule set chosen for each sheet ({@link RuleSetChooser}: by default the built-in set
 * that fits the sheet's indicators clearly best, else the national {@code national-project-2020}), or with one
 * given set: each indicator by the first rule row that matches it, or the national default; a 否决 row without
 * 分值 by the set's veto rule; the budget row by the settings; 一级/二级 subtotals and the total from the rounded
 * scores; the grade from the rule set's bands; then either-or pairs, not-applicable rescaling and veto caps.
 * Reports where the submitted figures disagree. Immutable and thread-safe.
 */
public final class Scorer {

    private final RuleSetChooser chooser;

    /** A scorer that chooses among the built-in rule sets for each sheet. */
    public Scorer() {
        this(RuleSetChooser.builtIn());
    }

    /** A scorer that applies the given rule set to every sheet. */
    public Scorer(RuleSet rules) {
        this(RuleSetChooser.given(rules));
    }

    /** A scorer that asks the chooser for each sheet's rule set. */
    public Scorer(RuleSetChooser chooser) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** The given rule set, or the default a choosing scorer falls back on. */
    public RuleSet rules() {
        return chooser.fallback();
    }

    RuleSetChooser chooser() {
        return chooser;
    }

    /** Scores with the rule set the chooser picks for this sheet. */
    public ScoredEvaluation score(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        return score(evaluation, chooser.choose(evaluation));
    }

    /** Scores with a choice made elsewhere; its 提示 come first among the scoring problems. */
    ScoredEvaluation score(Evaluation evaluation, RuleChoice choice) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(choice, "choice");
        RuleSet rules = choice.rules();
        Settings settings = rules.settings();
        RuleScoring scoring = new RuleScoring(settings);
        List<Problem> problems = new ArrayList<>(choice.hints());
        Optional<BudgetScore> budget = AuditChecks.effectiveTotal(evaluation, problems)
                .flatMap(line -> new BudgetScoring(settings).score(line, problems));
        List<Optional<RuleRow>> matched = evaluation.indicators().stream()
                .map(i -> Vetoes.ruleFor(rules, i)).toList();
        List<Optional<BigDecimal>> weights = Weights.effective(evaluation,
                matched.stream().map(Scorer::ruleWeight).toList(), problems);
        List<IndicatorScore> scores = new ArrayList<>();
        for (int i = 0; i < evaluation.indicators().size(); i++) {
            Indicator indicator = evaluation.indicators().get(i);
            Optional<RuleRow> row = matched.get(i);
            Rule rule = row.map(RuleRow::rule).orElse(new Rule.National());
            Optional<BigDecimal> weight = weights.get(i);
            Scored scored = weight.isPresent() ? scoring.score(rule, indicator, weight.get(), problems)
                    : scoring.asSubmitted(indicator, problems);
            // the rule row stays for provenance: it is what would apply once the row has a 分值
            scores.add(new IndicatorScore(indicator, weight.orElse(BigDecimal.ZERO), scored.score(), scored.method(),
                    scored.basis(), rule.type(), row));
        }
        EitherOrPairs.settle(scores, problems);
        reportUnmatchedRules(rules, evaluation, matched, problems);

        BigDecimal exact = scores.stream().filter(IndicatorScore::counted).map(IndicatorScore::score)
                .reduce(budget.map(BudgetScore::score).orElse(BigDecimal.ZERO), BigDecimal::add);
        BigDecimal dropped = scores.stream()
                .filter(s -> !s.counted() && s.ruleType() == org.jixiao.rules.RuleType.NOT_APPLICABLE)
                .map(IndicatorScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (dropped.signum() > 0 && settings.expectedTotal().compareTo(dropped) > 0) {
            BigDecimal factor = Numbers.divide(settings.expectedTotal(), settings.expectedTotal().subtract(dropped));
            problems.add(Problem.general(ProblemCode.NOT_APPLICABLE_RESCALED, "剔除不适用指标共" + Numbers.plain(dropped)
                    + "分，其余得分合计" + Numbers.plain(settings.round(exact)) + "按" + Numbers.plain(settings.expectedTotal())
                    + "/" + Numbers.plain(settings.expectedTotal().subtract(dropped)) + "折算 / rescaled to the full total"));
            exact = exact.multiply(factor);
        }
        BigDecimal total = settings.round(exact);
        String grade = rules.grades().gradeOf(
                settings.gradeBasis() == Settings.GradeBasis.ROUNDED_TOTAL ? total : exact);
        Vetoes.Capped capped = Vetoes.apply(scores, total, grade, rules.grades(), problems);
        List<GroupScore> groups = groups(scores);
        Robustness robustness = new GradeRobustness(rules.grades(), settings.decimals())
                .of(budget, scores, capped.grade(), capped.total());
        ScoredEvaluation scored = new ScoredEvaluation(evaluation, budget, scores, groups, capped.total(),
                new Grade(capped.grade()), problems, choice, robustness);
        List<Problem> checked = new ArrayList<>(problems);
        checked.addAll(new ConsistencyChecks(settings, rules.grades()).check(scored));
        checked.addAll(new AuditChecks(settings).check(scored));
        return new ScoredEvaluation(evaluation, budget, scores, groups, capped.total(), new Grade(capped.grade()),
                checked, choice, robustness);
    }

    /** The 分值 a rule row sets; a veto item without one weighs nothing rather than missing a weight. */
    private static Optional<BigDecimal> ruleWeight(Optional<RuleRow> row) {
        if (row.isPresent() && row.get().weight().isEmpty() && row.get().rule() instanceof Rule.Veto) {
            return Optional.of(BigDecimal.ZERO);
        }
        return row.flatMap(RuleRow::weight);
    }

    private static void reportUnmatchedRules(RuleSet rules, Evaluation evaluation, List<Optional<RuleRow>> matched,
                                             List<Problem> problems) {
        for (RuleRow row : rules.rows()) {
            if (row.rule() instanceof Rule.Subtotal) {
                continue;
            }
            boolean used = matched.stream().anyMatch(m -> m.isPresent() && m.get() == row);
            if (!used) {
                problems.add(Problem.general(ProblemCode.RULE_UNMATCHED, "规则集“" + rules.name() + "”指标规则第"
                        + row.line() + "行（" + row.describe() + "）在表“" + evaluation.sheet()
                        + "”中没有匹配的指标 / rule matches no indicator"));
            }
        }
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
        List<IndicatorScore> counted = members.stream().filter(IndicatorScore::counted).toList();
        boolean weighted = counted.stream().allMatch(IndicatorScore::weighted);
        BigDecimal weight = counted.stream().map(IndicatorScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = counted.stream().map(IndicatorScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weight.scale() > 4) {
            // weights shared out of a label (50/3) add back up to the label only after rounding
            weight = weight.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return new GroupScore(name, weight, score, children, weighted);
    }
}
