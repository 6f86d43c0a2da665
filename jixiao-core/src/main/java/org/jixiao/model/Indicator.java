package org.jixiao.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator row of the table, as submitted. Immutable and thread-safe.
 *
 * @param path          一级/二级/三级 names
 * @param code          编码 / 指标编码, when the sheet has such a column
 * @param weight        分值 as printed in the row; empty when the row has none (weights then come from labels)
 * @param target        年度指标值
 * @param actual        实际完成值
 * @param standard      评分标准 text, empty if the sheet has no such column
 * @param reportedScore the submitted 得分
 * @param deviationNote 偏差原因分析及改进措施 / 扣分原因 text
 * @param nameCell      the cell holding the indicator's name
 * @param scoreCell     the cell where its 得分 belongs
 */
public record Indicator(IndicatorPath path, Optional<String> code, Optional<BigDecimal> weight, Figure target, Figure actual,
                        String standard, Optional<BigDecimal> reportedScore, String deviationNote,
                        CellRef nameCell, CellRef scoreCell) {

    /**
     * Creates the value, checking its components.
     *
     * @param path see {@link #path()}
     * @param code see {@link #code()}
     * @param weight see {@link #weight()}
     * @param target see {@link #target()}
     * @param actual see {@link #actual()}
     * @param standard see {@link #standard()}
     * @param reportedScore see {@link #reportedScore()}
     * @param deviationNote see {@link #deviationNote()}
     * @param nameCell see {@link #nameCell()}
     * @param scoreCell see {@link #scoreCell()}
     */
    public Indicator {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(reportedScore, "reportedScore");
        Objects.requireNonNull(deviationNote, "deviationNote");
        Objects.requireNonNull(nameCell, "nameCell");
        Objects.requireNonNull(scoreCell, "scoreCell");
    }
}
