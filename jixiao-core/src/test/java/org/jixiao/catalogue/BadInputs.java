package org.jixiao.catalogue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.Samples;
import org.jixiao.TestSheets;
import org.jixiao.samples.SampleWorkbooks;

/**
 * The bad-input catalogue: each entry builds one broken or odd input in code and names what a user sees — a
 * reason code for a file that cannot be read, or SCORED plus the finding for one that can. README's reliability
 * table lists the same entries.
 */
final class BadInputs {

    /** Writes an input file into dir and returns it. */
    interface Maker {
        Path make(Path dir) throws Exception;
    }

    record Entry(String name, String expected, String what, Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Object[] HEADER = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"};

    private BadInputs() {
    }

    static List<Entry> all() {
        return List.of(
                bytes("empty.xlsx", "EMPTY_FILE", "0 字节的文件", new byte[0]),
                bytes("one-byte.xlsx", "NOT_OFFICE_FILE", "只有 1 个字节", new byte[] {'P'}),
                text("notes.xlsx", "NOT_OFFICE_FILE", "文本文件改名为 .xlsx", "项目名称 得分\n培训 8\n"),
                text("export.csv.xls", "NOT_OFFICE_FILE", "CSV 文件改名为 .xls", "一级指标,得分\n产出,50\n"),
                text("web.xls", "HTML_DISGUISED", "网页系统导出的 HTML，扩展名 .xls", "<html><body><table><tr><td>得分</td></tr></table></body></html>"),
                text("web-bom.xls", "HTML_DISGUISED", "带 BOM 和空行、以 <table> 开头的 HTML", "\uFEFF\r\n\r\n  <table><tr><td>三级指标</td></tr></table>"),
                text("web-doctype.xlsx", "HTML_DISGUISED", "以 <!DOCTYPE html> 开头的网页", "<!DOCTYPE html><html><body>绩效</body></html>"),
                text("xml2003.xls", "SPREADSHEETML_2003", "“XML 电子表格 2003”", "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>"),
                text("plain.xml.xlsx", "NOT_OFFICE_FILE", "普通 XML 文件", "<?xml version=\"1.0\"?><root><a>1</a></root>"),
                text("scan.xlsx", "NOT_OFFICE_FILE", "PDF 改名为 .xlsx", "%PDF-1.4\n1 0 obj\n"),
                bytes("picture.xlsx", "NOT_OFFICE_FILE", "PNG 图片改名为 .xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}),
                new Entry("archive.xlsx", "NOT_A_SPREADSHEET", "普通 zip 压缩包", dir -> write(dir, "archive.xlsx",
                        zip(List.of("readme.txt"), List.of("hello")))),
                new Entry("report.docx.xlsx", "NOT_A_SPREADSHEET", "Word 文档（docx）改名为 .xlsx", dir -> write(dir,
                        "report.docx.xlsx", zip(List.of("[Content_Types].xml", "word/document.xml"), List.of("<Types/>", "<w:document/>")))),
                new Entry("word.doc.xls", "NOT_A_SPREADSHEET", "Word 97 文档（OLE2）改名为 .xls", BadInputs::wordDocument),
                new Entry("biff4.xls", "OLD_EXCEL", "Excel 4.0 工作表", dir -> write(dir, "biff4.xls",
                        Arrays.copyOf(new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00}, 64))),
                new Entry("half.xlsx", "TRUNCATED", "下载中断：xlsx 只剩一半", dir -> write(dir, "half.xlsx", cut(SampleWorkbooks.CLEAN, 2))),
                new Entry("head.xlsx", "TRUNCATED", "只剩开头 300 字节的 xlsx", dir -> write(dir, "head.xlsx",
                        Arrays.copyOf(sample(SampleWorkbooks.CLEAN), 300))),
                new Entry("half.xls", "CORRUPT", "只剩一半的 xls", dir -> write(dir, "half.xls", cut(SampleWorkbooks.LENIENT_XLS, 2))),
                new Entry("locked.xlsx", "ENCRYPTED", "设有打开密码的 xlsx", BadInputs::encryptedXlsx),
                new Entry("locked.xls", "ENCRYPTED", "设有打开密码的 xls", BadInputs::encryptedXls),
                new Entry("bomb.xlsx", "ZIP_BOMB_GUARD", "压缩比超过 1:100 的“压缩炸弹”", BadInputs::zipBomb),
                new Entry("folder.xlsx", "IO_ERROR", "名为 .xlsx 的文件夹", dir -> Files.createDirectories(dir.resolve("folder.xlsx"))),
                new Entry("missing.xlsx", "NOT_FOUND", "不存在的文件", dir -> dir.resolve("missing.xlsx")),
                sheet("no-table.xlsx", "NO_EVALUATION_TABLE", "没有评价表的工作簿（预算公开表）",
                        new Object[][] {{"部门预算公开表"}, {"项目", "金额"}, {"办公费", 12}}),
                sheet("blank.xlsx", "NO_EVALUATION_TABLE", "只有一张空工作表", new Object[][] {}),
                sheet("header-only.xlsx", "NO_EVALUATION_TABLE", "只有表头没有指标行", new Object[][] {HEADER}),
                sheet("formula-error.xlsx", "FORMULA_ERROR", "得分单元格为 #DIV/0! 公式", new Object[][] {HEADER,
                    {"产出指标", "数量指标", "培训", "≥10人", "10人", 100, "=SUM(1)/0"}}),
                sheet("uncalculated.xlsx", "SCORED", "公式没有缓存结果（由不计算公式的工具生成）", new Object[][] {HEADER,
                    {"产出指标", "数量指标", "培训", "≥10人", "=SUM(4,6)", 100, "=SUM(50,50)"}}),
                sheet("text-score.xlsx", "UNPARSABLE_NUMBER", "得分写成“满分”", new Object[][] {HEADER,
                    {"产出指标", "数量指标", "培训", "≥10人", "10人", 100, "满分"}}),
                sheet("fullwidth.xlsx", "SCORED", "全角数字与符号：＞＝１０人、１２人", new Object[][] {HEADER,
                    {"产出指标", "数量指标", "培训", "＞＝１０人", "１２人", "１００", "１００"}}),
                sheet("no-total.xlsx", "TOTAL_ROW_MISSING", "没有总分行", new Object[][] {HEADER,
                    {"产出指标", "数量指标", "培训", "≥10人", "10人", 100, 100}}),
                sheet("no-weight.xlsx", "WEIGHT_MISSING", "一行漏填分值（其余各行有分值），也无层级标注", new Object[][] {HEADER,
                    {"产出指标", "数量指标", "培训", "≥10人", "10人", null, 80},
                    {"产出指标", "质量指标", "合格率", "100%", "100%", 20, 20}}),
                sheet("score-above.xlsx", "SCORE_OUT_OF_RANGE", "定性指标自评得分超过分值", new Object[][] {HEADER,
                    {"效益指标", "社会效益", "群众认可", "明显", "明显", 100, 120}}),
                sheet("budget-zero.xlsx", "BUDGET_ZERO", "全年预算数为 0", new Object[][] {
                    {"项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                    {null, "年度资金总额", 0, 0, 5, 10, null, null}, HEADER,
                    {"产出指标", "数量指标", "培训", "≥10人", "10人", 90, 90}}),
                sheet("budget-missing.xlsx", "BUDGET_FIGURE_MISSING", "缺少全年执行数", new Object[][] {
                    {"项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                    {null, "年度资金总额", 100, 100, null, 10, null, null}, HEADER,
                    {"产出指标", "数量指标", "培训", "≥10人", "10人", 90, 90}}),
                sheet("wide.xlsx", "SHEET_TRUNCATED", "第 70 列还有内容（超出 64 列上限）", wide()),
                sheet("offset.xlsx", "SCORED", "表格不在 A1 而从 D6 开始", offset()),
                sheet("two-tables.xlsx", "SCORED", "一张工作表上下两张评价表", twoTables()),
                new Entry("hidden.xlsx", "SCORED", "评价表在隐藏工作表中", BadInputs::hiddenSheet),
                new Entry("many-rows.xlsx", "SCORED", "表下有 60,000 行带格式的空行", BadInputs::formattedRows),
                new Entry("dates.xlsx", "SCORED", "完成时间为日期单元格（中文日期格式）", BadInputs::dates),
                new Entry("reordered.xls", "SCORED", "xls 中评价表不是第一张工作表", BadInputs::reorderedXls),
                bytes("wps-native.et", "WPS_NATIVE", "WPS 表格专有格式的 .et（既非 OLE2 也非 zip）",
                        new byte[] {'W', 'P', 'S', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}),
                new Entry("wps-ole2.et", "WPS_NATIVE", "WPS 专有的 .et：OLE2 复合文件但没有 Workbook 流", BadInputs::wpsOle2),
                new Entry("wps-xlsx.et", "SCORED", "WPS 存为 .et 的 xlsx 内容", dir -> write(dir, "wps-xlsx.et",
                        sample(SampleWorkbooks.CLEAN))),
                new Entry("wps-xls.et", "SCORED", "WPS 存为 .et 的 xls（BIFF8）内容", dir -> write(dir, "wps-xls.et",
                        sample(SampleWorkbooks.LENIENT_XLS))));
    }

    private static Entry bytes(String name, String expected, String what, byte[] content) {
        return new Entry(name, expected, what, dir -> write(dir, name, content));
    }

    private static Entry text(String name, String expected, String what, String content) {
        return bytes(name, expected, what, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Entry sheet(String name, String expected, String what, Object[][] rows) {
        return new Entry(name, expected, what, dir -> TestSheets.xlsx().sheet("表1", rows).save(dir.resolve(name)));
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Samples.DIR.resolve(name));
    }

    private static byte[] cut(String name, int divisor) throws IOException {
        byte[] bytes = sample(name);
        return Arrays.copyOf(bytes, bytes.length / divisor);
    }

    private static byte[] zip(List<String> names, List<String> contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Path wordDocument(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(bytes);
        }
        return write(dir, "word.doc.xls", bytes.toByteArray());
    }

    private static Path wpsOle2(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WpsContent");
            fs.writeFilesystem(bytes);
        }
        return write(dir, "wps-ole2.et", bytes.toByteArray());
    }

    private static Path encryptedXlsx(Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (InputStream in = new ByteArrayInputStream(sample(SampleWorkbooks.CLEAN));
                 OPCPackage opc = OPCPackage.open(in); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(bytes);
        }
        return write(dir, "locked.xlsx", bytes.toByteArray());
    }

    private static Path encryptedXls(Path dir) throws IOException {
        Path file = dir.resolve("locked.xls");
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(sample(SampleWorkbooks.LENIENT_XLS)))) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    /** A workbook whose one sheet inflates from ~40 KB to 40 MB: ratio far beyond POI's 1:100 guard. */
    private static Path zipBomb(Path dir) throws IOException {
        String types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(types.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return write(dir, "bomb.xlsx", out.toByteArray());
    }

    private static Object[][] wide() {
        Object[] far = new Object[71];
        far[70] = "备注";
        return new Object[][] {HEADER, {"产出指标", "数量指标", "培训", "≥10人", "10人", 100, 100}, far};
    }

    private static Object[][] offset() {
        Object[][] rows = new Object[8][];
        for (int r = 0; r < 5; r++) {
            rows[r] = new Object[0];
        }
        rows[5] = new Object[] {null, null, null, "一级指标", "二级指标", "三级指标", "分值", "得分"};
        rows[6] = new Object[] {null, null, null, "产出指标", "数量指标", "培训", 100, 90};
        rows[7] = new Object[] {null, null, null, "总分", null, null, 100, 90};
        return rows;
    }

    private static Object[][] twoTables() {
        return new Object[][] {{"项目支出绩效自评表（甲项目）"}, HEADER, {"产出指标", "数量指标", "培训", "≥10人", "10人", 100, 100},
            {"总分", null, null, null, null, 100, 100}, {}, {"项目支出绩效自评表（乙项目）"}, HEADER,
            {"产出指标", "数量指标", "培训", "≥10人", "5人", 100, 100}, {"总分", null, null, null, null, 100, 100}};
    }

    private static Path hiddenSheet(Path dir) throws IOException {
        Path file = dir.resolve("hidden.xlsx");
        TestSheets.xlsx().sheet("封面", new Object[][] {{"说明"}}).sheet("自评表", new Object[][] {HEADER,
            {"产出指标", "数量指标", "培训", "≥10人", "10人", 100, 100}}).save(file);
        byte[] bytes = Files.readAllBytes(file);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            workbook.setSheetHidden(1, true);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static Path formattedRows(Path dir) throws IOException {
        Path file = dir.resolve("many-rows.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("表1");
            Object[][] rows = {HEADER, {"产出指标", "数量指标", "培训", "≥10人", "10人", 100, 100}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                    }
                }
            }
            var style = workbook.createCellStyle();
            style.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            for (int r = rows.length; r < 60_000; r++) {
                sheet.createRow(r).createCell(0).setCellStyle(style);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static Path dates(Path dir) throws IOException {
        Path file = dir.resolve("dates.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("表1");
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c].toString());
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("时效指标");
            row.createCell(1).setCellValue("时效指标");
            row.createCell(2).setCellValue("完工时间");
            row.createCell(3).setCellValue("2022年12月底前");
            var date = row.createCell(4);
            date.setCellValue(java.time.LocalDate.of(2022, 11, 30));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            date.setCellStyle(style);
            row.createCell(5).setCellValue(100);
            row.createCell(6).setCellValue(100);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static Path reorderedXls(Path dir) throws IOException {
        return TestSheets.xls().sheet("封面", new Object[][] {{"绩效自评材料"}}).sheet("附件", new Object[][] {HEADER,
            {"产出指标", "数量指标", "培训", "≥10人", "10人", 100, 100}}).save(dir.resolve("reordered.xls"));
    }
}
