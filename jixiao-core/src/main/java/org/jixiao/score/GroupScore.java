package org.jixiao.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A 一级 or 二级 subtotal. Immutable and thread-safe.
 *
 * @param name     the level's name, weight label removed
 * @param weight   the sum of its indicators' 分值 (of those that have one)
 * @param score    the sum of its indicators' rounded scores
 * @param children 二级 subtotals of a 一级 group; empty for a 二级 group
 * @param weighted false when some counted indicator has no 分值 (a table that prints none): the group's 分值 and
 *                 points lost are then unknown
 */
public record GroupScore(String name, BigDecimal weight, BigDecimal score, List<GroupScore> children,
                         boolean weighted) {

    public GroupScore {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        children = List.copyOf(children);
    }

    /** Points lost in this group: 分值 − 得分; zero when the 分值 is unknown, see {@link #knownPointsLost()}. */
    public BigDecimal pointsLost() {
        return weighted ? weight.subtract(score) : BigDecimal.ZERO;
    }

    /** The 分值, or empty when some indicator of the group has none. */
    public Optional<BigDecimal> knownWeight() {
        return weighted ? Optional.of(weight) : Optional.empty();
    }

    /** Points lost, or empty when the 分值 is unknown. */
    public Optional<BigDecimal> knownPointsLost() {
        return weighted ? Optional.of(weight.subtract(score)) : Optional.empty();
    }
}
