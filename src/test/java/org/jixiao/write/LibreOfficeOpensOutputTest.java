package org.jixiao.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
        assumeTrue(onPath("soffice"), "LibreOffice not installed");
        for (String sample : new String[] {SampleWorkbooks.HUALONG, SampleWorkbooks.LENIENT_XLS}) {
            SourceWorkbook source = Samples.read(sample);
            Path filled = dir.resolve("filled-" + sample);
            new WorkbookFiller().fill(source, Samples.score(source), filled);
            Process process = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://"
                    + dir.resolve("profile").toAbsolutePath(), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", dir.toString(), filled.toString()).redirectErrorStream(true).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String name = filled.getFileName().toString();
            Path csv = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".csv");
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            if (sample.equals(SampleWorkbooks.HUALONG)) {
                assertThat(text).contains("92.44").contains("优").contains("82.74%");
            } else {
                assertThat(text).contains("89.68").contains("良").contains("74.50%");
            }
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
