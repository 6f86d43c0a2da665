package org.jixiao.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.rules.Rule;

/** 二者择其一: of the indicators sharing a group only one counts — the higher-scoring, or the one with a value. */
final class EitherOrPairs {

    private EitherOrPairs() {
    }

    static void settle(List<IndicatorScore> scores, List<Problem> problems) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            Optional<Rule> rule = scores.get(i).ruleRow().map(r -> r.rule());
            if (rule.isPresent() && rule.get() instanceof Rule.EitherOr pair) {
                groups.computeIfAbsent(pair.group(), k -> new ArrayList<>()).add(i);
            }
        }
        groups.forEach((group, members) -> {
            if (members.size() < 2) {
                return;
            }
            Rule.EitherOr rule = (Rule.EitherOr) scores.get(members.get(0)).ruleRow().orElseThrow().rule();
            Comparator<Integer> preference = rule.pickHigher()
                    ? Comparator.comparing((Integer i) -> scores.get(i).score())
                    : Comparator.comparing((Integer i) -> !scores.get(i).indicator().actual().isBlank());
            int kept = members.stream().max(preference.thenComparing(Comparator.reverseOrder())).orElseThrow();
            String keptName = scores.get(kept).indicator().path().name();
            for (int i : members) {
                if (i == kept) {
                    continue;
                }
                IndicatorScore skipped = scores.get(i);
                scores.set(i, skipped.with(BigDecimal.ZERO.setScale(skipped.score().scale()), ScoringMethod.NOT_COUNTED,
                        "二者择其一（" + group + "）：计“" + keptName + "”，本项不计分（按规则得" + skipped.score().toPlainString()
                                + "）"));
                problems.add(Problem.at(skipped.indicator().scoreCell(), ProblemCode.EITHER_OR_SKIPPED,
                        "“" + skipped.indicator().path().name() + "”与“" + keptName + "”二者择其一，计后者 / either-or"));
            }
        });
    }
}
