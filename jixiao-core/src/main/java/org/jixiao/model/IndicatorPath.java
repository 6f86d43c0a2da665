package org.jixiao.model;

import java.util.Objects;

/**
 * Where an indicator sits: 一级 / 二级 / 三级 names, with any "(50分)" weight already stripped. A level that the
 * sheet does not have is the empty string. Immutable and thread-safe.
 *
 * @param level1 the 一级指标, e.g. 产出指标
 * @param level2 the 二级指标, e.g. 数量指标
 * @param level3 the 三级指标, e.g. 完成项目数
 */
public record IndicatorPath(String level1, String level2, String level3) {

    /**
     * Creates the value, checking its components.
     *
     * @param level1 see {@link #level1()}
     * @param level2 see {@link #level2()}
     * @param level3 see {@link #level3()}
     */
    public IndicatorPath {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(level3, "level3");
    }

    /**
     * The most specific name.
     *
     * @return 三级 when present, else 二级, else 一级
     */
    public String name() {
        return !level3.isEmpty() ? level3 : !level2.isEmpty() ? level2 : level1;
    }

    @Override
    public String toString() {
        return String.join("/", level1, level2, level3).replaceAll("/+$", "");
    }
}
