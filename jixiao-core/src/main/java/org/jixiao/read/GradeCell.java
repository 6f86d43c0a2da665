package org.jixiao.read;

import java.util.Optional;
import java.util.Set;

import org.jixiao.model.CellRef;

/** The cell that holds (or is meant to hold) the grade: right of a 评价等级 label, or the label cell itself
 * when the grade is written inline as 自评等级：优. */
record GradeCell(Optional<CellRef> cell, Optional<String> text) {

    private static final Set<String> LABELS = Set.of("评价等级", "自评等级", "绩效等级", "等级", "评价结果", "自评结果",
            "评定等级", "综合评价等级", "绩效评价等级", "自评结论");

    static GradeCell find(SheetGrid grid, int fromRow, int toRow) {
        for (int r = fromRow; r <= toRow; r++) {
            for (int c = 0; c < grid.cols(); c++) {
                if (grid.continuesFromLeft(r, c) || grid.continuesFromAbove(r, c)) {
                    continue;
                }
                String text = grid.headerKey(r, c);
                if (LABELS.contains(text)) {
                    CellRef value = grid.ref(r, grid.columnAfter(r, c));
                    String grade = grid.text(value.row(), value.column()).strip();
                    return new GradeCell(Optional.of(value), grade.isEmpty() ? Optional.empty() : Optional.of(grade));
                }
                int colon = text.indexOf(':');
                if (colon > 0 && LABELS.contains(text.substring(0, colon))) {
                    String grade = text.substring(colon + 1);
                    return new GradeCell(Optional.of(grid.ref(r, c)),
                            grade.isEmpty() ? Optional.empty() : Optional.of(grade));
                }
            }
        }
        return new GradeCell(Optional.empty(), Optional.empty());
    }
}
