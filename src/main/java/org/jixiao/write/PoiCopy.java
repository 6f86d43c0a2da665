package org.jixiao.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.model.CellRef;
import org.jixiao.model.Severity;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.SpreadsheetFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A filled copy through POI's object model: every .xls, and every .xlsx the lean writer does not handle. An
 * existing cell keeps its style (never {@code createCell} over it); formulas that read the new values are
 * recalculated before saving, because POI does not recalculate on save.
 */
final class PoiCopy implements FilledCopy {

    private static final Logger LOG = LoggerFactory.getLogger(PoiCopy.class);

    private final Workbook workbook;
    private final Map<Short, CellStyle> percentStyles = new HashMap<>();
    private final Map<Short, CellStyle> scoreStyles = new HashMap<>();
    private final Map<String, CellStyle> filled = new HashMap<>();
    private final Map<Integer, CellStyle> addedStyles = new HashMap<>();

    PoiCopy(SourceWorkbook source) throws IOException {
        try (InputStream in = source.openContent()) {
            this.workbook = source.format() == SpreadsheetFormat.XLS ? new HSSFWorkbook(in) : new XSSFWorkbook(in);
        }
    }

    private Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new IllegalStateException("sheet not in workbook: " + name);
        }
        return sheet;
    }

    private Cell cell(CellRef ref) {
        Sheet sheet = sheet(ref.sheet());
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

    @Override
    public void setScore(CellRef ref, double value) {
        Cell cell = cell(ref);
        withFormat(cell, scoreStyles, "General", "0.00");
        cell.setCellValue(value);
    }

    @Override
    public void setText(CellRef ref, String value) {
        cell(ref).setCellValue(value);
    }

    @Override
    public void setPercent(CellRef ref, double fraction) {
        Cell cell = cell(ref);
        if (!cell.getCellStyle().getDataFormatString().contains("%")) {
            withFormat(cell, percentStyles, null, "0.00%");
        }
        cell.setCellValue(fraction);
    }

    @Override
    public String text(CellRef ref) {
        Cell cell = cell(ref);
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }

    /** A copy of the cell's style with another number format, one copy per original style, when its format is {@code onlyIf}. */
    private void withFormat(Cell cell, Map<Short, CellStyle> copies, String onlyIf, String format) {
        CellStyle style = cell.getCellStyle();
        if (onlyIf != null && !onlyIf.equalsIgnoreCase(style.getDataFormatString())) {
            return;
        }
        cell.setCellStyle(copies.computeIfAbsent(style.getIndex(), index -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setDataFormat(workbook.createDataFormat().getFormat(format));
            return copy;
        }));
    }

    @Override
    public boolean isFree(String sheetName, int r, int c) {
        Sheet sheet = sheet(sheetName);
        if (mergedRegion(sheet, r, c) != null) {
            return false;
        }
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    @Override
    public int columnAfter(String sheetName, int r, int c) {
        CellRangeAddress region = mergedRegion(sheet(sheetName), r, c);
        return region == null ? c + 1 : region.getLastColumn() + 1;
    }

    @Override
    public int lastRow(String sheetName) {
        return sheet(sheetName).getLastRowNum();
    }

    private static CellRangeAddress mergedRegion(Sheet sheet, int r, int c) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(r, c)) {
                return region;
            }
        }
        return null;
    }

    @Override
    public void mark(Map<CellRef, Severity> fills, Map<CellRef, String> comments) {
        fills.forEach(this::fill);
        comments.forEach(this::comment);
    }

    private void fill(CellRef ref, Severity severity) {
        Cell cell = cell(ref);
        CellStyle original = cell.getCellStyle();
        cell.setCellStyle(filled.computeIfAbsent(original.getIndex() + "/" + severity, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(original);
            style.setFillForegroundColor(ReviewMarks.colour(severity));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }));
    }

    private void comment(CellRef ref, String text) {
        Cell cell = cell(ref);
        Sheet sheet = cell.getSheet();
        Drawing<?> drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch()
                : sheet.createDrawingPatriarch();
        CreationHelper helper = workbook.getCreationHelper();
        Comment existing = cell.getCellComment();
        String full = existing == null ? text : existing.getString().getString() + "\n" + text;
        if (existing != null) {
            cell.removeCellComment();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(full));
        comment.setAuthor("jixiao");
        cell.setCellComment(comment);
    }

    @Override
    public void addSheet(AddedSheet added) {
        int existing = workbook.getSheetIndex(added.name());
        if (existing >= 0) {
            workbook.removeSheetAt(existing);
        }
        Sheet sheet = workbook.createSheet(added.name());
        CreationHelper helper = workbook.getCreationHelper();
        Map<Severity, CellStyle> swatches = new HashMap<>();
        for (int r = 0; r < added.rows().size(); r++) {
            List<AddedSheet.Entry> entries = added.rows().get(r);
            if (entries.isEmpty()) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < entries.size(); c++) {
                AddedSheet.Entry entry = entries.get(c);
                if (entry.isBlank()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (entry.number().isPresent()) {
                    cell.setCellValue(entry.number().get().doubleValue());
                } else {
                    cell.setCellValue(entry.text());
                }
                if (entry.bold() || entry.twoDecimals()) {
                    cell.setCellStyle(style(entry.bold(), entry.twoDecimals()));
                }
                entry.fill().ifPresent(severity -> cell.setCellStyle(swatches.computeIfAbsent(severity, s -> {
                    CellStyle style = workbook.createCellStyle();
                    style.setFillForegroundColor(ReviewMarks.colour(s));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return style;
                })));
                entry.link().ifPresent(location -> {
                    Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress(location);
                    cell.setHyperlink(link);
                });
            }
        }
        for (int c = 0; c < added.widths().length; c++) {
            sheet.setColumnWidth(c, added.widths()[c] * 256);
        }
    }

    /** Bold and/or two decimals ({@code 0.00}, built-in format 2), each combination made once per workbook. */
    private CellStyle style(boolean bold, boolean twoDecimals) {
        return addedStyles.computeIfAbsent((bold ? 1 : 0) | (twoDecimals ? 2 : 0), k -> {
            CellStyle style = workbook.createCellStyle();
            if (bold) {
                Font font = workbook.createFont();
                font.setBold(true);
                style.setFont(font);
            }
            if (twoDecimals) {
                style.setDataFormat((short) 2);
            }
            return style;
        });
    }

    @Override
    public void save(Path output) throws IOException {
        try (workbook) {
            recalculate();
            OutputMarker.mark(workbook, OutputMarker.Kind.FILLED_COPY);
            AtomicFiles.write(output, workbook::write);
        }
    }

    /** Refreshes the cached results of formulas that read the new scores. */
    private void recalculate() {
        boolean hasFormula = false;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    hasFormula |= cell.getCellType() == CellType.FORMULA;
                }
            }
        }
        if (!hasFormula) {
            return;
        }
        workbook.setForceFormulaRecalculation(true);
        try {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        } catch (RuntimeException e) {
            LOG.debug("formula evaluation incomplete; Excel will recalculate on open", e);
        }
    }
}
