package org.jixiao.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.model.CellRef;
import org.jixiao.xlsx.CellFormats;
import org.jixiao.xlsx.SheetXml;

/**
 * A sheet read once into memory, bounded in rows and columns, with merged regions resolved: every cell of a
 * merged region answers with the content of its top-left cell, because 一级/二级 labels are merged down over
 * the rows they govern. Not thread-safe; one per sheet read.
 */
final class SheetGrid {

    private final String sheetName;
    private final int rows;
    private final int cols;
    private final CellContent[][] cells;
    /** For each cell inside a merged region, the encoded top-left (row * cols + col); -1 otherwise. */
    private final int[][] anchor;
    private final boolean truncated;
    /** {@link Column#normalizeHeader} of each cell's own text, filled in as headers are searched for. */
    private final String[][] headerKeys;

    private SheetGrid(String sheetName, int rows, int cols, boolean truncated) {
        this.sheetName = sheetName;
        this.truncated = truncated;
        this.rows = rows;
        this.cols = cols;
        this.cells = new CellContent[rows][cols];
        this.anchor = new int[rows][];
        this.headerKeys = new String[rows][];
    }

    /**
     * Reads a sheet's non-empty cells, within maxRows × maxCols. The grid ends at the last cell that holds
     * something, so thousands of formatted but empty rows below a table cost nothing.
     *
     * @throws IOException for a cell or merged region POI could not place (a reference without its column, such
     *                     as r="2" or ref="1:3", comes back at -1): the file is damaged (found by
     *                     WriteFuzzTest#patchingWriter, which met both as an ArrayIndexOutOfBoundsException
     *                     reported as CORRUPT with no useful detail)
     */
    static SheetGrid of(Sheet sheet, int maxRows, int maxCols, Supplier<FormulaEvaluator> evaluator)
            throws IOException {
        List<int[]> positions = new ArrayList<>();
        List<CellContent> contents = new ArrayList<>();
        int lastRow = -1;
        int lastCol = -1;
        boolean truncated = false;
        for (Row row : sheet) {
            int r = row.getRowNum();
            for (Cell cell : row) {
                CellContent content = CellContent.of(cell, evaluator);
                if (content.isEmpty()) {
                    continue;
                }
                int c = cell.getColumnIndex();
                if (r < 0 || c < 0) {
                    throw new IOException("cell without a valid reference in row " + (r + 1) + " of sheet "
                            + sheet.getSheetName());
                }
                if (r >= maxRows || c >= maxCols) {
                    truncated = true;
                    continue;
                }
                positions.add(new int[] {r, c});
                contents.add(content);
                lastRow = Math.max(lastRow, r);
                lastCol = Math.max(lastCol, c);
            }
            if (r >= maxRows) {
                break;
            }
        }
        SheetGrid grid = new SheetGrid(sheet.getSheetName(), lastRow + 1, lastCol + 1, truncated);
        for (int i = 0; i < positions.size(); i++) {
            grid.cells[positions.get(i)[0]][positions.get(i)[1]] = contents.get(i);
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (Math.min(region.getFirstRow(), region.getFirstColumn()) < 0) {
                // "A:B" or "1:3", which POI gives as -1: no table merges whole columns or rows
                throw new IOException("merged region without rows or columns in sheet " + sheet.getSheetName());
            }
            grid.addMerge(region);
        }
        return grid;
    }

    /** A sheet scanned by the lean reader; the same bounds as {@link #of(Sheet, int, int, Supplier)}. */
    static SheetGrid of(String name, SheetXml xml, CellFormats formats, int maxRows, int maxCols) {
        List<SheetXml.Cell> kept = new ArrayList<>();
        List<CellContent> contents = new ArrayList<>();
        int lastRow = -1;
        int lastCol = -1;
        boolean truncated = false;
        for (SheetXml.Cell cell : xml.cells()) {
            CellContent content = CellContent.of(cell, formats.formatCode(cell.style()));
            if (content.isEmpty()) {
                continue;
            }
            if (cell.row() >= maxRows || cell.column() >= maxCols) {
                truncated = true;
                continue;
            }
            kept.add(cell);
            contents.add(content);
            lastRow = Math.max(lastRow, cell.row());
            lastCol = Math.max(lastCol, cell.column());
        }
        SheetGrid grid = new SheetGrid(name, lastRow + 1, lastCol + 1, truncated);
        for (int i = 0; i < kept.size(); i++) {
            grid.cells[kept.get(i).row()][kept.get(i).column()] = contents.get(i);
        }
        for (int[] m : xml.merges()) {
            grid.addMerge(new CellRangeAddress(m[0], m[2], m[1], m[3]));
        }
        return grid;
    }

    /** True when cells beyond the row or column limit were left unread. */
    boolean truncated() {
        return truncated;
    }

    private void addMerge(CellRangeAddress region) {
        int first = region.getFirstRow();
        int left = region.getFirstColumn();
        if (first >= rows || left >= cols) {
            return;
        }
        int code = first * cols + left;
        for (int r = first; r <= Math.min(region.getLastRow(), rows - 1); r++) {
            if (anchor[r] == null) {
                anchor[r] = new int[cols];
                Arrays.fill(anchor[r], -1);
            }
            for (int c = left; c <= Math.min(region.getLastColumn(), cols - 1); c++) {
                anchor[r][c] = code;
            }
        }
    }

    String sheetName() {
        return sheetName;
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    /** The cell's own content, ignoring merges. */
    CellContent raw(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            return CellContent.EMPTY;
        }
        CellContent content = cells[r][c];
        return content == null ? CellContent.EMPTY : content;
    }

    /** The content shown at this cell: a merged region's top-left content for every cell it covers. */
    CellContent value(int r, int c) {
        int a = anchorCode(r, c);
        return a < 0 ? raw(r, c) : raw(a / cols, a % cols);
    }

    /**
     * The cell's own text normalised as a header ({@link Column#normalizeHeader}), computed once: header and
     * label searches look at the same cells many times.
     */
    String headerKey(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            return "";
        }
        if (headerKeys[r] == null) {
            headerKeys[r] = new String[cols];
        }
        String key = headerKeys[r][c];
        if (key == null) {
            key = Column.normalizeHeader(raw(r, c).text());
            headerKeys[r][c] = key;
        }
        return key;
    }

    String text(int r, int c) {
        return value(r, c).text();
    }

    /** The top-left cell of the merged region covering this cell, or the cell itself. */
    CellRef anchorRef(int r, int c) {
        int a = anchorCode(r, c);
        return a < 0 ? ref(r, c) : ref(a / cols, a % cols);
    }

    /** True when a merged region covering this cell starts in an earlier row (a vertical continuation). */
    boolean continuesFromAbove(int r, int c) {
        int a = anchorCode(r, c);
        return a >= 0 && a / cols < r;
    }

    /** True when a merged region covering this cell starts in an earlier column. */
    boolean continuesFromLeft(int r, int c) {
        int a = anchorCode(r, c);
        return a >= 0 && a % cols < c;
    }

    /** The first column right of the merged region (or cell) at r, c. */
    int columnAfter(int r, int c) {
        int a = anchorCode(r, c);
        int next = c + 1;
        while (a >= 0 && next < cols && anchorCode(r, next) == a) {
            next++;
        }
        return next;
    }

    CellRef ref(int r, int c) {
        return new CellRef(sheetName, r, c);
    }

    private int anchorCode(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols || anchor[r] == null) {
            return -1;
        }
        return anchor[r][c];
    }
}
