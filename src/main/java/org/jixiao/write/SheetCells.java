package org.jixiao.write;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.model.CellRef;

/**
 * Writes values into existing template cells without disturbing them: an existing cell keeps its style (never
 * {@code createCell} over it), a merged region is written at its top-left cell only, a formula is replaced by
 * the value. Not thread-safe; one per workbook being filled.
 */
final class SheetCells {

    private final Workbook workbook;
    private final Map<Short, CellStyle> percentStyles = new HashMap<>();

    SheetCells(Workbook workbook) {
        this.workbook = workbook;
    }

    Sheet sheet(CellRef ref) {
        Sheet sheet = workbook.getSheet(ref.sheet());
        if (sheet == null) {
            throw new IllegalStateException("sheet not in workbook: " + ref.sheet());
        }
        return sheet;
    }

    Cell cell(CellRef ref) {
        Sheet sheet = sheet(ref);
        CellRangeAddress region = mergedRegion(sheet, ref.row(), ref.column());
        int r = region == null ? ref.row() : region.getFirstRow();
        int c = region == null ? ref.column() : region.getFirstColumn();
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (cell.getCellType() == CellType.FORMULA) {
            cell.setBlank();
        }
        return cell;
    }

    void setNumber(CellRef ref, double value) {
        cell(ref).setCellValue(value);
    }

    void setText(CellRef ref, String value) {
        cell(ref).setCellValue(value);
    }

    /** A fraction shown as a percentage: keeps a percent format the cell has, else adds 0.00% to a copy of its style. */
    void setPercent(CellRef ref, double fraction) {
        Cell cell = cell(ref);
        CellStyle style = cell.getCellStyle();
        if (!style.getDataFormatString().contains("%")) {
            cell.setCellStyle(percentStyles.computeIfAbsent(style.getIndex(), index -> {
                CellStyle percent = workbook.createCellStyle();
                percent.cloneStyleFrom(style);
                percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
                return percent;
            }));
        }
        cell.setCellValue(fraction);
    }

    /** True when the cell holds nothing and belongs to no merged region, so a new value may go there. */
    boolean isFree(Sheet sheet, int r, int c) {
        if (mergedRegion(sheet, r, c) != null) {
            return false;
        }
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    /** The first column right of the merged region (or cell) at r, c. */
    int columnAfter(Sheet sheet, int r, int c) {
        CellRangeAddress region = mergedRegion(sheet, r, c);
        return region == null ? c + 1 : region.getLastColumn() + 1;
    }

    static CellRangeAddress mergedRegion(Sheet sheet, int r, int c) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(r, c)) {
                return region;
            }
        }
        return null;
    }
}
