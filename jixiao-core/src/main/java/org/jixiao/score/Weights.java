package org.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;

/**
 * The 分值 each indicator is scored against. A row's own 分值 wins; rows without one (the "20/80" layout that
 * prints only 产出指标(60分)) share what their 二级 label, else their 一级 label, leaves over equally. Rows left
 * without any in a table that prints 分值 on no indicator row (the Hubei/Yunnan layout) have none: they keep
 * their submitted scores.
 */
final class Weights {

    private Weights() {
    }

    /**
     * @param fromRules the 分值 a rule row sets for each indicator, which wins over the sheet's
     * @return one weight per indicator; empty where the table prints none and none can be derived
     */
    static List<Optional<BigDecimal>> effective(Evaluation evaluation, List<Optional<BigDecimal>> fromRules,
                                                List<Problem> problems) {
        List<Indicator> indicators = evaluation.indicators();
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Optional<BigDecimal> rule = fromRules.get(i);
            if (rule.isPresent() && indicator.weight().isPresent()
                    && rule.get().compareTo(indicator.weight().get()) != 0) {
                problems.add(Problem.at(indicator.nameCell(), ProblemCode.WEIGHT_FROM_RULES, "“"
                        + indicator.path().name() + "”表中分值" + Numbers.plain(indicator.weight().get()) + "，按规则集取"
                        + Numbers.plain(rule.get()) + " / weight taken from the rule set"));
            }
            weights.add(rule.or(indicator::weight).orElse(null));
        }
        if (!weights.contains(null)) {
            return weights.stream().map(Optional::of).toList();
        }
        shareLabelWeight(evaluation, weights, true);
        shareLabelWeight(evaluation, weights, false);
        boolean layoutWithoutRowWeights = printsNoRowWeights(evaluation);
        List<Indicator> unweighted = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (weights.get(i) == null && layoutWithoutRowWeights) {
                unweighted.add(indicator);
            } else if (weights.get(i) == null) {
                weights.set(i, BigDecimal.ZERO);
                problems.add(Problem.at(indicator.nameCell(), ProblemCode.WEIGHT_MISSING,
                        "指标“" + indicator.path().name() + "”没有分值，也无法从层级标注推算，按0分计 / no weight"));
            } else if (indicator.weight().isEmpty() && fromRules.get(i).isEmpty()) {
                problems.add(Problem.at(indicator.nameCell(), ProblemCode.WEIGHT_DERIVED,
                        "指标“" + indicator.path().name() + "”未列分值，按上级标注分值平均分配为"
                                + Numbers.plain(weights.get(i).setScale(4, java.math.RoundingMode.HALF_UP))
                                + " / weight shared out from the level label"));
            }
        }
        if (!unweighted.isEmpty()) {
            // one finding for the table: the rows share a single cause, and a note on each would bury the others
            problems.add(Problem.at(unweighted.get(0).nameCell(), ProblemCode.WEIGHTS_NOT_PRINTED, "表中指标行未列分值，"
                    + "也无法从层级标注推算：" + unweighted.size() + "项指标按填报得分计，总分无法按分值重新计算，"
                    + "得分是否超出分值、分值合计均未检查 / the indicator rows print no weight: " + unweighted.size()
                    + " rows keep their submitted scores, the total could not be recomputed from weights, and"
                    + " scores against weights were not checked"));
        }
        return weights.stream().map(Optional::ofNullable).toList();
    }

    /**
     * True when no indicator row prints a 分值: the layout leaves row weights out (the Hubei/Yunnan 20/80 tables),
     * so the submitted scores are all there is. Where some rows print one, a blank 分值 is an omission
     * (WEIGHT_MISSING, scored 0).
     */
    private static boolean printsNoRowWeights(Evaluation evaluation) {
        return evaluation.indicators().stream().noneMatch(i -> i.weight().isPresent());
    }

    /** Gives each unweighted row of a labelled level an equal share of the label's weight not yet used. */
    private static void shareLabelWeight(Evaluation evaluation, List<BigDecimal> weights, boolean level2) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        List<Indicator> indicators = evaluation.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String key = level2 ? indicator.path().level1() + "/" + indicator.path().level2()
                    : indicator.path().level1();
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        members.forEach((key, rows) -> {
            Optional<BigDecimal> label = evaluation.labelWeight(key);
            List<Integer> open = rows.stream().filter(i -> weights.get(i) == null).toList();
            if (label.isEmpty() || open.isEmpty()) {
                return;
            }
            BigDecimal used = rows.stream().map(weights::get).filter(w -> w != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal left = label.get().subtract(used);
            if (left.signum() <= 0) {
                return;
            }
            BigDecimal share = Numbers.divide(left, BigDecimal.valueOf(open.size()));
            open.forEach(i -> weights.set(i, share));
        });
    }
}
