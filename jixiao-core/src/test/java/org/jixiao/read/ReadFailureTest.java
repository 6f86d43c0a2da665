package org.jixiao.read;

import org.jixiao.model.FailureReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.Samples;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a file can fail to be an evaluation workbook gives a typed reason, never an exception. */
class ReadFailureTest {

    @TempDir
    Path tmp;

    private FailureReason reasonFor(Path file) {
        ReadOutcome outcome = new WorkbookReader().read(file);
        assertThat(outcome).isInstanceOf(ReadFailure.class);
        ReadFailure failure = (ReadFailure) outcome;
        assertThat(failure.message()).startsWith(file.getFileName().toString() + ": ")
                .contains(failure.reason().chinese()).doesNotContain("\n");
        return failure.reason();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyFile() throws IOException {
        assertThat(reasonFor(write("empty.xlsx", new byte[0]))).isEqualTo(FailureReason.EMPTY_FILE);
    }

    @Test
    void textFileRenamedXlsx() throws IOException {
        assertThat(reasonFor(write("notes.xlsx", "项目名称,得分\n培训,8\n"))).isEqualTo(FailureReason.NOT_OFFICE_FILE);
    }

    @Test
    void htmlExportNamedXls() throws IOException {
        assertThat(reasonFor(write("export.xls", "<html><body><table><tr><td>三级指标</td></tr></table></body></html>")))
                .isEqualTo(FailureReason.HTML_DISGUISED);
        assertThat(reasonFor(write("export2.xls", "\uFEFF\r\n  <table border=1><tr><td>得分</td></tr></table>")))
                .isEqualTo(FailureReason.HTML_DISGUISED);
    }

    @Test
    void spreadsheetMl2003NamedXls() throws IOException {
        assertThat(reasonFor(write("xml2003.xls", """
                <?xml version="1.0"?>
                <?mso-application progid="Excel.Sheet"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"/></Workbook>
                """))).isEqualTo(FailureReason.SPREADSHEETML_2003);
    }

    @Test
    void truncatedDownload() {
        assertThat(reasonFor(Samples.DIR.resolve(SampleWorkbooks.MALFORMED))).isEqualTo(FailureReason.TRUNCATED);
    }

    @Test
    void zipThatIsNoWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(reasonFor(write("archive.xlsx", bytes.toByteArray()))).isEqualTo(FailureReason.NOT_A_SPREADSHEET);
    }

    @Test
    void wordDocumentNamedXls() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(bytes);
        }
        assertThat(reasonFor(write("report.xls", bytes.toByteArray()))).isEqualTo(FailureReason.NOT_A_SPREADSHEET);
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (InputStream in = Files.newInputStream(Samples.DIR.resolve(SampleWorkbooks.CLEAN));
                 OPCPackage opc = OPCPackage.open(in);
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(bytes);
        }
        assertThat(reasonFor(write("locked.xlsx", bytes.toByteArray()))).isEqualTo(FailureReason.ENCRYPTED);
    }

    @Test
    void passwordProtectedXls() throws IOException {
        Path file = tmp.resolve("locked.xls");
        try (Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                Samples.DIR.resolve(SampleWorkbooks.LENIENT_XLS).toFile(), null, true)) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(reasonFor(file)).isEqualTo(FailureReason.ENCRYPTED);
    }

    @Test
    void workbookWithoutAnEvaluationTable() throws IOException {
        Path file = tmp.resolve("budget-list.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("部门预算公开表");
            sheet.createRow(1).createCell(0).setCellValue("项目");
            sheet.getRow(1).createCell(1).setCellValue("金额");
            workbook.write(out);
        }
        assertThat(reasonFor(file)).isEqualTo(FailureReason.NO_EVALUATION_TABLE);
    }

    @Test
    void pdfAndMissingFile() throws IOException {
        assertThat(reasonFor(write("scan.xlsx", "%PDF-1.4\n%âãÏÓ\n"))).isEqualTo(FailureReason.NOT_OFFICE_FILE);
        assertThat(reasonFor(tmp.resolve("nowhere.xlsx"))).isEqualTo(FailureReason.NOT_FOUND);
    }

    /** OLE2 with WPS's own streams and no Workbook stream: what an .et saved in WPS's native format looks like to POI. */
    private static byte[] ole2WithoutWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WpsContent");
            fs.writeFilesystem(bytes);
        }
        return bytes.toByteArray();
    }

    @Test
    void wpsNativeEtIsNamedWithHowToSaveItAsXlsx() throws IOException {
        byte[] proprietary = {'W', 'P', 'S', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        for (Path file : new Path[] {write("单位自评表.et", ole2WithoutWorkbook()), write("其他.ET", proprietary)}) {
            assertThat(reasonFor(file)).as(file.toString()).isEqualTo(FailureReason.WPS_NATIVE);
            String message = ((ReadFailure) new WorkbookReader().read(file)).message();
            assertThat(message).startsWith(file.getFileName() + ": 是 WPS 表格专有格式")
                    .contains("文件 → 另存为 → Excel 工作簿(*.xlsx)", "(WPS_NATIVE: WPS Spreadsheets' own .et format");
        }
        // the same bytes under another name keep their usual reason: only an .et is taken for WPS's own format
        assertThat(reasonFor(write("renamed.xls", ole2WithoutWorkbook()))).isEqualTo(FailureReason.NOT_A_SPREADSHEET);
        assertThat(reasonFor(write("renamed.xlsx", proprietary))).isEqualTo(FailureReason.NOT_OFFICE_FILE);
    }

    @Test
    void anEtHoldingXlsOrXlsxIsReadAsWhatItHolds() throws IOException {
        Path xls = write("wps-biff8.et", Files.readAllBytes(Samples.DIR.resolve(SampleWorkbooks.LENIENT_XLS)));
        Path xlsx = write("wps-ooxml.et", Files.readAllBytes(Samples.DIR.resolve(SampleWorkbooks.CLEAN)));
        assertThat(Samples.read(xls).format()).isEqualTo(SpreadsheetFormat.XLS);
        assertThat(Samples.read(xlsx).format()).isEqualTo(SpreadsheetFormat.XLSX);
        assertThat(Samples.read(xlsx).evaluations()).hasSize(1);
        // an .et that is an .xlsx with a problem of its own keeps that problem's reason
        assertThat(reasonFor(write("half.et", Arrays.copyOf(Files.readAllBytes(Samples.DIR.resolve(SampleWorkbooks.CLEAN)),
                300)))).isEqualTo(FailureReason.TRUNCATED);
    }

    @Test
    void tooLargeForTheLimit() {
        ReadOutcome outcome = new WorkbookReader(new ReadOptions(1000, 100, 20))
                .read(Samples.DIR.resolve(SampleWorkbooks.CLEAN));
        assertThat(outcome).isInstanceOfSatisfying(ReadFailure.class,
                f -> assertThat(f.reason()).isEqualTo(FailureReason.TOO_LARGE));
    }

    @Test
    void aCellPoiCannotPlaceIsCorruptAndSaysWhere() throws IOException {
        // r="1" has no column: the lean path refuses it, POI puts it at column -1 (found by the Jazzer writer test)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                Files.newInputStream(Samples.DIR.resolve(SampleWorkbooks.CLEAN))); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    part = new String(part, StandardCharsets.UTF_8).replaceFirst("<c r=\"A1\"", "<c r=\"1\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(part);
            }
        }
        Path file = write("unplaced.xlsx", out.toByteArray());
        assertThat(reasonFor(file)).isEqualTo(FailureReason.CORRUPT);
        assertThat(((ReadFailure) new WorkbookReader().read(file)).detail())
                .isEqualTo("cell without a valid reference in row 1 of sheet 附件1");
    }
}
