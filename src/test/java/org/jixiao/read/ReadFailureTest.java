package org.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void tooLargeForTheLimit() {
        ReadOutcome outcome = new WorkbookReader(new ReadOptions(1000, 100, 20))
                .read(Samples.DIR.resolve(SampleWorkbooks.CLEAN));
        assertThat(outcome).isInstanceOfSatisfying(ReadFailure.class,
                f -> assertThat(f.reason()).isEqualTo(FailureReason.TOO_LARGE));
    }
}
