package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.LibreOffice;
import org.jixiao.Samples;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both writers leave jixiao's marker in the copy, as POI reads it back, and {@link OutputMarker#find} sees it
 * from the bytes alone: the lean writer in a new docProps/custom.xml or inside the producer's own (its
 * properties kept), POI's through the OOXML custom properties and, for .xls, the DocumentSummaryInformation
 * stream. The inputs carry none, so each check can fail.
 */
class OutputMarkerTest {

    @TempDir
    Path tmp;

    private FillResult fill(Path input, Path output) throws IOException {
        SourceWorkbook source = Samples.read(input);
        return new WorkbookFiller().fill(source, Samples.score(source), output);
    }

    private Path sample(String name) throws IOException {
        return Files.copy(Samples.DIR.resolve(name), tmp.resolve(name));
    }

    @Test
    void theLeanCopyGetsANewCustomPropertiesPart() throws IOException {
        Path input = sample(SampleWorkbooks.CLEAN);
        assertThat(OutputMarker.find(Files.readAllBytes(input))).isEmpty();
        Path output = tmp.resolve("lean.xlsx");
        FillResult result = fill(input, output);
        assertThat(result.notLeanReason()).as("written by the lean writer").isEmpty();
        assertThat(OutputMarker.find(Files.readAllBytes(output))).contains("filled-copy");
        try (XSSFWorkbook workbook = openXssf(output)) {
            POIXMLProperties.CustomProperties custom = workbook.getProperties().getCustomProperties();
            assertThat(custom.getProperty(OutputMarker.PROPERTY).getLpwstr()).isEqualTo("filled-copy");
            assertThat(custom.getProperty(OutputMarker.VERSION_PROPERTY).getLpwstr())
                    .isEqualTo(OutputMarker.JIXIAO_VERSION);
        }
    }

    @Test
    void theLeanCopyAddsToTheProducersOwnCustomProperties() throws IOException {
        Path input = withCustomProperty(tmp.resolve("with-custom.xlsx"));
        Path output = tmp.resolve("lean-custom.xlsx");
        FillResult result = fill(input, output);
        assertThat(result.notLeanReason()).as("written by the lean writer").isEmpty();
        try (XSSFWorkbook workbook = openXssf(output)) {
            POIXMLProperties.CustomProperties custom = workbook.getProperties().getCustomProperties();
            assertThat(custom.getProperty("报送单位").getLpwstr()).isEqualTo("某区财政局");
            assertThat(custom.getProperty(OutputMarker.PROPERTY).getLpwstr()).isEqualTo("filled-copy");
            // one part, pids unique: Excel drops a part whose pids repeat
            assertThat(custom.getUnderlyingProperties().getPropertyList()).extracting(p -> p.getPid())
                    .doesNotHaveDuplicates().hasSize(3);
        }
        assertThat(OutputMarker.find(Files.readAllBytes(output))).contains("filled-copy");
    }

    @Test
    void aPoiCopyOfAnXlsxIsMarked() throws IOException {
        // a formula sends the workbook to POI (the lean writer would have to recalculate it)
        Path input = tmp.resolve("formula.xlsx");
        try (InputStream in = Files.newInputStream(Samples.DIR.resolve(SampleWorkbooks.CLEAN));
             XSSFWorkbook workbook = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(input)) {
            workbook.getSheetAt(0).createRow(60).createCell(0).setCellFormula("1+1");
            workbook.write(out);
        }
        Path output = tmp.resolve("poi.xlsx");
        FillResult result = fill(input, output);
        assertThat(result.notLeanReason()).as("written through POI").isPresent();
        try (XSSFWorkbook workbook = openXssf(output)) {
            assertThat(workbook.getProperties().getCustomProperties().getProperty(OutputMarker.PROPERTY).getLpwstr())
                    .isEqualTo("filled-copy");
        }
        assertThat(OutputMarker.find(Files.readAllBytes(output))).contains("filled-copy");
    }

    @Test
    void anXlsCopyIsMarkedInItsSummaryInformation() throws IOException {
        Path input = sample(SampleWorkbooks.LENIENT_XLS);
        assertThat(OutputMarker.find(Files.readAllBytes(input))).isEmpty();
        Path output = tmp.resolve("copy.xls");
        fill(input, output);
        try (InputStream in = Files.newInputStream(output); HSSFWorkbook workbook = new HSSFWorkbook(in)) {
            DocumentSummaryInformation summary = workbook.getDocumentSummaryInformation();
            assertThat(summary.getCustomProperties().get(OutputMarker.PROPERTY)).isEqualTo("filled-copy");
            assertThat(summary.getCustomProperties().get(OutputMarker.VERSION_PROPERTY))
                    .isEqualTo(OutputMarker.JIXIAO_VERSION);
        }
        assertThat(OutputMarker.find(Files.readAllBytes(output))).contains("filled-copy");
    }

    @Test
    void whatIsNotAWorkbookCarriesNoMarker() {
        assertThat(OutputMarker.find(new byte[0])).isEmpty();
        assertThat(OutputMarker.find("PK\u0003\u0004 not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(OutputMarker.find(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1, 0})).isEmpty();
    }

    @Test
    void libreOfficeOpensMarkedCopies() throws IOException, InterruptedException {
        assumeTrue(LibreOffice.installed(), "LibreOffice not installed");
        Path fresh = tmp.resolve("fresh.xlsx");
        fill(sample(SampleWorkbooks.CLEAN), fresh);
        Path extended = tmp.resolve("extended.xlsx");
        fill(withCustomProperty(tmp.resolve("producer-custom.xlsx")), extended);
        for (Path copy : new Path[] {fresh, extended}) {
            assertThat(OutputMarker.find(Files.readAllBytes(copy))).as(copy.toString()).contains("filled-copy");
            Path scratch = Files.createDirectories(tmp.resolve("lo-" + copy.getFileName()));
            assertThat(LibreOffice.firstSheetAsCsv(copy, scratch)).as(copy.toString()).contains("96.55", "优");
        }
    }

    private static XSSFWorkbook openXssf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The clean sample saved by POI with a custom property of the producer's own. */
    private static Path withCustomProperty(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(Samples.DIR.resolve(SampleWorkbooks.CLEAN));
             XSSFWorkbook workbook = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(file)) {
            workbook.getProperties().getCustomProperties().addProperty("报送单位", "某区财政局");
            workbook.write(out);
        }
        assertThat(OutputMarker.find(Files.readAllBytes(file))).isEmpty();
        return file;
    }
}
