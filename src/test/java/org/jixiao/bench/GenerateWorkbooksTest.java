package org.jixiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes the benchmark's seeded national-template workbooks into a folder for runs outside Maven (the
 * side-by-side comparison in bench/compare.sh): {@code mvn -Pbench test -Dtest=GenerateWorkbooksTest
 * -Dbench.out=DIR -Dbench.workbooks=N -Dbench.rows=R}.
 */
@Tag("bench")
class GenerateWorkbooksTest {

    @Test
    void generate() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("bench.out", "target/bench-workbooks")));
        int n = Integer.getInteger("bench.workbooks", 300);
        int rows = Integer.getInteger("bench.rows", 30);
        Random random = new Random(Long.getLong("bench.seed", 42L));
        for (int i = 0; i < n; i++) {
            GeneratedWorkbooks.write(out.resolve(String.format("wb-%05d.xlsx", i)), rows, random);
        }
    }
}
