package org.jixiao.read;

import org.jixiao.model.FailureReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.stress.LargeWorkbooks;
import org.jixiao.xlsx.LeanLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's memory bounds: a part or sheet beyond them is refused as TOO_LARGE naming the part, its size and
 * the bound — never read through POI (which would need several times the memory), never CORRUPT.
 */
class MemoryLimitsTest {

    private static final Path SAMPLE = org.jixiao.Samples.DIR.resolve("national-project-clean.xlsx");

    @Test
    void aPartOverTheBoundIsRefusedBeforeItIsInflated() {
        ReadOutcome outcome = new WorkbookReader(ReadOptions.DEFAULTS.withMemory(new LeanLimits(4096, 1000, 1000)))
                .read(SAMPLE);
        assertThat(outcome).isInstanceOfSatisfying(ReadFailure.class, failure -> {
            assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
            assertThat(failure.detail()).contains("xl/worksheets/sheet1.xml").contains("0.0 MB")
                    .contains("--max-part-mb");
        });
    }

    @Test
    void rowsAndCellsOverTheirBoundsAreRefusedNamingTheOption() {
        ReadOutcome rows = new WorkbookReader(ReadOptions.DEFAULTS.withMemory(new LeanLimits(64L << 20, 10, 100_000)))
                .read(SAMPLE);
        assertThat(rows).isInstanceOfSatisfying(ReadFailure.class, failure -> {
            assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
            assertThat(failure.detail()).contains("10 行").contains("--max-sheet-rows");
        });
        ReadOutcome cells = new WorkbookReader(ReadOptions.DEFAULTS.withMemory(new LeanLimits(64L << 20, 100_000, 50)))
                .read(SAMPLE);
        assertThat(cells).isInstanceOfSatisfying(ReadFailure.class, failure -> {
            assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
            assertThat(failure.detail()).contains("50 个单元格").contains("--max-sheet-cells");
        });
    }

    @Test
    void theSampleFitsTheBoundsOfAQuarterGigabyteHeapSharedByTwoWorkers() {
        LeanLimits limits = ReadOptions.memoryFor(256L << 20, 2);
        assertThat(limits.maxPartBytes()).isEqualTo(16L << 20);
        assertThat(limits.maxSheetCells()).isEqualTo(524_288);
        assertThat(new WorkbookReader(ReadOptions.DEFAULTS.withMemory(limits)).read(SAMPLE)).isInstanceOf(SourceWorkbook.class);
        // the bounds stay within 4–64 MB and 50,000–1,000,000 whatever the heap
        assertThat(ReadOptions.memoryFor(8L << 20, 8).maxPartBytes()).isEqualTo(4L << 20);
        assertThat(ReadOptions.memoryFor(64L << 30, 1).maxPartBytes()).isEqualTo(64L << 20);
        assertThat(ReadOptions.memoryFor(8L << 20, 8).maxSheetCells()).isEqualTo(50_000);
        assertThat(ReadOptions.memoryFor(64L << 30, 1).maxSheetCells()).isEqualTo(1_000_000);
    }

    @Test
    void aLargeWellFormedSheetIsTooLargeNotCorrupt(@TempDir Path dir) throws IOException {
        Path rows = LargeWorkbooks.manyRows(dir.resolve("rows.xlsx"), 200_000);
        assertThat(Files.size(rows)).isLessThan(2L << 20);
        ReadOutcome outcome = new WorkbookReader(ReadOptions.DEFAULTS.withMemory(ReadOptions.memoryFor(64L << 20, 2))).read(rows);
        assertThat(outcome).isInstanceOfSatisfying(ReadFailure.class, failure -> {
            assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
            assertThat(failure.detail()).contains("xl/worksheets/sheet1.xml").contains("--max-part-mb");
        });
    }
}
