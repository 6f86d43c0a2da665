package org.jixiao.score;

/** How an indicator's score was obtained. */
public enum ScoringMethod {
    /** ≥ target: 分值 × min(1, 完成值/指标值). */
    HIGHER_IS_BETTER("正向比率"),
    /** ≤ target: full when within, else 分值 × 指标值/完成值. */
    LOWER_IS_BETTER("反向比率"),
    /** = target: full when equal, else 分值 × smaller/larger. */
    EQUALITY("等值"),
    /** Qualitative or not computable: the submitted score, bounded by 分值, judged by hand. */
    JUDGED_BY_HAND("人工评分"),
    /** By a rule set's table: tiers, deductions, categories, checklists … */
    BY_RULE("按规则"),
    /** Not counted: the other of an either-or pair, or not applicable and dropped from the total. */
    NOT_COUNTED("不计分"),
    /**
     * The table prints no 分值 for the row and none can be derived (the Hubei/Yunnan layout): the submitted score
     * is kept as it stands, since without a weight there is nothing to recompute it from or bound it by.
     */
    AS_SUBMITTED("按填报得分（表中无分值）");

    private final String chinese;

    ScoringMethod(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
