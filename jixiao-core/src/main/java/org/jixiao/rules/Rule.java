package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.Relation;

/**
 * How one indicator is scored: one record per rule type, each holding only its own parameters. S is the
 * indicator's 分值, a its actual value, t its target; scores are clamped to [0, S] unless a type says otherwise.
 * The scorer applies them in one switch ({@code org.jixiao.score.RuleScoring}). Immutable and thread-safe.
 */
public sealed interface Rule {

    RuleType type();

    /** Quantitative by the target's relation (≥ proportional, ≤ reverse, = closeness); qualitative by hand. */
    record National() implements Rule {
        public RuleType type() {
            return RuleType.NATIONAL;
        }
    }

    /** S × min(cap, a / base); base defaults to the target, or 1 when the actual is itself a rate (76% × 10). */
    record Proportional(Optional<BigDecimal> base, BigDecimal cap) implements Rule {
        public RuleType type() {
            return RuleType.PROPORTIONAL;
        }
    }

    /** S when a ≤ base, else S × base / a; base defaults to the target. */
    record Reverse(Optional<BigDecimal> base) implements Rule {
        public RuleType type() {
            return RuleType.REVERSE;
        }
    }

    /** S when the target is met, else proportional in the direction given (or the target's relation). */
    record MetOrProportional(Optional<Relation> direction) implements Rule {
        public RuleType type() {
            return RuleType.MET_OR_PROPORTIONAL;
        }
    }

    /** How a deduction counts a partial step. */
    enum StepMode {
        /** 1.5 steps cost 1.5 × amount. */
        PRO_RATA,
        /** 1.5 steps cost 1 × amount: only whole steps count. */
        WHOLE_STEP
    }

    /**
     * S − amount per step of excess over (or shortfall under) the threshold, not below floor (扣完为止).
     * {@code over} true: excess above the threshold costs points (在职人员控制率); false: shortfall below it.
     */
    record Deduction(boolean over, Optional<BigDecimal> threshold, BigDecimal step, BigDecimal amount,
                     BigDecimal floor, StepMode mode) implements Rule {
        public RuleType type() {
            return RuleType.DEDUCTION;
        }
    }

    /** One band of a tier table: the values it covers and the points it gives. */
    record Tier(Interval interval, BigDecimal points) {
    }

    /** The points of the tier holding a. */
    record Tiers(List<Tier> tiers) implements Rule {
        public Tiers {
            tiers = List.copyOf(tiers);
        }

        public RuleType type() {
            return RuleType.TIERS;
        }
    }

    /** max(floor, S − amount × n), n the number of occurrences in the actual value. */
    record PerOccurrence(BigDecimal amount, BigDecimal floor) implements Rule {
        public RuleType type() {
            return RuleType.PER_OCCURRENCE;
        }
    }

    /** A named sub-item worth some points. */
    record Item(String name, BigDecimal points) {
    }

    /** The sum of the items named in the actual value (or the first n when it is a count), at most S. */
    record Checklist(List<Item> items) implements Rule {
        public Checklist {
            items = List.copyOf(items);
        }

        public RuleType type() {
            return RuleType.CHECKLIST;
        }
    }

    /** S when the actual says yes (是, 有, 已完成 …), else 0; inverted for 是否发生事故-style questions. */
    record Binary(List<String> yesWords, boolean inverted) implements Rule {
        public Binary {
            yesWords = List.copyOf(yesWords);
        }

        public RuleType type() {
            return RuleType.BINARY;
        }
    }

    /** Points for each state the actual may name: 无结余 3 / 不超上年结转 2 / 超过 0. */
    record Categorical(List<Item> categories) implements Rule {
        public Categorical {
            categories = List.copyOf(categories);
        }

        public RuleType type() {
            return RuleType.CATEGORICAL;
        }
    }

    /** A qualitative band: its name as found in the actual text, and the fractions of S it allows. */
    record Band(String name, Interval share) {
    }

    /** The submitted score kept inside the band the actual text names (达成 [80%,100%] …). */
    record QualitativeBand(List<Band> bands) implements Rule {
        public QualitativeBand {
            bands = List.copyOf(bands);
        }

        public RuleType type() {
            return RuleType.QUALITATIVE_BAND;
        }
    }

    /** S at or above the full line (default the target), 0 at or below the zero line, linear between. */
    record Satisfaction(Optional<BigDecimal> full, BigDecimal zero) implements Rule {
        public RuleType type() {
            return RuleType.SATISFACTION;
        }
    }

    /** S × the coefficient written as the actual value (85% or 0.85). */
    record Coefficient() implements Rule {
        public RuleType type() {
            return RuleType.COEFFICIENT;
        }
    }

    /** S when |a − t| ≤ tolerance, else 0. */
    record Equality(BigDecimal tolerance) implements Rule {
        public RuleType type() {
            return RuleType.EQUALITY;
        }
    }

    /** Of the indicators sharing a group, only one counts: the higher-scoring, or the one with a value. */
    record EitherOr(String group, boolean pickHigher, Rule inner) implements Rule {
        public EitherOr {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(inner, "inner");
        }

        public RuleType type() {
            return RuleType.EITHER_OR;
        }
    }

    /** When the actual says there is nothing to evaluate (无, 不适用, blank): full marks, or drop and rescale. */
    record NotApplicable(boolean rescale, Rule inner) implements Rule {
        public NotApplicable {
            Objects.requireNonNull(inner, "inner");
        }

        public RuleType type() {
            return RuleType.NOT_APPLICABLE;
        }
    }

    /** A veto item: when the actual says it happened, the grade or the total is capped. Scores S when not. */
    record Veto(Optional<String> capGrade, Optional<BigDecimal> capTotal, List<String> triggers) implements Rule {
        public Veto {
            triggers = List.copyOf(triggers);
        }

        public RuleType type() {
            return RuleType.VETO;
        }
    }

    /** The submitted score, bounded by S. */
    record Manual() implements Rule {
        public RuleType type() {
            return RuleType.MANUAL;
        }
    }

    /** Not a scoring rule: declares the 分值 of a 一级 or 二级 level, checked against its rows. */
    record Subtotal() implements Rule {
        public RuleType type() {
            return RuleType.SUBTOTAL;
        }
    }
}
