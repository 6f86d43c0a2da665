package org.jixiao.report;

import java.math.BigDecimal;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.model.CellRef;
import org.jixiao.read.SourceWorkbook;

/**
 * The cells holding the budget and execution figures of a budget row, which the model keeps by value only: found
 * by looking along the row for the cell whose number is the figure. Opens the workbook once, from the bytes read.
 */
final class TableCells implements AutoCloseable {

    private final Optional<Workbook> workbook;

    TableCells(SourceWorkbook source) {
        Optional<Workbook> opened;
        try {
            opened = Optional.of(WorkbookFactory.create(source.openContent()));
        } catch (java.io.IOException | RuntimeException e) {
            opened = Optional.empty(); // the label cell still says which row
        }
        this.workbook = opened;
    }

    /** The cell on {@code row}'s row that holds {@code value}, or {@code row} itself when none does. */
    CellRef find(CellRef row, BigDecimal value) {
        if (workbook.isEmpty()) {
            return row;
        }
        Sheet sheet = workbook.get().getSheet(row.sheet());
        Row r = sheet == null ? null : sheet.getRow(row.row());
        if (r == null) {
            return row;
        }
        for (Cell cell : r) {
            Optional<BigDecimal> number = number(cell);
            if (number.isPresent() && number.get().compareTo(value) == 0) {
                return new CellRef(row.sheet(), row.row(), cell.getColumnIndex());
            }
        }
        return row;
    }

    private static Optional<BigDecimal> number(Cell cell) {
        try {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                return Optional.of(BigDecimal.valueOf(cell.getNumericCellValue()));
            }
            if (type == CellType.STRING) {
                String text = cell.getStringCellValue().replaceAll("[,，\\s万元]", "");
                return text.matches("-?\\d+(\\.\\d+)?") ? Optional.of(new BigDecimal(text)) : Optional.empty();
            }
        } catch (RuntimeException e) {
            // an odd cell is simply not the one
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        workbook.ifPresent(w -> {
            try {
                w.close();
            } catch (java.io.IOException e) {
                // opened from memory: nothing to release
            }
        });
    }
}
