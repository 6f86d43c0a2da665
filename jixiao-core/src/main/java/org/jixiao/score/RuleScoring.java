package org.jixiao.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Figure;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.model.Relation;
import org.jixiao.read.FigureParser;
import org.jixiao.rules.Rule;
import org.jixiao.rules.Settings;

/**
 * Applies one rule to one indicator: the single switch over the rule types. S is the 分值, a the actual, t the
 * target. Scores are clamped to [0, S] unless the rule says otherwise, rounded as the settings say, and carry a
 * 得分依据. Stateless apart from the settings; thread-safe.
 */
final class RuleScoring {

    private static final List<String> NEGATIONS = List.of("否", "未", "无", "不", "没有");
    private static final List<String> NOT_APPLICABLE_WORDS = List.of("不适用", "无此", "无", "不涉及", "/", "—", "-");

    private final Settings settings;
    private final NationalScoring national;

    RuleScoring(Settings settings) {
        this.settings = settings;
        this.national = new NationalScoring(this);
    }

    Scored score(Rule rule, Indicator indicator, BigDecimal weight, List<Problem> problems) {
        return switch (rule.type()) {
            case NATIONAL -> national.score(indicator, weight, Optional.empty(), problems);
            case MET_OR_PROPORTIONAL -> national.score(indicator, weight,
                    ((Rule.MetOrProportional) rule).direction(), problems);
            case PROPORTIONAL -> proportional((Rule.Proportional) rule, indicator, weight, problems);
            case REVERSE -> reverse((Rule.Reverse) rule, indicator, weight, problems);
            case DEDUCTION -> deduction((Rule.Deduction) rule, indicator, weight, problems);
            case TIERS -> tiers((Rule.Tiers) rule, indicator, weight, problems);
            case PER_OCCURRENCE -> perOccurrence((Rule.PerOccurrence) rule, indicator, weight, problems);
            case CHECKLIST -> checklist((Rule.Checklist) rule, indicator, weight);
            case BINARY -> binary((Rule.Binary) rule, indicator, weight);
            case CATEGORICAL -> categorical((Rule.Categorical) rule, indicator, weight, problems);
            case QUALITATIVE_BAND -> QualitativeBands.score((Rule.QualitativeBand) rule, indicator, weight, this,
                    problems);
            case SATISFACTION -> satisfaction((Rule.Satisfaction) rule, indicator, weight, problems);
            case COEFFICIENT -> coefficient(indicator, weight, problems);
            case EQUALITY -> equality((Rule.Equality) rule, indicator, weight, problems);
            case EITHER_OR -> score(((Rule.EitherOr) rule).inner(), indicator, weight, problems);
            case NOT_APPLICABLE -> notApplicable((Rule.NotApplicable) rule, indicator, weight, problems);
            case VETO -> veto((Rule.Veto) rule, indicator, weight);
            case MANUAL -> national.byHand(indicator, weight, problems);
            case SUBTOTAL -> throw new IllegalArgumentException("a 小计 row declares a weight and scores nothing");
        };
    }

    /**
     * A row without any 分值 keeps its submitted score: there is no weight to recompute it from or to bound it by,
     * so only a negative score is corrected. Not a rule type: no rule can apply without a weight.
     */
    Scored asSubmitted(Indicator indicator, List<Problem> problems) {
        String method = ScoringMethod.AS_SUBMITTED.chinese();
        Optional<BigDecimal> reported = indicator.reportedScore();
        if (reported.isEmpty()) {
            problems.add(Problem.at(indicator.scoreCell(), ProblemCode.SCORE_MISSING, "指标“" + indicator.path().name()
                    + "”表中无分值且未填自评得分，按0分计 / no weight and no submitted score, counted as 0"));
            return result(BigDecimal.ZERO, BigDecimal.ZERO, ScoringMethod.AS_SUBMITTED, method + "，未填自评得分");
        }
        BigDecimal r = reported.get();
        if (r.signum() < 0) {
            problems.add(Problem.at(indicator.scoreCell(), ProblemCode.SCORE_OUT_OF_RANGE, "自评得分" + Numbers.plain(r)
                    + "小于0，按0计 / score below 0"));
        }
        return result(r, r.max(BigDecimal.ZERO), ScoringMethod.AS_SUBMITTED, method);
    }

    /** A computed score: clamped to [low, high], rounded, with the reason and the arithmetic as its basis. */
    Scored result(BigDecimal exact, BigDecimal high, ScoringMethod method, String reason) {
        BigDecimal score = settings.roundScore(Numbers.clamp(exact, BigDecimal.ZERO, high));
        return new Scored(score, method, reason + "，得" + shown(score) + "分");
    }

    /** Like {@link #result}, for a reason ending in arithmetic such as 8×96.00%: the basis reads …=7.68. */
    Scored formula(BigDecimal exact, BigDecimal high, ScoringMethod method, String arithmetic) {
        BigDecimal score = settings.roundScore(Numbers.clamp(exact, BigDecimal.ZERO, high));
        return new Scored(score, method, arithmetic + "=" + shown(score));
    }

    String shown(BigDecimal score) {
        return settings.roundingStage() == Settings.RoundingStage.EACH_INDICATOR ? score.toPlainString()
                : Numbers.plain(score.setScale(Math.max(settings.decimals() + 2, 4), RoundingMode.HALF_UP));
    }

    /** The actual as a number, or a hand-judged fallback when it is not one. */
    private Optional<BigDecimal> actualNumber(Indicator indicator, boolean percentReference, List<Problem> problems) {
        Figure actual = indicator.actual();
        if (actual.isNumeric()) {
            return Optional.of(Quantities.aligned(actual, percentReference));
        }
        problems.add(Problem.at(indicator.nameCell(), ProblemCode.ACTUAL_NOT_NUMERIC, "“" + indicator.path().name()
                + "”的完成值“" + actual.text() + "”不是数值，按人工评分 / actual is not a number, judged by hand"));
        return Optional.empty();
    }

    private Scored proportional(Rule.Proportional rule, Indicator indicator, BigDecimal s, List<Problem> problems) {
        Figure target = indicator.target();
        boolean percent = target.percent() || indicator.actual().percent();
        Optional<BigDecimal> a = actualNumber(indicator, percent, problems);
        if (a.isEmpty()) {
            return national.byHand(indicator, s, problems);
        }
        BigDecimal base = rule.base().or(target::number).orElse(BigDecimal.ONE);
        if (base.signum() <= 0) {
            return result(s, s, ScoringMethod.HIGHER_IS_BETTER, "基准为" + Numbers.plain(base) + "，按满分");
        }
        BigDecimal ratio = Numbers.min(rule.cap(), Numbers.divide(a.get(), base));
        return formula(s.multiply(ratio), s.multiply(rule.cap()), ScoringMethod.HIGHER_IS_BETTER,
                "完成" + Quantities.show(a.get(), percent, target.unit()) + "/基准"
                        + Quantities.show(base, percent, target.unit()) + "，" + Numbers.plain(s) + "×"
                        + Numbers.percent(ratio));
    }

    private Scored reverse(Rule.Reverse rule, Indicator indicator, BigDecimal s, List<Problem> problems) {
        Figure target = indicator.target();
        boolean percent = target.percent() || indicator.actual().percent();
        Optional<BigDecimal> a = actualNumber(indicator, percent, problems);
        Optional<BigDecimal> base = rule.base().or(target::number);
        if (a.isEmpty() || base.isEmpty()) {
            return national.byHand(indicator, s, problems);
        }
        String as = Quantities.show(a.get(), percent, target.unit());
        String bs = Quantities.show(base.get(), percent, target.unit());
        if (a.get().compareTo(base.get()) <= 0) {
            return result(s, s, ScoringMethod.LOWER_IS_BETTER, "完成" + as + "≤基准" + bs + "，满分" + Numbers.plain(s));
        }
        BigDecimal ratio = base.get().signum() <= 0 ? BigDecimal.ZERO : Numbers.divide(base.get(), a.get());
        return formula(s.multiply(ratio), s, ScoringMethod.LOWER_IS_BETTER,
                "基准" + bs + "/完成" + as + "=" + Numbers.percent(ratio) + "，" + Numbers.plain(s) + "×"
                        + Numbers.percent(ratio));
    }

    private Scored deduction(Rule.Deduction rule, Indicator indicator, BigDecimal s, List<Problem> problems) {
        Optional<BigDecimal> threshold = rule.threshold().or(() -> indicator.target().number());
        boolean percent = indicator.target().percent() || Quantities.looksLikeFraction(threshold)
                && indicator.actual().percent();
        Optional<BigDecimal> a = actualNumber(indicator, percent, problems);
        if (a.isEmpty() || threshold.isEmpty()) {
            return national.byHand(indicator, s, problems);
        }
        BigDecimal gap = rule.over() ? a.get().subtract(threshold.get()) : threshold.get().subtract(a.get());
        String ts = Quantities.show(threshold.get(), percent, indicator.target().unit());
        String as = Quantities.show(a.get(), percent, indicator.target().unit());
        if (gap.signum() <= 0) {
            return result(s, s, ScoringMethod.BY_RULE, "完成" + as + (rule.over() ? "未超出" : "未低于") + "阈值" + ts
                    + "，满分" + Numbers.plain(s));
        }
        BigDecimal steps = Numbers.divide(gap, rule.step());
        if (rule.mode() == Rule.StepMode.WHOLE_STEP) {
            steps = steps.setScale(0, RoundingMode.DOWN);
        }
        BigDecimal deducted = steps.multiply(rule.amount());
        BigDecimal exact = s.subtract(deducted).max(rule.floor());
        return result(exact, s, ScoringMethod.BY_RULE, "完成" + as + (rule.over() ? "超出" : "低于") + "阈值" + ts + "共"
                + Numbers.plain(steps.setScale(4, RoundingMode.HALF_UP)) + "个步长（每"
                + Quantities.show(rule.step(), percent, "") + "扣" + Numbers.plain(rule.amount()) + "分"
                + (rule.mode() == Rule.StepMode.WHOLE_STEP ? "，整步计" : "") + "），" + Numbers.plain(s) + "−"
                + Numbers.plain(deducted.setScale(4, RoundingMode.HALF_UP)) + "，扣完为止");
    }

    private Scored tiers(Rule.Tiers rule, Indicator indicator, BigDecimal s, List<Problem> problems) {
        boolean tiersInFractions = rule.tiers().stream().flatMap(t -> java.util.stream.Stream.of(
                t.interval().lower(), t.interval().upper())).flatMap(Optional::stream)
                .allMatch(v -> v.abs().compareTo(new BigDecimal("1.5")) <= 0);
        Optional<BigDecimal> a = actualNumber(indicator, tiersInFractions, problems);
        if (a.isEmpty()) {
            return national.byHand(indicator, s, problems);
        }
        String as = Quantities.show(a.get(), indicator.actual().percent() || tiersInFractions && rule.tiers().size() > 1
                && indicator.target().percent(), indicator.actual().unit());
        for (Rule.Tier tier : rule.tiers()) {
            if (tier.interval().contains(a.get())) {
                return result(tier.points(), s, ScoringMethod.BY_RULE, "完成" + as + "，落在档位" + tier.interval()
                        + "，该档" + Numbers.plain(tier.points()) + "分");
            }
        }
        problems.add(Problem.at(indicator.scoreCell(), ProblemCode.RULE_NO_MATCH_FOR_VALUE,
                "“" + indicator.path().name() + "”的完成值" + as + "不在任何档位中，得0分 / value in no tier"));
        return result(BigDecimal.ZERO, s, ScoringMethod.BY_RULE, "完成" + as + "不在任何档位");
    }

    private Scored perOccurrence(Rule.PerOccurrence rule, Indicator indicator, BigDecimal s, List<Problem> problems) {
        BigDecimal n;
        if (indicator.actual().isNumeric()) {
            n = indicator.actual().number().get();
        } else if (saysNothing(indicator.actual().text())) {
            n = BigDecimal.ZERO;
        } else {
            return national.byHand(indicator, s, problems);
        }
        BigDecimal deducted = rule.amount().multiply(n);
        return result(s.subtract(deducted).max(rule.floor()), s, ScoringMethod.BY_RULE, "发生" + Numbers.plain(n)
                + "次，每次扣" + Numbers.plain(rule.amount()) + "分，" + Numbers.plain(s) + "−" + Numbers.plain(deducted)
                + "，扣完为止");
    }

    private Scored checklist(Rule.Checklist rule, Indicator indicator, BigDecimal s) {
        String actual = FigureParser.normalize(indicator.actual().text());
        List<Rule.Item> met;
        if (indicator.actual().isNumeric()) {
            int n = indicator.actual().number().get().max(BigDecimal.ZERO).intValue();
            met = rule.items().subList(0, Math.min(n, rule.items().size()));
        } else {
            met = rule.items().stream().filter(i -> actual.contains(FigureParser.normalize(i.name()))
                    && !negated(actual, FigureParser.normalize(i.name()))).toList();
        }
        BigDecimal sum = met.stream().map(Rule.Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        String names = met.isEmpty() ? "无" : String.join("、", met.stream().map(Rule.Item::name).toList());
        return result(sum, s, ScoringMethod.BY_RULE, "符合" + met.size() + "/" + rule.items().size() + "项（" + names
                + "），合计" + Numbers.plain(sum) + "分");
    }

    private Scored binary(Rule.Binary rule, Indicator indicator, BigDecimal s) {
        String actual = FigureParser.normalize(indicator.actual().text());
        boolean yes = !actual.isEmpty() && NEGATIONS.stream().noneMatch(actual::startsWith)
                && rule.yesWords().stream().anyMatch(actual::startsWith);
        boolean full = yes != rule.inverted();
        return result(full ? s : BigDecimal.ZERO, s, ScoringMethod.BY_RULE, "“" + indicator.actual().text() + "”"
                + (yes ? "为是" : "为否") + (rule.inverted() ? "（反向）" : "") + "，" + (full ? "满分" : "0分"));
    }

    private Scored categorical(Rule.Categorical rule, Indicator indicator, BigDecimal s, List<Problem> problems) {
        String actual = FigureParser.normalize(indicator.actual().text());
        Optional<Rule.Item> category = rule.categories().stream()
                .sorted(Comparator.comparingInt((Rule.Item i) -> i.name().length()).reversed())
                .filter(i -> actual.equals(FigureParser.normalize(i.name()))
                        || actual.contains(FigureParser.normalize(i.name())))
                .findFirst();
        if (category.isEmpty()) {
            problems.add(Problem.at(indicator.scoreCell(), ProblemCode.RULE_NO_MATCH_FOR_VALUE, "“"
                    + indicator.path().name() + "”的完成值“" + indicator.actual().text() + "”不是规则中的任何类别（"
                    + String.join("、", rule.categories().stream().map(Rule.Item::name).toList()) + "），得0分"));
            return result(BigDecimal.ZERO, s, ScoringMethod.BY_RULE, "“" + indicator.actual().text() + "”不在类别中");
        }
        return result(category.get().points(), s, ScoringMethod.BY_RULE, "类别“" + category.get().name() + "”，"
                + Numbers.plain(category.get().points()) + "分");
    }

    private Scored satisfaction(Rule.Satisfaction rule, Indicator indicator, BigDecimal s, List<Problem> problems) {
        Optional<BigDecimal> full = rule.full().or(() -> indicator.target().number());
        Optional<BigDecimal> a = actualNumber(indicator, true, problems);
        if (a.isEmpty() || full.isEmpty()) {
            return national.byHand(indicator, s, problems);
        }
        String as = Quantities.show(a.get(), true, "");
        String fs = Quantities.show(full.get(), true, "");
        String zs = Quantities.show(rule.zero(), true, "");
        if (a.get().compareTo(full.get()) >= 0) {
            return result(s, s, ScoringMethod.BY_RULE, "满意度" + as + "≥满分线" + fs + "，满分" + Numbers.plain(s));
        }
        if (a.get().compareTo(rule.zero()) <= 0 || full.get().compareTo(rule.zero()) <= 0) {
            return result(BigDecimal.ZERO, s, ScoringMethod.BY_RULE, "满意度" + as + "≤零分线" + zs + "，0分");
        }
        BigDecimal ratio = Numbers.divide(a.get().subtract(rule.zero()), full.get().subtract(rule.zero()));
        return formula(s.multiply(ratio), s, ScoringMethod.BY_RULE, "(" + as + "−" + zs + ")/(" + fs + "−" + zs + ")="
                + Numbers.percent(ratio) + "，" + Numbers.plain(s) + "×" + Numbers.percent(ratio));
    }

    private Scored coefficient(Indicator indicator, BigDecimal s, List<Problem> problems) {
        Optional<BigDecimal> c = actualNumber(indicator, true, problems);
        if (c.isEmpty()) {
            return national.byHand(indicator, s, problems);
        }
        BigDecimal k = Numbers.clamp(c.get(), BigDecimal.ZERO, BigDecimal.ONE);
        return formula(s.multiply(k), s, ScoringMethod.BY_RULE, "得分系数" + Numbers.percent(k) + "×分值"
                + Numbers.plain(s));
    }

    private Scored equality(Rule.Equality rule, Indicator indicator, BigDecimal s, List<Problem> problems) {
        boolean percent = indicator.target().percent() || indicator.actual().percent();
        Optional<BigDecimal> a = actualNumber(indicator, percent, problems);
        Optional<BigDecimal> t = indicator.target().number();
        if (a.isEmpty() || t.isEmpty()) {
            return national.byHand(indicator, s, problems);
        }
        boolean equal = a.get().subtract(t.get()).abs().compareTo(rule.tolerance()) <= 0;
        return result(equal ? s : BigDecimal.ZERO, s, ScoringMethod.EQUALITY, "完成"
                + Quantities.show(a.get(), percent, indicator.target().unit()) + (equal ? "=" : "≠") + "目标"
                + Quantities.show(t.get(), percent, indicator.target().unit()) + "，" + (equal ? "满分" : "0分"));
    }

    private Scored notApplicable(Rule.NotApplicable rule, Indicator indicator, BigDecimal s, List<Problem> problems) {
        if (!saysNothing(indicator.actual().text()) || indicator.actual().isNumeric()) {
            return score(rule.inner(), indicator, s, problems);
        }
        if (rule.rescale()) {
            return new Scored(settings.roundScore(BigDecimal.ZERO), ScoringMethod.NOT_COUNTED,
                    "不适用，剔除该指标" + Numbers.plain(s) + "分后按比例折算总分");
        }
        return result(s, s, ScoringMethod.BY_RULE, "不适用，按满分" + Numbers.plain(s) + "计");
    }

    private Scored veto(Rule.Veto rule, Indicator indicator, BigDecimal s) {
        return vetoTriggered(rule, indicator)
                ? result(BigDecimal.ZERO, s, ScoringMethod.BY_RULE, "触发否决项“" + indicator.actual().text() + "”")
                : result(s, s, ScoringMethod.BY_RULE, "未触发否决项");
    }

    static boolean vetoTriggered(Rule.Veto rule, Indicator indicator) {
        String actual = FigureParser.normalize(indicator.actual().text());
        return !actual.isEmpty() && NEGATIONS.stream().noneMatch(actual::startsWith)
                && rule.triggers().stream().anyMatch(actual::contains);
    }

    /** Blank, a dash, 无, 不适用: nothing to evaluate. */
    private static boolean saysNothing(String text) {
        String t = FigureParser.normalize(text);
        return t.isEmpty() || FigureParser.isPlaceholder(t) || NOT_APPLICABLE_WORDS.stream().anyMatch(t::startsWith);
    }

    private static boolean negated(String text, String item) {
        int at = text.indexOf(item);
        return at > 0 && NEGATIONS.stream().anyMatch(n -> text.startsWith(n, Math.max(0, at - n.length())));
    }

    Settings settings() {
        return settings;
    }

    /** Exposed for the national quantitative rules, which read the direction from the target. */
    static Relation directionOf(Figure target, Optional<Relation> override) {
        return override.or(target::relation).orElse(Relation.AT_LEAST);
    }
}
