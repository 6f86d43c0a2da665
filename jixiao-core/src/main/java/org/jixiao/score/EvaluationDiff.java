package org.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.CellRef;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;

/**
 * Compares two versions of the same evaluation — a department's submission and the bureau's reviewed copy, or
 * two years — indicator by indicator (matched by 一级/二级/三级 names): 分值, target, actual, submitted and
 * recomputed score, plus the rule set each was scored by, the budget figures and totals. Stateless and thread-safe.
 */
public final class EvaluationDiff {

    /** One changed field: where, which, before and after, and the cells in each version. */
    public record Difference(String item, String field, String before, String after, Optional<CellRef> cellBefore,
                             Optional<CellRef> cellAfter) {
    }

    private EvaluationDiff() {
    }

    public static List<Difference> between(ScoredEvaluation a, ScoredEvaluation b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        List<Difference> out = new ArrayList<>();
        Evaluation ea = a.evaluation();
        Evaluation eb = b.evaluation();
        // chosen per sheet, the two versions may be scored by different sets: every other difference then reads so
        text(out, "评分", "规则集", a.rules().name(), b.rules().name(), Optional.empty(), Optional.empty());
        compare(out, "预算", "全年预算数", ea.budgetTotal().flatMap(l -> l.budget()), eb.budgetTotal().flatMap(l -> l.budget()),
                Optional.empty(), Optional.empty());
        compare(out, "预算", "全年执行数", ea.budgetTotal().flatMap(l -> l.executed()),
                eb.budgetTotal().flatMap(l -> l.executed()), Optional.empty(), Optional.empty());
        compare(out, "预算", "计算得分", a.budget().map(BudgetScore::score), b.budget().map(BudgetScore::score),
                a.budget().flatMap(x -> x.line().scoreCell()), b.budget().flatMap(x -> x.line().scoreCell()));
        Map<String, IndicatorScore> before = byPath(a);
        Map<String, IndicatorScore> after = byPath(b);
        for (Map.Entry<String, IndicatorScore> entry : before.entrySet()) {
            IndicatorScore x = entry.getValue();
            IndicatorScore y = after.get(entry.getKey());
            if (y == null) {
                out.add(new Difference(entry.getKey(), "指标", "有", "无", Optional.of(x.indicator().nameCell()),
                        Optional.empty()));
                continue;
            }
            Indicator i = x.indicator();
            Indicator j = y.indicator();
            Optional<CellRef> ci = Optional.of(i.nameCell());
            Optional<CellRef> cj = Optional.of(j.nameCell());
            compare(out, entry.getKey(), "分值", x.knownWeight(), y.knownWeight(), ci, cj);
            text(out, entry.getKey(), "年度指标值", i.target().text(), j.target().text(), ci, cj);
            text(out, entry.getKey(), "实际完成值", i.actual().text(), j.actual().text(), ci, cj);
            compare(out, entry.getKey(), "填报得分", i.reportedScore(), j.reportedScore(), Optional.of(i.scoreCell()),
                    Optional.of(j.scoreCell()));
            compare(out, entry.getKey(), "计算得分", Optional.of(x.score()), Optional.of(y.score()),
                    Optional.of(i.scoreCell()), Optional.of(j.scoreCell()));
        }
        for (Map.Entry<String, IndicatorScore> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                out.add(new Difference(entry.getKey(), "指标", "无", "有", Optional.empty(),
                        Optional.of(entry.getValue().indicator().nameCell())));
            }
        }
        compare(out, "总分", "填报总分", ea.reportedTotal(), eb.reportedTotal(), ea.totalCell(), eb.totalCell());
        compare(out, "总分", "计算总分", Optional.of(a.total()), Optional.of(b.total()), ea.totalCell(), eb.totalCell());
        text(out, "总分", "等级", a.grade().label(), b.grade().label(), ea.gradeCell(), eb.gradeCell());
        return out;
    }

    private static Map<String, IndicatorScore> byPath(ScoredEvaluation s) {
        Map<String, IndicatorScore> map = new LinkedHashMap<>();
        s.indicators().forEach(i -> map.putIfAbsent(i.indicator().path().toString(), i));
        return map;
    }

    private static void compare(List<Difference> out, String item, String field, Optional<BigDecimal> a,
                                Optional<BigDecimal> b, Optional<CellRef> ca, Optional<CellRef> cb) {
        boolean same = a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
        if (!same) {
            out.add(new Difference(item, field, a.map(Numbers::plain).orElse(""), b.map(Numbers::plain).orElse(""), ca,
                    cb));
        }
    }

    private static void text(List<Difference> out, String item, String field, String a, String b,
                             Optional<CellRef> ca, Optional<CellRef> cb) {
        if (!a.strip().equals(b.strip())) {
            out.add(new Difference(item, field, a, b, ca, cb));
        }
    }
}
