package org.jixiao.write;

/**
 * What the filler adds besides the scores. Immutable and thread-safe.
 *
 * @param reviewMarks mark each finding on its cell (fill colour and comment), put each score's 得分依据 in a
 *                    comment, and add the 审核意见 sheet; false writes a clean copy with values only (plus 评分说明)
 */
public record FillOptions(boolean reviewMarks) {

    public static final FillOptions DEFAULTS = new FillOptions(true);
    public static final FillOptions CLEAN = new FillOptions(false);
}
