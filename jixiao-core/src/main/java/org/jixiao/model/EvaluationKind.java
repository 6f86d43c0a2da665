package org.jixiao.model;

/** Which standard table a sheet is. Immutable and thread-safe. */
public enum EvaluationKind {
    /** 项目支出绩效自评表. */
    PROJECT("project", "项目支出"),
    /** 部门整体支出绩效自评表 / 评分表. */
    DEPARTMENT("department", "部门整体支出");

    private final String id;
    private final String chinese;

    EvaluationKind(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    /**
     * The identifier used in JSON output.
     *
     * @return {@code project} or {@code department}
     */
    public String id() {
        return id;
    }

    /**
     * The kind's Chinese name.
     *
     * @return e.g. 项目支出
     */
    public String chinese() {
        return chinese;
    }
}
