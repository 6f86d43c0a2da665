package org.jixiao.model;

import java.util.Objects;

/**
 * Where an indicator sits: 一级 / 二级 / 三级 names, with any "(50分)" weight already stripped. A level that the
 * sheet does not have is the empty string. Immutable and thread-safe.
 */
public record IndicatorPath(String level1, String level2, String level3) {

    public IndicatorPath {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(level3, "level3");
    }

    /** The most specific name: 三级 when present, else 二级, else 一级. */
    public String name() {
        return !level3.isEmpty() ? level3 : !level2.isEmpty() ? level2 : level1;
    }

    @Override
    public String toString() {
        return String.join("/", level1, level2, level3).replaceAll("/+$", "");
    }
}
