package org.jixiao.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed files in sample-workbooks/ are what this code generates: regenerate with
 * {@code mvn -q test -Dtest=SampleFilesTest -Djixiao.regenerateSamples=true}.
 */
class SampleFilesTest {

    static final Path SAMPLES = Path.of("sample-workbooks");

    @Test
    void committedSamplesMatchTheGenerator(@TempDir Path tmp) throws IOException {
        if (Boolean.getBoolean("jixiao.regenerateSamples")) {
            SampleWorkbooks.writeAll(SAMPLES);
        }
        List<Path> generated = SampleWorkbooks.writeAll(tmp);
        for (Path fresh : generated) {
            Path committed = SAMPLES.resolve(fresh.getFileName().toString());
            assertThat(committed).exists();
            if (fresh.getFileName().toString().startsWith("malformed")) {
                assertThat(Files.size(committed)).isPositive();
                continue;
            }
            assertThat(cells(committed)).as(committed.toString()).isEqualTo(cells(fresh));
        }
    }

    static List<String> cells(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                out.add("sheet " + sheet.getSheetName() + " merged " + sheet.getNumMergedRegions());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return out;
    }
}
