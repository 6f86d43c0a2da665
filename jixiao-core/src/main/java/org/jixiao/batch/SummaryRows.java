package org.jixiao.batch;

import java.util.List;
import java.util.Optional;

import org.jixiao.score.BudgetScore;
import org.jixiao.score.ScoredEvaluation;

/** Reduces a scored evaluation to its summary row. */
final class SummaryRows {

    /** The budget row among an evaluation's scored items, for 失分率 and the rank perturbation. */
    static final String BUDGET_KEY = "预算执行/预算执行率";

    private SummaryRows() {
    }

    static SummaryRow of(String file, ScoredEvaluation scored) {
        var e = scored.evaluation();
        Optional<BudgetScore> budget = scored.budget();
        String title = e.project().or(e::title).orElse("");
        List<SummaryRow.Group> groups = scored.groups().stream()
                .map(g -> new SummaryRow.Group(g.name(), g.weight(), g.score())).toList();
        List<SummaryRow.Loss> losses = new java.util.ArrayList<>();
        budget.ifPresent(b -> losses.add(new SummaryRow.Loss(BUDGET_KEY, b.weight(), b.score())));
        scored.indicators().stream().filter(i -> i.counted())
                .map(i -> new SummaryRow.Loss(i.indicator().path().level1() + "/" + i.indicator().path().name(),
                        i.weight(), i.score())).forEach(losses::add);
        List<SummaryRow.ProblemLine> problems = scored.allProblems().stream()
                .map(p -> new SummaryRow.ProblemLine(p.cell().map(Object::toString).orElse(""), p.code().name(),
                        p.severity().chinese(), p.message())).toList();
        return new SummaryRow(file, e.sheet(), e.unit().orElse(""), title, e.year(), e.kind().chinese(),
                scored.ruleChoice().brief(),
                budget.flatMap(b -> b.line().budget().or(() -> b.line().initialBudget())),
                budget.flatMap(b -> b.line().executed()), budget.flatMap(BudgetScore::rate), groups, scored.total(),
                scored.grade().label(), e.reportedTotal(), losses, problems, stability(scored));
    }

    private static SummaryRow.Stability stability(ScoredEvaluation scored) {
        var r = scored.robustness();
        return new SummaryRow.Stability(r.sameGradeProbability(), r.totalP5(), r.totalP95());
    }
}
