package org.jixiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes the benchmark's seeded national-template workbooks into a folder for runs outside Maven (the
 * side-by-side comparison in bench/compare.sh): {@code mvn -Pbench test -Dtest=GenerateWorkbooksTest
 * -Dbench.out=DIR -Dbench.workbooks=N -Dbench.rows=R [-Dbench.producer=poi|openpyxl|both]}. One producer writes
 * into DIR; both write into DIR/poi and DIR/openpyxl.
 */
@Tag("bench")
class GenerateWorkbooksTest {

    @Test
    void generate() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("bench.out", "target/bench-workbooks")));
        int n = Integer.getInteger("bench.workbooks", 300);
        int rows = Integer.getInteger("bench.rows", 30);
        long seed = Long.getLong("bench.seed", 42L);
        List<BenchProducer> producers = BenchProducer.fromProperty();
        for (BenchProducer producer : producers) {
            producer.write(producers.size() == 1 ? out : out.resolve(producer.id()), n, rows, seed);
        }
    }
}
