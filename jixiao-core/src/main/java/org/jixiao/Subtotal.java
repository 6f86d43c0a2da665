package org.jixiao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.score.GroupScore;

/**
 * A 一级 or 二级 subtotal. Immutable and thread-safe.
 *
 * @param name     the level's name, without a weight written in its label ({@code 产出指标(50分)} → 产出指标)
 * @param weight   the sum of its indicators' 分值; empty when some indicator has none
 * @param score    the sum of its indicators' rounded scores
 * @param children the 二级 subtotals of a 一级 level; empty for a 二级 level
 */
public record Subtotal(String name, Optional<BigDecimal> weight, BigDecimal score, List<Subtotal> children) {

    /**
     * Checks that no component is null and copies the children.
     *
     * @param name see {@link #name()}
     * @param weight see {@link #weight()}
     * @param score see {@link #score()}
     * @param children see {@link #children()}
     * @throws NullPointerException naming the missing component
     */
    public Subtotal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        children = List.copyOf(children);
    }

    static Subtotal of(GroupScore group) {
        return new Subtotal(group.name(), group.knownWeight(), group.score(),
                group.children().stream().map(Subtotal::of).toList());
    }
}
