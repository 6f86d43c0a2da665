package org.jixiao.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;

/**
 * Chooses the rule set for each sheet from the built-in sets and the user's own, by how well each fits the sheet's
 * indicators ({@link RuleFit}). A set is chosen when
 * <ul>
 * <li>it is for the sheet's kind (项目支出 / 部门整体支出, see {@link RuleSetScope});</li>
 * <li>it names at least {@value #MIN_COVERAGE_PERCENT}% of the sheet's indicators with the sheet's 分值: below
 *     that, a fifth or more of the sheet would be scored by the set's default or with the set's weights instead
 *     of the sheet's, and a wrong set costs a whole grade (the department samples drop from 优 to 差 under the
 *     reference set, which names 2 of their 11 and 2 of their 13 indicators with the sheet's 分值) while the
 *     national default only keeps the sheet's own weights;</li>
 * <li>and it leads every other set that fits by at least {@value #MARGIN_PERCENT} percentage points — except that
 *     the user's own set wins over a built-in one that fits as well, since a user who copies and renames
 *     a built-in set means theirs to be used.</li>
 * </ul>
 * Otherwise the sheet is scored by the national default. Where another set fits too, the choice carries a 提示
 * naming it. A set given with --rules is always used; a 提示 names a set that fits the sheet better. Immutable
 * and thread-safe: one chooser serves every worker of a batch.
 */
public final class RuleSetChooser {

    /** The least share of a sheet's indicators, in percent, a set must name with the sheet's 分值 to be chosen. */
    static final int MIN_COVERAGE_PERCENT = 80;
    /** The lead, in percentage points of the sheet's indicators, that makes a fit clearly the best. */
    static final int MARGIN_PERCENT = 10;
    /** Bump when the way of choosing changes, so that a batch does not reuse outputs chosen the old way. */
    private static final String ALGORITHM = "rule-choice-1";

    /** A set that may be chosen, with its scope worked out once. */
    private record Candidate(RuleSet rules, boolean own, RuleSetScope scope) {
    }

    private static final RuleSetChooser BUILT_IN = new RuleSetChooser(Optional.empty(), BuiltInRuleSets.national(),
            candidates(List.of()));

    /** Most indicators matched first; on equal counts the user's own set, then the order of the candidates. */
    private static final Comparator<RuleFit> BEST_FIRST = Comparator.comparingInt(RuleFit::matched).reversed()
            .thenComparing(RuleFit::own, Comparator.reverseOrder());

    private final Optional<Candidate> given;
    private final Candidate fallback;
    private final List<Candidate> candidates;

    private RuleSetChooser(Optional<Candidate> given, RuleSet fallback, List<Candidate> candidates) {
        this.given = given;
        this.fallback = new Candidate(fallback, false, fallback.scope());
        this.candidates = List.copyOf(candidates);
    }

    /** Chooses among the built-in sets; the national default otherwise. */
    public static RuleSetChooser builtIn() {
        return BUILT_IN;
    }

    /**
     * Chooses among the user's own sets and the built-in ones; the user's win ties with built-in ones. A set that
     * is cell for cell a built-in one (same SHA-256) is the same set and counted once.
     */
    public static RuleSetChooser withOwn(List<RuleSet> own) {
        return new RuleSetChooser(Optional.empty(), BuiltInRuleSets.national(), candidates(own));
    }

    /** Always the given set, compared with nothing. */
    public static RuleSetChooser given(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        return new RuleSetChooser(Optional.of(new Candidate(rules, false, rules.scope())), rules, List.of());
    }

    /** Always the given set, with a 提示 where one of this chooser's sets fits a sheet better. */
    public RuleSetChooser overriddenBy(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        return new RuleSetChooser(Optional.of(new Candidate(rules, false, rules.scope())), rules, candidates);
    }

    private static List<Candidate> candidates(List<RuleSet> own) {
        List<Candidate> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RuleSet rules : own) {
            if (seen.add(rules.sha256())) {
                all.add(new Candidate(rules, true, rules.scope()));
            }
        }
        for (String name : BuiltInRuleSets.names()) {
            RuleSet rules = BuiltInRuleSets.find(name).orElseThrow();
            if (seen.add(rules.sha256())) {
                all.add(new Candidate(rules, false, rules.scope()));
            }
        }
        return all;
    }

    /** The set used when none fits (the national default), or the given one. */
    public RuleSet fallback() {
        return given.orElse(fallback).rules();
    }

    /** Every set this chooser may pick, the user's first. */
    public List<RuleSet> candidates() {
        return candidates.stream().map(Candidate::rules).toList();
    }

    /**
     * A SHA-256 over everything that decides a choice: the given set or the fallback, every candidate and the
     * rules of choosing. Same inputs and the same fingerprint give the same choices, so a batch may reuse outputs.
     */
    public String fingerprint() {
        StringBuilder s = new StringBuilder(ALGORITHM).append('\n');
        s.append(given.isPresent() ? "given " : "fallback ").append(fallback().sha256()).append('\n');
        candidates.forEach(c -> s.append(c.own() ? "own " : "built-in ").append(c.rules().sha256()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The rule set for one sheet, and why. */
    public RuleChoice choose(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        List<RuleFit> fits = candidates.stream().map(c -> fit(c, evaluation)).toList();
        if (given.isPresent()) {
            return givenChoice(fit(given.get(), evaluation), fits);
        }
        int sheet = evaluation.indicators().size();
        List<RuleFit> ranked = fits.stream().filter(f -> f.kindAgrees() && f.matched() > 0).sorted(BEST_FIRST).toList();
        RuleSet fallback = this.fallback.rules();
        RuleFit fallbackFit = fit(this.fallback, evaluation);
        if (ranked.isEmpty()) {
            return new RuleChoice(fallback, RuleChoice.How.DEFAULT, fallbackFit, Optional.empty(),
                    "默认：没有适用于" + evaluation.kind().chinese() + "表并点名本表指标的其他规则集；--rules 可指定", List.of());
        }
        RuleFit best = ranked.get(0);
        if (!best.fits()) {
            return new RuleChoice(fallback, RuleChoice.How.DEFAULT, fallbackFit, Optional.of(best),
                    "默认：没有规则集与本表指标充分吻合（最接近：" + best.rules().name() + " " + best.ratio() + "，自动选择需至少 "
                            + MIN_COVERAGE_PERCENT + "%）；--rules 可指定", List.of());
        }
        List<RuleFit> contenders = ranked.stream().filter(RuleFit::fits).filter(f -> !clearlyAhead(best, f, sheet))
                .toList();
        boolean anyOwn = contenders.stream().anyMatch(RuleFit::own);
        List<RuleFit> preferred = contenders.stream().filter(f -> f.own() || !anyOwn).toList();
        if (preferred.size() > 1) {
            String names = String.join("、", preferred.stream().map(RuleFit::named).toList());
            Problem hint = Problem.general(ProblemCode.RULE_SET_ALTERNATIVE, "规则集" + names + "与本表同样吻合，"
                    + "无法自动选择，按默认规则集“" + fallback.name() + "”评分；请用 --rules 指定其一 / several rule sets"
                    + " fit this sheet equally well: scored with the default, choose one with --rules");
            return new RuleChoice(fallback, RuleChoice.How.DEFAULT, fallbackFit, Optional.of(best),
                    "默认：" + names + "同样吻合，未自动选择；--rules 可指定", List.of(hint));
        }
        RuleFit chosen = preferred.get(0);
        List<RuleFit> others = ranked.stream().filter(f -> f != chosen).toList();
        List<RuleFit> alsoFit = others.stream().filter(RuleFit::fits).toList();
        List<Problem> hints = alsoFit.isEmpty() ? List.of() : List.of(Problem.general(ProblemCode.RULE_SET_ALTERNATIVE,
                "另有规则集与本表吻合：" + String.join("、", alsoFit.stream().map(RuleFit::named).toList()) + "；本表按“"
                        + chosen.rules().name() + "”（" + chosen.ratio() + "）评分"
                        + (contenders.size() > 1 ? "，自有规则集优先" : "，吻合度最高")
                        + "；如需改用请加 --rules " + alsoFit.get(0).rules().name()
                        + " / another rule set fits this sheet too"));
        return new RuleChoice(chosen.rules(), RuleChoice.How.AUTO, chosen, others.stream().findFirst(),
                "自动选择：" + chosen.ratio() + " 个指标与规则集一致；--rules 可指定", hints);
    }

    private RuleChoice givenChoice(RuleFit used, List<RuleFit> fits) {
        RuleSet rules = used.rules();
        List<RuleFit> others = fits.stream().filter(f -> !f.rules().sha256().equals(rules.sha256()))
                .filter(f -> f.kindAgrees() && f.matched() > 0).sorted(BEST_FIRST).toList();
        Optional<RuleFit> better = others.stream().filter(RuleFit::fits).filter(f -> f.matched() > used.matched())
                .findFirst();
        List<Problem> hints = better.map(b -> List.of(Problem.general(ProblemCode.RULE_SET_ALTERNATIVE, "规则集“"
                + b.rules().name() + "”与本表更吻合（" + b.ratio() + " 个指标一致，--rules 指定的“" + rules.name() + "”为"
                + used.ratio() + "）；如适用请改用 --rules " + b.rules().name()
                + " / another rule set fits this sheet better"))).orElse(List.of());
        return new RuleChoice(rules, RuleChoice.How.GIVEN, used, others.stream().findFirst(), givenWhy(used), hints);
    }

    private static String givenWhy(RuleFit fit) {
        return fit.rules().scope().namesIndicators()
                ? "--rules 指定：" + fit.ratio() + " 个指标与规则集一致"
                : "--rules 指定：通用规则，不点名指标";
    }

    /** True when a leads b by at least the margin, in percentage points of the sheet's indicators. */
    private static boolean clearlyAhead(RuleFit a, RuleFit b, int sheet) {
        return (a.matched() - b.matched()) * 100 >= MARGIN_PERCENT * sheet;
    }

    private static RuleFit fit(Candidate candidate, Evaluation evaluation) {
        List<Indicator> indicators = evaluation.indicators();
        boolean kindAgrees = candidate.scope().admits(evaluation.kind());
        int matched = 0;
        // a set that names no indicator, or is for the other kind, cannot be chosen: no need to match its rows
        if (kindAgrees && candidate.scope().namesIndicators()) {
            for (Indicator indicator : indicators) {
                Optional<RuleRow> row = candidate.rules().ruleFor(indicator.code(), indicator.path());
                if (row.isPresent() && RuleSetScope.namesAnIndicator(row.get()) && sameWeight(row.get(), indicator)) {
                    matched++;
                }
            }
        }
        return new RuleFit(candidate.rules(), candidate.own(), matched, indicators.size(), kindAgrees);
    }

    /** The row sets no 分值, the sheet prints none, or both print the same. */
    private static boolean sameWeight(RuleRow row, Indicator indicator) {
        return row.weight().isEmpty() || indicator.weight().isEmpty()
                || row.weight().get().compareTo(indicator.weight().get()) == 0;
    }
}
