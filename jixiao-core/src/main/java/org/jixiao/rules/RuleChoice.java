package org.jixiao.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.Problem;

/**
 * The rule set that scores one sheet and why: given with --rules, chosen because it fits the sheet's indicators
 * clearly best, or the default because none did. Immutable and thread-safe.
 *
 * @param rules    the rule set that scores the sheet
 * @param how      how it came to be used
 * @param fit      how well it fits the sheet (0/M for the national default, which names no indicator)
 * @param runnerUp the best-fitting other set that names some of the sheet's indicators, if any
 * @param why      the reason, one line, Chinese: 自动选择：26/26 个指标与规则集一致；--rules 可指定
 * @param hints    提示 naming other sets that fit as well (INFO problems of the sheet)
 */
public record RuleChoice(RuleSet rules, How how, RuleFit fit, Optional<RuleFit> runnerUp, String why,
                         List<Problem> hints) {

    /** How the rule set came to be used. */
    public enum How {
        /** Named with --rules (or passed to the scorer): used whatever the fit. */
        GIVEN("given", "--rules 指定"),
        /** Chosen among the built-in and the user's sets because it fits the sheet clearly best. */
        AUTO("auto", "自动选择"),
        /** No set fits clearly best: the national default. */
        DEFAULT("default", "默认");

        private final String id;
        private final String chinese;

        How(String id, String chinese) {
            this.id = id;
            this.chinese = chinese;
        }

        /** As JSON shows it: given, auto, default. */
        public String id() {
            return id;
        }

        String chinese() {
            return chinese;
        }
    }

    public RuleChoice {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(runnerUp, "runnerUp");
        Objects.requireNonNull(why, "why");
        hints = List.copyOf(hints);
        if (fit.rules() != rules) {
            throw new IllegalArgumentException("the fit is of " + fit.rules().name() + ", not of " + rules.name());
        }
    }

    /** As the text report and the summary show it: {@code department-overall-reference （自动选择：…）}. */
    public String describe() {
        return rules.name() + " （" + why + "）";
    }

    /** Short, for a summary column: {@code department-overall-reference（自动选择 26/26）}. */
    public String brief() {
        return rules.name() + "（" + how.chinese() + (how == How.DEFAULT || !rules.scope().namesIndicators() ? ""
                : " " + fit.ratio()) + "）";
    }
}
