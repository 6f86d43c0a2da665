package org.jixiao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * National-template workbooks of a chosen number of indicator rows, from a fixed seed: a budget block worth 10,
 * 一级 groups 产出/效益/满意度 merged down, ≥ targets with random actuals, 总分 row.
 */
final class GeneratedWorkbooks {

    private GeneratedWorkbooks() {
    }

    static void write(Path file, int indicators, Random random) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("附件1");
            CellStyle boxed = workbook.createCellStyle();
            boxed.setBorderBottom(BorderStyle.THIN);
            boxed.setBorderTop(BorderStyle.THIN);
            boxed.setBorderLeft(BorderStyle.THIN);
            boxed.setBorderRight(BorderStyle.THIN);
            put(sheet, 0, 0, "项目支出绩效自评表", boxed);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            put(sheet, 1, 0, "（2023年度）", boxed);
            put(sheet, 2, 0, "项目名称", boxed);
            put(sheet, 2, 1, "测试项目" + random.nextInt(100000), boxed);
            put(sheet, 3, 0, "项目资金（万元）", boxed);
            Object[] header = {null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
            for (int c = 1; c < header.length; c++) {
                put(sheet, 3, c, header[c], boxed);
            }
            double budget = 100 + random.nextInt(900);
            Object[] line = {null, "年度资金总额", budget, budget, Math.round(budget * (0.6 + 0.4 * random.nextDouble())), 10,
                null, null};
            for (int c = 1; c < line.length; c++) {
                put(sheet, 4, c, line[c], boxed);
            }
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            String[] headers = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施"};
            for (int c = 0; c < headers.length; c++) {
                put(sheet, 5, c, headers[c], boxed);
            }
            String[] level1 = {"产出指标", "效益指标", "满意度指标"};
            double weight = 90.0 / indicators;
            int first = 6;
            for (int i = 0; i < indicators; i++) {
                int r = first + i;
                int group = Math.min(2, i * 3 / indicators);
                put(sheet, r, 1, level1[group], boxed);
                put(sheet, r, 2, level1[group].replace("指标", "") + "二级" + (i % 4), boxed);
                put(sheet, r, 3, "指标" + (i + 1), boxed);
                int target = 50 + random.nextInt(500);
                put(sheet, r, 4, "≥" + target + "个", boxed);
                put(sheet, r, 5, Math.round(target * (0.7 + 0.5 * random.nextDouble())) + "个", boxed);
                put(sheet, r, 6, Math.round(weight * 10000) / 10000.0, boxed);
                put(sheet, r, 7, null, boxed);
                put(sheet, r, 8, null, boxed);
            }
            int total = first + indicators;
            put(sheet, total, 0, "总分", boxed);
            put(sheet, total, 6, 100, boxed);
            put(sheet, total, 7, null, boxed);
            sheet.addMergedRegion(new CellRangeAddress(total, total, 0, 5));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void put(XSSFSheet sheet, int r, int c, Object value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        var cell = row.createCell(c);
        cell.setCellStyle(style);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
