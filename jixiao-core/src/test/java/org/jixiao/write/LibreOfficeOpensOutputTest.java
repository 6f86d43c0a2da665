package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.jixiao.LibreOffice;
import org.jixiao.Samples;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where LibreOffice is installed ({@code apt-get install libreoffice-calc-nogui}), it opens the filled copies
 * (xlsx and xls) and sees the written total and grade. Skipped on machines without it.
 */
class LibreOfficeOpensOutputTest {

    @Test
    void libreOfficeReadsTheFilledCopies(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(LibreOffice.installed(), "LibreOffice not installed");
        for (String sample : new String[] {SampleWorkbooks.HUALONG, SampleWorkbooks.LENIENT_XLS}) {
            SourceWorkbook source = Samples.read(sample);
            Path filled = dir.resolve("filled-" + sample);
            new WorkbookFiller().fill(source, Samples.score(source), filled);
            // the copy LibreOffice opens is the one carrying jixiao's marker
            assertThat(OutputMarker.find(java.nio.file.Files.readAllBytes(filled))).contains("filled-copy");
            String text = LibreOffice.firstSheetAsCsv(filled, dir);
            if (sample.equals(SampleWorkbooks.HUALONG)) {
                assertThat(text).contains("92.44").contains("优").contains("82.74%");
            } else {
                assertThat(text).contains("89.68").contains("良").contains("74.50%");
            }
        }
    }
}
