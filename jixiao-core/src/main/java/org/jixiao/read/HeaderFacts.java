package org.jixiao.read;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.CellRef;
import org.jixiao.model.EvaluationKind;

/**
 * The facts printed above a table: title, year, unit, project name. Each is found by its label text
 * (实施单位：…, or a label cell with the value in the next cell), never by position.
 */
final class HeaderFacts {

    private static final List<String> UNIT_LABELS = List.of("实施单位", "单位名称", "部门名称", "部门单位名称",
            "填报单位", "预算单位", "评价单位", "主管部门", "单位");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR_ANYWHERE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private final SheetGrid grid;
    private final int fromRow;
    private final int toRow;

    /** Facts in rows [fromRow, toRow). */
    HeaderFacts(SheetGrid grid, int fromRow, int toRow) {
        this.grid = grid;
        this.fromRow = fromRow;
        this.toRow = toRow;
    }

    Optional<String> title() {
        for (int r = fromRow; r < toRow; r++) {
            for (int c = 0; c < grid.cols(); c++) {
                String text = FigureParser.normalize(grid.raw(r, c).text());
                if (text.contains("自评表") || text.contains("评分表") || text.contains("评价表")
                        || (text.contains("绩效") && text.endsWith("表"))) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    Optional<Integer> year() {
        Optional<Integer> inTitle = title().flatMap(t -> firstYear(YEAR_ANYWHERE, t));
        if (inTitle.isPresent()) {
            return inTitle;
        }
        for (int r = fromRow; r < toRow; r++) {
            for (int c = 0; c < grid.cols(); c++) {
                Optional<Integer> year = firstYear(YEAR, FigureParser.normalize(grid.raw(r, c).text()));
                if (year.isPresent()) {
                    return year;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> firstYear(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    Optional<String> unit() {
        for (String label : UNIT_LABELS) {
            Optional<String> value = labelledText(Set.of(label));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    Optional<String> project() {
        return labelledText(Set.of("项目名称"));
    }

    EvaluationKind kind(boolean budgetBlockNamesProject) {
        String title = title().orElse("");
        if (title.contains("部门")) {
            return EvaluationKind.DEPARTMENT;
        }
        if (title.contains("项目") || budgetBlockNamesProject || project().isPresent()) {
            return EvaluationKind.PROJECT;
        }
        return EvaluationKind.DEPARTMENT;
    }

    /** The text after "label：" in the same cell, or in the cell right of the label. */
    private Optional<String> labelledText(Set<String> labels) {
        for (int r = fromRow; r < toRow; r++) {
            for (int c = 0; c < grid.cols(); c++) {
                if (grid.continuesFromLeft(r, c) || grid.continuesFromAbove(r, c)) {
                    continue;
                }
                String bare = grid.headerKey(r, c); // normalised once per cell, shared by every label looked for
                for (String label : labels) {
                    Optional<String> value = inlineOrNext(r, c, bare, label);
                    if (value.isPresent()) {
                        return value;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> inlineOrNext(int r, int c, String bare, String label) {
        if (bare.startsWith(label + ":") && bare.length() > label.length() + 1) {
            return Optional.of(bare.substring(label.length() + 1));
        }
        if (bare.equals(label)) {
            String next = grid.text(r, grid.columnAfter(r, c)).strip();
            return next.isEmpty() ? Optional.empty() : Optional.of(next);
        }
        return Optional.empty();
    }

    /** The cell right of a label such as 自评总分, where its value belongs. */
    Optional<CellRef> valueCellOf(Set<String> labels) {
        for (int r = fromRow; r < toRow; r++) {
            for (int c = 0; c < grid.cols(); c++) {
                if (!grid.continuesFromLeft(r, c) && labels.contains(grid.headerKey(r, c))) {
                    return Optional.of(grid.ref(r, grid.columnAfter(r, c)));
                }
            }
        }
        return Optional.empty();
    }
}
