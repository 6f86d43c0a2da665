package org.jixiao.report;

/**
 * A paragraph or table cell of a report, with line breaks removed, and where it is: its paragraph number (or
 * table, row and column), the heading above it, and for plain text the line each character came from.
 *
 * @param lineStarts offsets in {@code text} where each source line begins (plain text), empty for .docx
 * @param firstLine  the 1-based line of the first of them, 0 for .docx
 */
record Passage(String text, int paragraph, int table, int row, int column, String section, int[] lineStarts,
               int firstLine) {

    /** The 1-based source line of the character at {@code offset}, or 0 when unknown. */
    int lineOf(int offset) {
        if (firstLine == 0) {
            return 0;
        }
        int line = 0;
        for (int i = 0; i < lineStarts.length; i++) {
            if (lineStarts[i] <= offset) {
                line = i;
            }
        }
        return firstLine + line;
    }

    boolean inTable() {
        return table > 0;
    }
}
