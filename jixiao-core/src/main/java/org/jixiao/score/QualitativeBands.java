package org.jixiao.score;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.read.FigureParser;
import org.jixiao.rules.Rule;

/**
 * 定性分档: the actual text names a band (未达成, 部分达成, 达成 — the longest name found wins), the band allows a
 * share of 分值, and the submitted score is kept when it lies inside, else moved to the band's nearest edge.
 */
final class QualitativeBands {

    private QualitativeBands() {
    }

    static Scored score(Rule.QualitativeBand rule, Indicator indicator, BigDecimal s, RuleScoring scoring,
                        List<Problem> problems) {
        String actual = FigureParser.normalize(indicator.actual().text());
        Optional<Rule.Band> named = rule.bands().stream()
                .sorted(Comparator.comparingInt((Rule.Band b) -> b.name().length()).reversed())
                .filter(b -> actual.contains(FigureParser.normalize(b.name()))).findFirst();
        Optional<BigDecimal> reported = indicator.reportedScore();
        if (named.isEmpty()) {
            Optional<Rule.Band> byScore = reported.filter(r -> s.signum() > 0).flatMap(r -> rule.bands().stream()
                    .filter(b -> b.share().contains(Numbers.divide(r, s))).findFirst());
            if (byScore.isEmpty()) {
                problems.add(Problem.at(indicator.scoreCell(), ProblemCode.RULE_NO_MATCH_FOR_VALUE, "“"
                        + indicator.path().name() + "”的完成情况“" + indicator.actual().text() + "”未写明达成程度（"
                        + String.join("/", rule.bands().stream().map(Rule.Band::name).toList()) + "），按自评得分"));
                return scoring.score(new Rule.Manual(), indicator, s, problems);
            }
            named = byScore;
        }
        Rule.Band band = named.get();
        BigDecimal low = s.multiply(band.share().lower().orElse(BigDecimal.ZERO));
        BigDecimal high = s.multiply(band.share().upper().orElse(BigDecimal.ONE));
        if (!band.share().upperClosed()) {
            high = high.subtract(scoring.settings().unit()).max(low);
        }
        String range = "“" + band.name() + "”档" + band.share() + "，即" + Numbers.plain(low) + "–" + Numbers.plain(high)
                + "分";
        if (reported.isEmpty()) {
            problems.add(Problem.at(indicator.scoreCell(), ProblemCode.SCORE_MISSING, "“" + indicator.path().name()
                    + "”未填自评得分，按" + range + "的下限计"));
            return scoring.result(low, s, ScoringMethod.JUDGED_BY_HAND, range + "，未填自评得分取下限");
        }
        BigDecimal kept = Numbers.clamp(reported.get(), low, high);
        if (kept.compareTo(reported.get()) != 0) {
            problems.add(Problem.at(indicator.scoreCell(), ProblemCode.SCORE_OUT_OF_RANGE, "“" + indicator.path().name()
                    + "”自评得分" + Numbers.plain(reported.get()) + "不在" + range + "内，按" + Numbers.plain(kept) + "计"));
        }
        return scoring.result(kept, s, ScoringMethod.JUDGED_BY_HAND, range + "，取自评得分" + Numbers.plain(kept));
    }
}
