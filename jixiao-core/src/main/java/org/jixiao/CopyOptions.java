package org.jixiao;

import java.util.Objects;

import org.jixiao.write.FillOptions;

/**
 * What the filled copy carries besides the recomputed scores, totals, grades and the 评分说明 sheet.
 * Immutable and thread-safe.
 *
 * @param marks whether submitted figures that disagree are marked in the copy
 */
public record CopyOptions(Marks marks) {

    /** Review marks on: the copy a reviewer reads. */
    public static final CopyOptions DEFAULTS = new CopyOptions(Marks.REVIEW);

    /**
     * Checks the value.
     *
     * @param marks see {@link #marks()}
     * @throws NullPointerException when {@code marks} is null
     */
    public CopyOptions {
        Objects.requireNonNull(marks, "marks");
    }

    /** Whether the copy shows what is wrong with the submitted figures. */
    public enum Marks {
        /** Disagreeing submitted figures filled yellow with a comment, and a 审核意见 sheet listing every finding. */
        REVIEW,
        /** No marks and no 审核意见 sheet: a clean copy to print. */
        CLEAN
    }

    FillOptions toOptions() {
        return marks == Marks.REVIEW ? FillOptions.DEFAULTS : FillOptions.CLEAN;
    }
}
