package org.jixiao.model;

/**
 * The stable codes of every problem jixiao reports while reading or scoring. Codes never change meaning once
 * published; new ones are added at the end of their group.
 * Immutable and thread-safe.
 */
public enum ProblemCode {
    // reading
    /** A label carries a weight such as 产出指标(50分) that differs from its children's 分值 sum. */
    GROUP_WEIGHT_MISMATCH(Severity.WARNING, "层级标注分值与下级分值之和不符"),
    /** A number cell holds text that is not a number. */
    UNPARSABLE_NUMBER(Severity.WARNING, "数值无法识别"),
    /** A formula cell holds an error such as #DIV/0!. */
    FORMULA_ERROR(Severity.WARNING, "公式单元格含错误值"),
    /** An indicator row has no 分值 and none could be derived. */
    WEIGHT_MISSING(Severity.ERROR, "指标缺少分值"),
    /** 分值 were derived from a level label such as 产出指标(50分). */
    WEIGHT_DERIVED(Severity.INFO, "分值由层级标注推算"),
    /** Cells beyond the reader's row or column limit were not read. */
    SHEET_TRUNCATED(Severity.WARNING, "超出读取上限的单元格未读取"),
    /** No 总分 row or cell was found; the total is written in a new row. */
    TOTAL_ROW_MISSING(Severity.INFO, "未找到总分行"),

    // budget
    /** 全年预算数 or 全年执行数 is missing, so 执行率 cannot be computed. */
    BUDGET_FIGURE_MISSING(Severity.ERROR, "预算数或执行数缺失"),
    /** 全年预算数 is zero. */
    BUDGET_ZERO(Severity.ERROR, "预算数为零"),
    /** The budget block has no 分值; it does not count towards the total. */
    BUDGET_NOT_WEIGHTED(Severity.INFO, "预算执行未设分值"),
    /** 全年执行数 exceeds 全年预算数. */
    EXECUTION_OVER_BUDGET(Severity.WARNING, "执行数超过预算数"),
    /** The printed 执行率 differs from the recomputed one at its printed precision. */
    RATE_MISMATCH(Severity.WARNING, "填报执行率与计算值不符"),

    // scoring
    /** The submitted score of an indicator or of the budget differs from the recomputed one. */
    SCORE_MISMATCH(Severity.WARNING, "填报得分与计算得分不符"),
    /** A submitted score lies above 分值 or below zero. */
    SCORE_OUT_OF_RANGE(Severity.ERROR, "得分超出分值范围"),
    /** A qualitative indicator has no submitted score, so it scores 0. */
    SCORE_MISSING(Severity.WARNING, "定性指标缺少自评得分"),
    /** A quantitative target whose actual value cannot be read as a number: judged by hand. */
    ACTUAL_NOT_NUMERIC(Severity.INFO, "完成值非数值，按人工评分"),
    /** The submitted 总分 differs from the sum of the submitted scores. */
    REPORTED_TOTAL_NOT_SUM(Severity.WARNING, "填报总分不等于各项填报得分之和"),
    /** The submitted 总分 differs from the recomputed total. */
    TOTAL_MISMATCH(Severity.WARNING, "填报总分与计算总分不符"),
    /** The weights (including the budget block) do not add up to the expected total. */
    WEIGHT_TOTAL_MISMATCH(Severity.WARNING, "分值合计不等于100"),
    /** The grade written in the sheet differs from the grade of the recomputed total. */
    GRADE_MISMATCH(Severity.WARNING, "填报等级与计算等级不符"),
    /**
     * The indicator rows print no 分值 and none could be derived from level labels: their submitted scores are
     * kept and the total is not recomputed from weights. Reported once per table.
     */
    WEIGHTS_NOT_PRINTED(Severity.WARNING, "表中无分值，按填报得分计总分"),

    // rule sets
    /** A rule of the rule set matches no indicator of this sheet. */
    RULE_UNMATCHED(Severity.INFO, "规则未匹配到任何指标"),
    /** The actual value names no category, band or tier of the indicator's rule. */
    RULE_NO_MATCH_FOR_VALUE(Severity.WARNING, "完成值不在规则的任何档位或类别中"),
    /** The rule set's 分值 for an indicator differs from the sheet's. */
    WEIGHT_FROM_RULES(Severity.INFO, "分值按规则集设定"),
    /** A veto item was triggered: the grade or the total is capped. */
    VETO_APPLIED(Severity.WARNING, "触发否决项，等级或总分封顶"),
    /** Indicators not applicable were dropped and the total rescaled. */
    NOT_APPLICABLE_RESCALED(Severity.INFO, "不适用指标已剔除，总分按比例折算"),
    /** One of an either-or pair was not counted. */
    EITHER_OR_SKIPPED(Severity.INFO, "二者择其一，另一项未计分"),
    /**
     * Another rule set fits the sheet's indicators as well as (or, under --rules, better than) the one used, or
     * several fit equally and the default was used: the message names them and how to pick one with --rules.
     */
    RULE_SET_ALTERNATIVE(Severity.INFO, "另有规则集与本表吻合"),

    // audit (复核)
    /** 年度资金总额 differs from the sum of its 其中 rows. */
    BUDGET_COMPONENTS_MISMATCH(Severity.WARNING, "资金总额不等于其中各项之和"),
    /** 年度资金总额 is zero or blank while its 其中 rows hold money; the rows' sum is scored. */
    BUDGET_TOTAL_BLANK(Severity.WARNING, "资金总额为0或空而其中各项有数"),
    /** The budget row has a 分值 but no submitted 得分. */
    BUDGET_SCORE_MISSING(Severity.WARNING, "预算执行未填得分"),
    /** A target was missed but 偏差原因 is empty. */
    TARGET_MISSED_NO_REASON(Severity.WARNING, "未完成目标但未填偏差原因"),
    /** The actual is far above the target: the target may have been set too low (按偏离度适度调减). */
    ACTUAL_FAR_ABOVE_TARGET(Severity.WARNING, "完成值远超目标，目标可能偏低"),
    /** A target is given but no actual value. */
    ACTUAL_MISSING(Severity.WARNING, "缺少实际完成值"),
    /** A qualitative indicator got full marks while its actual text says it was not achieved. */
    FULL_MARKS_NOT_ACHIEVED(Severity.WARNING, "未完成却得满分");

    private final Severity severity;
    private final String title;

    ProblemCode(Severity severity, String title) {
        this.severity = severity;
        this.title = title;
    }

    /**
     * The usual severity of this problem.
     *
     * @return 错误, 警告 or 提示
     */
    public Severity severity() {
        return severity;
    }

    /**
     * A short Chinese title, for legends and summaries.
     *
     * @return the title
     */
    public String title() {
        return title;
    }
}
