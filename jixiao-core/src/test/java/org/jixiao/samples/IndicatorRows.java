package org.jixiao.samples;

import java.util.List;

/** Writes indicator rows with 一级 and 二级 labels merged down over the rows they govern. */
final class IndicatorRows {

    private IndicatorRows() {
    }

    /**
     * @param cols columns of 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note
     * @return the row after the last one written
     */
    static int write(SheetWriter w, int first, List<Ind> rows, int[] cols) {
        int r = first;
        for (Ind row : rows) {
            w.put(r, cols[2], row.level3());
            value(w, r, cols[3], row.target());
            value(w, r, cols[4], row.actual());
            w.put(r, cols[5], row.weight()).put(r, cols[6], row.reported()).put(r, cols[7], row.note());
            r++;
        }
        mergeRuns(w, first, rows, cols[0], true);
        mergeRuns(w, first, rows, cols[1], false);
        return r;
    }

    static void value(SheetWriter w, int r, int c, Object value) {
        if (value instanceof Pct p) {
            w.putStyled(r, c, p.fraction(), w.percent);
        } else {
            w.put(r, c, value);
        }
    }

    private static void mergeRuns(SheetWriter w, int first, List<Ind> rows, int col, boolean level1) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            boolean same = i < rows.size() && key(rows.get(i), level1).equals(key(rows.get(start), level1));
            if (!same) {
                String label = level1 ? rows.get(start).level1() : rows.get(start).level2();
                w.merged(first + start, col, first + i - 1, col, label);
                start = i;
            }
        }
    }

    private static String key(Ind row, boolean level1) {
        return level1 ? row.level1() : row.level1() + "/" + row.level2();
    }
}
