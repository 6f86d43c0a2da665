package org.jixiao.report;

import java.util.Objects;

/**
 * Where in a report a figure was found: a paragraph and the sentence in it, or a table cell; for plain text also
 * the line the figure starts on. Paragraphs and tables are counted from 1 in document order, paragraphs that are
 * empty not counted. {@code section} is the heading above (e.g. {@code （三）部门整体收支情况}), empty before any.
 * Prints as {@code 段落 12 第 2 句 / paragraph 12 sentence 2} or {@code 表格 1 第 2 行第 3 列 / table 1 row 2
 * column 3}. Immutable and thread-safe.
 *
 * @param paragraph 1-based paragraph number, 0 for a table cell
 * @param sentence  1-based sentence within the paragraph (or cell)
 * @param line      1-based line of a plain-text report where the figure starts, 0 for .docx
 * @param table     1-based table number, 0 outside tables
 * @param row       1-based row in the table, 0 outside tables
 * @param column    1-based column in the table, 0 outside tables
 * @param section   the nearest heading above, or empty
 */
public record ReportLocation(int paragraph, int sentence, int line, int table, int row, int column, String section) {

    public ReportLocation {
        Objects.requireNonNull(section, "section");
    }

    /** True for a figure in a table cell. */
    public boolean inTable() {
        return table > 0;
    }

    @Override
    public String toString() {
        String where = inTable()
                ? "表格 " + table + " 第 " + row + " 行第 " + column + " 列 / table " + table + " row " + row + " column " + column
                : "段落 " + paragraph + " 第 " + sentence + " 句 / paragraph " + paragraph + " sentence " + sentence;
        return line > 0 ? where + "（第 " + line + " 行 / line " + line + "）" : where;
    }
}
