package org.jixiao.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jixiao.model.CellRef;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Figure;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorPath;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;
import org.jixiao.model.Relation;

/**
 * Finds the evaluation tables of one sheet by their header text and reads each into an {@link Evaluation}:
 * indicator rows down to the 总分 row, the budget block and title facts above it. Not thread-safe; one per sheet.
 */
final class TableReader {

    private static final Set<String> TOTAL_LABELS = Set.of("总分", "合计", "总计", "自评总分", "综合得分", "得分合计",
            "总得分", "评价总分", "自评得分合计", "分值合计", "综合评分", "总评分");
    private static final Set<String> END_LABELS = Set.of("评价结论", "存在问题", "填表人", "填报人", "备注", "说明",
            "主要问题", "改进措施", "审核人", "联系电话", "填表日期", "单位负责人");
    private static final int BLANK_ROWS_ENDING_TABLE = 3;

    private final SheetGrid grid;

    TableReader(SheetGrid grid) {
        this.grid = grid;
    }

    List<Evaluation> read() {
        List<Evaluation> evaluations = new ArrayList<>();
        int segmentStart = 0;
        for (int r = 0; r < grid.rows(); r++) {
            Optional<HeaderRow> header = HeaderRow.indicatorHeader(grid, r);
            if (header.isPresent()) {
                Evaluation evaluation = readTable(segmentStart, header.get());
                if (!evaluation.indicators().isEmpty()) {
                    evaluations.add(evaluation);
                }
                segmentStart = evaluation.lastRow() + 1;
                r = evaluation.lastRow();
            }
        }
        return evaluations;
    }

    private Evaluation readTable(int segmentStart, HeaderRow header) {
        List<Problem> problems = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        Map<String, BigDecimal> labelWeights = new LinkedHashMap<>();
        int weightCol = header.column(Column.WEIGHT).orElse(-1);
        int scoreCol = header.column(Column.SCORE).orElseThrow();
        int labelLimit = header.firstValueColumn(List.of(Column.TARGET, Column.ACTUAL, Column.WEIGHT, Column.SCORE));

        Optional<BigDecimal> reportedTotal = Optional.empty();
        Optional<CellRef> totalCell = Optional.empty();
        Optional<BigDecimal> totalWeight = Optional.empty();
        int lastRow = header.dataStart() - 1;
        int blankRun = 0;
        for (int r = header.dataStart(); r < grid.rows(); r++) {
            if (HeaderRow.indicatorHeader(grid, r).isPresent()) {
                break;
            }
            if (isBlankRow(r)) {
                if (++blankRun >= BLANK_ROWS_ENDING_TABLE) {
                    break;
                }
                continue;
            }
            blankRun = 0;
            String rowLabel = rowLabel(r, labelLimit);
            if (TOTAL_LABELS.contains(rowLabel)) {
                reportedTotal = number(r, scoreCol, problems);
                totalCell = Optional.of(grid.anchorRef(r, scoreCol));
                totalWeight = weightCol < 0 ? Optional.empty() : number(r, weightCol, problems);
                lastRow = r;
                break;
            }
            if (startsWithAny(rowLabel, END_LABELS)) {
                break;
            }
            lastRow = r;
            readIndicatorRow(r, header, labelWeights, problems).ifPresent(indicators::add);
        }

        HeaderFacts facts = new HeaderFacts(grid, segmentStart, header.firstRow());
        BudgetBlockReader.Block budget = new BudgetBlockReader(grid).read(segmentStart, header.firstRow(), problems);
        if (totalCell.isEmpty()) {
            Optional<CellRef> labelled = facts.valueCellOf(TOTAL_LABELS);
            if (labelled.isPresent()) {
                totalCell = labelled;
                reportedTotal = number(labelled.get().row(), labelled.get().column(), problems);
            }
        }
        if (grid.truncated()) {
            problems.add(Problem.general(ProblemCode.SHEET_TRUNCATED, "表“" + grid.sheetName()
                    + "”超出读取上限的行或列未读取 / cells beyond the row or column limit were not read"));
        }
        if (totalCell.isEmpty()) {
            problems.add(Problem.general(ProblemCode.TOTAL_ROW_MISSING,
                    "表中没有总分行，计算总分将写在表格下方新增的一行 / no 总分 row; the total goes in a new row"));
        }
        GradeCell grade = GradeCell.find(grid, segmentStart, Math.min(grid.rows() - 1, lastRow + 3));
        return new Evaluation(grid.sheetName(), facts.kind(budget.hasProjectLabel()), facts.title(), facts.unit(),
                facts.project(), facts.year(), budget.lines(), indicators, labelWeights, reportedTotal, totalCell,
                totalWeight, grade.text(), grade.cell(), lastRow, problems);
    }

    /** A loop rather than a stream: this runs for every row of every table. */
    private static boolean startsWithAny(String text, Set<String> prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Indicator> readIndicatorRow(int r, HeaderRow header, Map<String, BigDecimal> labelWeights,
                                                 List<Problem> problems) {
        LabelWeight level1 = level(r, header.column(Column.LEVEL1));
        LabelWeight level2 = level(r, header.column(Column.LEVEL2));
        level1.weight().ifPresent(w -> labelWeights.put(level1.name(), w));
        level2.weight().ifPresent(w -> labelWeights.put(level1.name() + "/" + level2.name(), w));

        String level3 = "";
        Optional<Integer> c3 = header.column(Column.LEVEL3);
        if (c3.isPresent()) {
            if (grid.continuesFromAbove(r, c3.get())) {
                return Optional.empty();
            }
            level3 = grid.continuesFromLeft(r, c3.get()) ? "" : FigureParser.normalize(grid.raw(r, c3.get()).text());
        }
        String name = level3;
        if (name.isEmpty()) {
            boolean level2StartsHere = header.column(Column.LEVEL2).map(c -> !grid.continuesFromAbove(r, c))
                    .orElse(false);
            name = level2StartsHere ? level2.name() : "";
            if (!name.isEmpty() && c3.isPresent() && subtotalRowOf(r, header, c3.get())) {
                // a 二级 row carrying the subtotal of the 三级 rows under it: its 分值 is a level weight
                header.column(Column.WEIGHT).flatMap(c -> number(r, c, problems)).ifPresent(w ->
                        labelWeights.putIfAbsent(level1.name() + "/" + level2.name(), w));
                return Optional.empty();
            }
        }
        if (name.isEmpty() && !level1.name().isEmpty() && header.column(Column.LEVEL1)
                .map(c -> !grid.continuesFromAbove(r, c)).orElse(false)) {
            // a 一级 row carrying its group's subtotal
            header.column(Column.WEIGHT).flatMap(c -> number(r, c, problems)).ifPresent(w ->
                    labelWeights.putIfAbsent(level1.name(), w));
        }
        if (name.isEmpty() || FigureParser.isPlaceholder(name) || name.startsWith("其中")) {
            return Optional.empty();
        }
        Optional<BigDecimal> weight = header.column(Column.WEIGHT).flatMap(c -> number(r, c, problems));
        Optional<BigDecimal> reported = header.column(Column.SCORE).flatMap(c -> number(r, c, problems));
        Figure target = header.column(Column.TARGET).map(c -> ownValue(r, c).asFigure()).orElse(Figure.EMPTY);
        Figure actual = header.column(Column.ACTUAL).map(c -> ownValue(r, c).asFigure()).orElse(Figure.EMPTY);
        if (weight.isEmpty() && reported.isEmpty() && target.isBlank() && actual.isBlank()) {
            return Optional.empty();
        }
        target = withRelationColumn(r, header, target);
        int scoreCol = header.column(Column.SCORE).orElseThrow();
        IndicatorPath path = new IndicatorPath(level1.name(), level3.isEmpty() ? "" : level2.name(), name);
        Optional<String> code = header.column(Column.CODE).map(c -> FigureParser.normalize(ownValue(r, c).text()))
                .filter(text -> !text.isEmpty());
        return Optional.of(new Indicator(path, code, weight, target, actual, text(r, header.column(Column.STANDARD)),
                reported, text(r, header.column(Column.DEVIATION)),
                grid.ref(r, c3.filter(c -> !grid.continuesFromLeft(r, c)).orElse(header.column(Column.LEVEL2)
                        .orElse(0))),
                grid.anchorRef(r, scoreCol)));
    }

    /** True when the next row continues this row's 二级 with a 三级 name of its own: this row is a subtotal. */
    private boolean subtotalRowOf(int r, HeaderRow header, int level3Column) {
        Optional<Integer> c2 = header.column(Column.LEVEL2);
        if (c2.isEmpty() || r + 1 >= grid.rows()) {
            return false;
        }
        String here = grid.text(r, c2.get());
        String below = grid.text(r + 1, c2.get());
        boolean sameLevel2 = grid.continuesFromAbove(r + 1, c2.get()) || (below.equals(here) && !here.isEmpty());
        return sameLevel2 && !grid.raw(r + 1, level3Column).text().isBlank()
                && !grid.continuesFromLeft(r + 1, level3Column);
    }

    /** A separate 指标性质 column (≥, ≤, =, 正向, 反向) supplies the relation the target text lacks. */
    private Figure withRelationColumn(int r, HeaderRow header, Figure target) {
        if (target.relation().isPresent() || !target.isNumeric()) {
            return target;
        }
        Optional<Relation> relation = header.column(Column.RELATION).map(c -> FigureParser.normalize(grid.text(r, c)))
                .flatMap(TableReader::relationWord);
        return relation.map(rel -> new Figure(target.text(), Optional.of(rel), target.number(), target.percent(),
                target.unit())).orElse(target);
    }

    private static Optional<Relation> relationWord(String word) {
        if (word.isEmpty()) {
            return Optional.empty();
        }
        if (word.contains("反向") || word.startsWith("≤") || word.startsWith("<")) {
            return Optional.of(Relation.AT_MOST);
        }
        if (word.contains("正向") || word.startsWith("≥") || word.startsWith(">")) {
            return Optional.of(Relation.AT_LEAST);
        }
        if (word.startsWith("=")) {
            return Optional.of(Relation.EQUAL);
        }
        return FigureParser.parse(word + "0").relation();
    }

    private LabelWeight level(int r, Optional<Integer> column) {
        return column.map(c -> LabelWeight.parse(grid.text(r, c))).orElse(new LabelWeight("", Optional.empty()));
    }

    /** The cell's own content; a value merged down from a row above belongs to that row, not this one. */
    private CellContent ownValue(int r, int c) {
        return grid.continuesFromAbove(r, c) ? CellContent.EMPTY : grid.value(r, c);
    }

    private String text(int r, Optional<Integer> column) {
        return column.map(c -> ownValue(r, c).text()).orElse("");
    }

    private Optional<BigDecimal> number(int r, int c, List<Problem> problems) {
        CellContent content = ownValue(r, c);
        if (content.isEmpty() || FigureParser.isPlaceholder(content.text())) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = content.number().isPresent() ? content.number()
                : FigureParser.parse(content.text()).number();
        if (number.isEmpty()) {
            CellRef cell = grid.anchorRef(r, c);
            if (content.error()) {
                problems.add(Problem.at(cell, ProblemCode.FORMULA_ERROR,
                        "公式结果为错误值 " + content.text() + "，按空值处理 / formula error, treated as blank"));
            } else {
                problems.add(Problem.at(cell, ProblemCode.UNPARSABLE_NUMBER,
                        "“" + content.text() + "”不是数值，按空值处理 / not a number, treated as blank"));
            }
        }
        return number;
    }

    /** The normalised text of the row's label cells (left of the first figure column), for 总分/备注 rows. */
    private String rowLabel(int r, int labelLimit) {
        for (int c = 0; c < Math.min(labelLimit, grid.cols()); c++) {
            if (!grid.continuesFromAbove(r, c) && !grid.continuesFromLeft(r, c)) {
                String text = grid.headerKey(r, c);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private boolean isBlankRow(int r) {
        for (int c = 0; c < grid.cols(); c++) {
            if (!grid.raw(r, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
