package org.jixiao.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A 一级 or 二级 subtotal. Immutable and thread-safe.
 *
 * @param name     the level's name, weight label removed
 * @param weight   the sum of its indicators' 分值
 * @param score    the sum of its indicators' rounded scores
 * @param children 二级 subtotals of a 一级 group; empty for a 二级 group
 */
public record GroupScore(String name, BigDecimal weight, BigDecimal score, List<GroupScore> children) {

    public GroupScore {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        children = List.copyOf(children);
    }

    /** Points lost in this group: 分值 − 得分. */
    public BigDecimal pointsLost() {
        return weight.subtract(score);
    }
}
