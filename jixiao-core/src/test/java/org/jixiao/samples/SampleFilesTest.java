package org.jixiao.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.TestSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed files in sample-workbooks/ are what this code generates: regenerate with
 * {@code mvn -q test -Dtest=SampleFilesTest -Djixiao.regenerateSamples=true}.
 */
class SampleFilesTest {

    static final Path SAMPLES = org.jixiao.Samples.DIR;

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
            assertThat(TestSheets.cells(committed)).as(committed.toString()).isEqualTo(TestSheets.cells(fresh));
        }
    }
}
