package org.jixiao.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.BudgetLine;
import org.jixiao.model.CellRef;
import org.jixiao.model.Problem;
import org.jixiao.model.ProblemCode;

/**
 * Reads the budget block above an indicator table: the header naming 年初预算数 / 全年预算数 / 全年执行数 /
 * 分值 / 执行率 / 得分, then 年度资金总额 and its 其中 rows. The first row that is not a 其中 row is the scored
 * total; rows after it are components.
 */
final class BudgetBlockReader {

    private static final int MAX_LINES = 12;
    private static final BigDecimal PERCENT_POINTS_THRESHOLD = new BigDecimal("1.5");

    /** What the block holds, and whether its label names 项目资金 (a project table). */
    record Block(List<BudgetLine> lines, boolean hasProjectLabel) {
    }

    private final SheetGrid grid;

    BudgetBlockReader(SheetGrid grid) {
        this.grid = grid;
    }

    Block read(int fromRow, int toRow, List<Problem> problems) {
        for (int r = fromRow; r < toRow; r++) {
            Optional<HeaderRow> header = HeaderRow.budgetHeader(grid, r);
            if (header.isPresent()) {
                return readBlock(header.get(), toRow, problems);
            }
        }
        return new Block(List.of(), false);
    }

    private Block readBlock(HeaderRow header, int toRow, List<Problem> problems) {
        int firstMoney = header.firstValueColumn(Column.BUDGET_COLUMNS);
        boolean projectLabel = false;
        for (int c = 0; c < Math.min(firstMoney, grid.cols()); c++) {
            projectLabel |= FigureParser.normalize(grid.text(header.firstRow(), c)).contains("项目资金");
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (int r = header.dataStart(); r < toRow && lines.size() < MAX_LINES; r++) {
            Optional<CellRef> labelCell = labelCell(r, header.firstRow(), firstMoney);
            String label = labelCell.map(cell -> FigureParser.normalize(grid.text(cell.row(), cell.column())))
                    .orElse("");
            if (startsAnotherBlock(r)) {
                break;
            }
            Optional<BigDecimal> initial = money(r, header, Column.INITIAL_BUDGET, problems);
            Optional<BigDecimal> budget = money(r, header, Column.BUDGET, problems);
            Optional<BigDecimal> executed = money(r, header, Column.EXECUTED, problems);
            if (label.isEmpty() && initial.isEmpty() && budget.isEmpty() && executed.isEmpty()) {
                if (lines.isEmpty()) {
                    continue;
                }
                break;
            }
            boolean component = label.startsWith("其中") || lines.stream().anyMatch(line -> !line.component());
            lines.add(new BudgetLine(label, component, initial, budget,
                    money(r, header, Column.ADJUSTMENT, problems), money(r, header, Column.FUNDS_RECEIVED, problems),
                    executed,
                    money(r, header, Column.WEIGHT, problems), rate(r, header, problems),
                    money(r, header, Column.SCORE, problems),
                    labelCell.orElse(grid.ref(r, 0)),
                    cellIn(r, header, Column.RATE), cellIn(r, header, Column.SCORE)));
        }
        return new Block(lines, projectLabel);
    }

    private Optional<CellRef> cellIn(int r, HeaderRow header, Column column) {
        return header.column(column).map(c -> grid.anchorRef(r, c));
    }

    /** 年度总体目标 / 绩效目标 rows follow the budget block in every template. */
    private boolean startsAnotherBlock(int r) {
        for (int c = 0; c < grid.cols(); c++) {
            String text = FigureParser.normalize(grid.raw(r, c).text());
            if (text.contains("总体目标") || text.contains("绩效目标") || text.contains("绩效指标")
                    || text.contains("预期目标") || text.contains("年度主要任务")) {
                return true;
            }
        }
        return false;
    }

    /** The rightmost label cell left of the figures, skipping block labels merged down from the header row. */
    private Optional<CellRef> labelCell(int r, int headerRow, int firstMoney) {
        for (int c = Math.min(firstMoney, grid.cols()) - 1; c >= 0; c--) {
            CellRef anchor = grid.anchorRef(r, c);
            if (anchor.row() <= headerRow || grid.text(r, c).isBlank()) {
                continue;
            }
            return Optional.of(anchor);
        }
        return Optional.empty();
    }

    private Optional<BigDecimal> money(int r, HeaderRow header, Column column, List<Problem> problems) {
        Optional<Integer> c = header.column(column);
        if (c.isEmpty() || grid.continuesFromAbove(r, c.get())) {
            return Optional.empty();
        }
        CellContent content = grid.value(r, c.get());
        if (content.isEmpty() || FigureParser.isPlaceholder(content.text())) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = content.asNumber();
        if (number.isEmpty()) {
            problems.add(Problem.at(grid.anchorRef(r, c.get()), content.error() ? ProblemCode.FORMULA_ERROR
                    : ProblemCode.UNPARSABLE_NUMBER, "“" + content.text() + "”不是数值，按空值处理 / not a number"));
        }
        return number;
    }

    /** 执行率 as a fraction: 82.74% text, 0.8274 formatted as %, or 82.74 typed as percentage points. */
    private Optional<BigDecimal> rate(int r, HeaderRow header, List<Problem> problems) {
        Optional<BigDecimal> rate = money(r, header, Column.RATE, problems);
        return rate.map(v -> v.compareTo(PERCENT_POINTS_THRESHOLD) > 0 ? v.movePointLeft(2) : v);
    }
}
