package org.jixiao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.model.BudgetLine;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.model.Severity;
import org.jixiao.score.BudgetScore;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.score.ScoringMethod;

/**
 * 存在的主要问题, drafted from the scored table: one numbered item per kind of problem (a rate under 90%,
 * missed targets, qualitative indicators marked down, targets set too low, weights that do not add up, submitted
 * scores that differ from the rules, missing 偏差原因, anything else the checks flagged), each with the measure
 * it calls for in 下一步改进措施 left to be written.
 */
final class ProblemItems {

    /** One problem and the improvement it asks for. */
    record Item(String problem, String measureHint, String topic) {
    }

    static final BigDecimal RATE_EXPECTED = new BigDecimal("0.90");

    private static final Set<ProblemCode> WEIGHTS = EnumSet.of(ProblemCode.WEIGHT_TOTAL_MISMATCH,
            ProblemCode.GROUP_WEIGHT_MISMATCH, ProblemCode.WEIGHT_MISSING, ProblemCode.WEIGHTS_NOT_PRINTED);
    private static final Set<ProblemCode> SUBMITTED = EnumSet.of(ProblemCode.SCORE_MISMATCH,
            ProblemCode.TOTAL_MISMATCH, ProblemCode.REPORTED_TOTAL_NOT_SUM, ProblemCode.GRADE_MISMATCH,
            ProblemCode.RATE_MISMATCH, ProblemCode.SCORE_OUT_OF_RANGE, ProblemCode.BUDGET_SCORE_MISSING,
            ProblemCode.SCORE_MISSING, ProblemCode.FULL_MARKS_NOT_ACHIEVED);
    /** Handled by their own items, or about the rate, which has its own. */
    private static final Set<ProblemCode> OWN_ITEM = EnumSet.of(ProblemCode.ACTUAL_FAR_ABOVE_TARGET,
            ProblemCode.TARGET_MISSED_NO_REASON, ProblemCode.EXECUTION_OVER_BUDGET);

    private ProblemItems() {
    }

    static List<Item> of(ScoredEvaluation scored) {
        List<Item> items = new ArrayList<>();
        List<Problem> problems = scored.allProblems().stream().filter(p -> p.severity() != Severity.INFO).toList();
        scored.budget().ifPresent(budget -> rate(budget).ifPresent(items::add));

        List<String> missed = new ArrayList<>();
        List<String> markedDown = new ArrayList<>();
        for (IndicatorScore i : scored.indicators()) {
            if (!i.counted() || !i.weighted() || i.score().compareTo(i.weight()) >= 0) {
                continue;
            }
            String name = "“" + i.indicator().path().name() + "”";
            String got = "得" + Format.score(i.score()) + "分/分值" + Format.weight(i.weight()) + "分";
            if (i.method() == ScoringMethod.JUDGED_BY_HAND) {
                markedDown.add(name + "（目标" + orBlank(i.indicator().target().text()) + "，实际"
                        + orBlank(i.indicator().actual().text()) + "，" + got + "）");
            } else {
                missed.add(name + "（目标" + orBlank(i.indicator().target().text()) + "，实际完成"
                        + orBlank(i.indicator().actual().text()) + "，" + got + "）");
            }
        }
        if (!missed.isEmpty()) {
            items.add(new Item("部分绩效目标未完成。" + String.join("；", missed) + "。",
                    "对未完成的指标逐项分析原因，明确责任与完成时限", "绩效目标未完成"));
        }
        if (!markedDown.isEmpty()) {
            items.add(new Item("部分定性指标未完全达到预期。" + String.join("；", markedDown) + "。",
                    "补齐相关工作短板，完善佐证材料", "定性指标未完全达到预期"));
        }
        List<String> tooLow = messages(problems, Set.of(ProblemCode.ACTUAL_FAR_ABOVE_TARGET));
        if (!tooLow.isEmpty()) {
            items.add(new Item("部分绩效目标设定偏低。" + String.join("；", tooLow) + "。",
                    "科学合理设定绩效目标，使指标值与预算和工作量相匹配", "绩效目标设定偏低"));
        }
        List<String> weights = messages(problems, WEIGHTS);
        if (!weights.isEmpty()) {
            items.add(new Item("指标分值设置不规范。" + String.join("；", weights) + "。",
                    "按评分规则规范指标体系与分值设置", "分值设置不规范"));
        }
        List<String> submitted = messages(problems, SUBMITTED);
        if (!submitted.isEmpty()) {
            items.add(new Item("自评表填报的得分与评分规则不一致（共" + submitted.size() + "处）。"
                    + String.join("；", submitted) + "。", "严格按评分规则计分，加强自评结果复核", "填报得分与评分规则不一致"));
        }
        List<String> reasons = messages(problems, Set.of(ProblemCode.TARGET_MISSED_NO_REASON));
        if (!reasons.isEmpty()) {
            items.add(new Item("偏差原因分析不完整。" + String.join("；", reasons) + "。",
                    "对未完成目标的指标逐项说明偏差原因和改进措施", "偏差原因分析不完整"));
        }
        List<String> other = problems.stream()
                .filter(p -> !WEIGHTS.contains(p.code()) && !SUBMITTED.contains(p.code()) && !OWN_ITEM.contains(p.code()))
                .map(p -> Format.chinese(p.message())).distinct().toList();
        if (!other.isEmpty()) {
            items.add(new Item("其他需要核实的问题。" + String.join("；", other) + "。", "逐项核实并更正自评表",
                    "其他需要核实的问题"));
        }
        return items;
    }

    /** Under 90%: how much was left unspent; over 100%: spending above the budget. */
    private static Optional<Item> rate(BudgetScore budget) {
        if (budget.rate().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal rate = budget.rate().get();
        BudgetLine line = budget.line();
        Optional<BigDecimal> planned = line.budget().or(line::initialBudget);
        if (rate.compareTo(RATE_EXPECTED) < 0) {
            String unspent = planned.flatMap(p -> line.executed().map(p::subtract)).map(u -> "，全年预算中有"
                    + Format.money(u) + "万元未支出（占" + Format.rate(BigDecimal.ONE.subtract(rate)) + "）").orElse("");
            return Optional.of(new Item("预算执行率为" + Format.rate(rate) + "，低于90%" + unspent + "。",
                    "加快预算执行进度，加强项目前期准备与资金支付管理", "预算执行率偏低"));
        }
        if (rate.compareTo(BigDecimal.ONE) > 0) {
            return Optional.of(new Item("执行数超过预算数，预算执行率为" + Format.rate(rate) + "，存在超预算支出。",
                    "严格按预算执行，确需追加的按程序调整预算", "超预算支出"));
        }
        return Optional.empty();
    }

    private static List<String> messages(List<Problem> problems, Set<ProblemCode> codes) {
        return problems.stream().filter(p -> codes.contains(p.code())).map(p -> Format.chinese(p.message()))
                .distinct().toList();
    }

    private static String orBlank(String text) {
        return text.isBlank() ? "（空）" : text;
    }
}
