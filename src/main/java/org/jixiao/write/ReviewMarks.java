package org.jixiao.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.model.CellRef;
import org.jixiao.model.Problem;
import org.jixiao.model.Severity;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;

/**
 * Shows the reviewer what was found, in the workbook itself: each finding's cell filled in its severity's colour
 * with the finding as a comment, each indicator's 得分依据 as a comment on its score cell, and a 审核意见 sheet
 * listing every finding with a link to its cell under a colour legend. Only the marked cells' fill changes (on a
 * copy of their style); everything else keeps its look. Not thread-safe; one per workbook.
 */
final class ReviewMarks {

    static final String SHEET = "审核意见";
    private static final Map<Severity, IndexedColors> COLOURS = new EnumMap<>(Map.of(
            Severity.ERROR, IndexedColors.ROSE, Severity.WARNING, IndexedColors.LIGHT_YELLOW,
            Severity.INFO, IndexedColors.LIGHT_TURQUOISE));
    private static final Map<Severity, String> MEANINGS = new EnumMap<>(Map.of(
            Severity.ERROR, "错误：数据缺失或错误，得分不可信 / error",
            Severity.WARNING, "警告：与评分规则或其他数据不符，请复核 / warning",
            Severity.INFO, "提示：工具所作的假设或说明 / note"));

    private final Workbook workbook;
    private final SheetCells cells;
    private final Map<String, CellStyle> filled = new HashMap<>();

    ReviewMarks(Workbook workbook, SheetCells cells) {
        this.workbook = workbook;
        this.cells = cells;
    }

    void mark(List<ScoredEvaluation> scored) {
        Map<CellRef, List<String>> notes = new LinkedHashMap<>();
        Map<CellRef, Severity> worst = new HashMap<>();
        List<Problem> all = new ArrayList<>();
        for (ScoredEvaluation evaluation : scored) {
            for (Problem problem : evaluation.allProblems()) {
                all.add(problem);
                problem.cell().ifPresent(cell -> {
                    notes.computeIfAbsent(cell, k -> new ArrayList<>()).add("【" + problem.severity().chinese() + " "
                            + problem.code() + "】" + problem.message());
                    worst.merge(cell, problem.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                });
            }
            for (IndicatorScore score : evaluation.indicators()) {
                notes.computeIfAbsent(score.indicator().scoreCell(), k -> new ArrayList<>())
                        .add("得分依据：" + score.basis() + "（" + score.ruleDescription() + "）");
            }
            evaluation.budget().flatMap(b -> b.line().scoreCell().map(c -> Map.entry(c, b.basis())))
                    .ifPresent(e -> notes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add("得分依据：" + e.getValue()));
        }
        worst.forEach((cell, severity) -> fill(cell, severity));
        notes.forEach((cell, lines) -> comment(cell, String.join("\n", lines)));
        reviewSheet(all);
    }

    private void fill(CellRef ref, Severity severity) {
        Cell cell = cells.cell(ref);
        CellStyle original = cell.getCellStyle();
        cell.setCellStyle(filled.computeIfAbsent(original.getIndex() + "/" + severity, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(original);
            style.setFillForegroundColor(COLOURS.get(severity).getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }));
    }

    private void comment(CellRef ref, String text) {
        Cell cell = cells.cell(ref);
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

    private void reviewSheet(List<Problem> problems) {
        int existing = workbook.getSheetIndex(SHEET);
        if (existing >= 0) {
            workbook.removeSheetAt(existing);
        }
        Sheet sheet = workbook.createSheet(SHEET);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        int r = 0;
        text(sheet, r++, 0, "审核意见 / Review findings", header);
        text(sheet, r++, 0, "颜色说明 / legend", header);
        for (Severity severity : Severity.values()) {
            Row row = sheet.createRow(r++);
            Cell swatch = row.createCell(0);
            swatch.setCellValue(severity.chinese());
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(COLOURS.get(severity).getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            swatch.setCellStyle(style);
            row.createCell(1).setCellValue(MEANINGS.get(severity));
        }
        r++;
        String[] headers = {"序号", "单元格", "级别", "代码", "说明"};
        Row head = sheet.createRow(r++);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(header);
        }
        CreationHelper helper = workbook.getCreationHelper();
        int n = 1;
        for (Problem problem : problems) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(n++);
            Cell where = row.createCell(1);
            if (problem.cell().isPresent()) {
                CellRef ref = problem.cell().get();
                where.setCellValue(ref.toString());
                Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + ref.sheet().replace("'", "''") + "'!" + ref.a1());
                where.setHyperlink(link);
            }
            row.createCell(2).setCellValue(problem.severity().chinese());
            row.createCell(3).setCellValue(problem.code().name());
            row.createCell(4).setCellValue(problem.message());
        }
        int[] widths = {8, 22, 6, 26, 100};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Cell cell = sheet.createRow(r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
