package org.jixiao.read;

import org.jixiao.model.FailureReason;
import org.jixiao.xlsx.LeanLimits;

/**
 * Limits on what the reader takes in, and so on the memory one workbook may cost. Immutable and thread-safe.
 *
 * @param maxFileBytes     larger files are refused with {@link FailureReason#TOO_LARGE}
 * @param maxRowsPerSheet  rows beyond this are not scanned for tables (reported as SHEET_TRUNCATED)
 * @param maxColumns       columns beyond this are not scanned
 * @param lean             read .xlsx without POI's object model where possible (the same result, many times
 *                         faster); false forces POI, for comparison
 * @param memory           the uncompressed size of one XML part and the rows and cells of one sheet that are
 *                         read at all; beyond them a workbook is refused with {@link FailureReason#TOO_LARGE}
 *                         naming the part or sheet and the bound, on the lean path and before POI loads it
 */
public record ReadOptions(long maxFileBytes, int maxRowsPerSheet, int maxColumns, boolean lean, LeanLimits memory) {

    private static final long MB = 1L << 20;

    /**
     * 64 MB files, 20,000 rows and 64 columns per sheet (far beyond any real 自评表), and memory bounds for one
     * worker in this JVM's heap ({@link #memoryFor}).
     */
    public static final ReadOptions DEFAULTS = new ReadOptions(64L << 20, 20_000, 64, true,
            memoryFor(Runtime.getRuntime().maxMemory(), 1));

    ReadOptions(long maxFileBytes, int maxRowsPerSheet, int maxColumns) {
        this(maxFileBytes, maxRowsPerSheet, maxColumns, true, DEFAULTS.memory());
    }

    public ReadOptions {
        if (maxFileBytes <= 0 || maxRowsPerSheet <= 0 || maxColumns <= 0) {
            throw new IllegalArgumentException("read limits must be positive: " + maxFileBytes + ", "
                    + maxRowsPerSheet + ", " + maxColumns);
        }
        java.util.Objects.requireNonNull(memory, "memory");
    }

    /** The same limits, reading every file through POI. */
    public ReadOptions throughPoi() {
        return new ReadOptions(maxFileBytes, maxRowsPerSheet, maxColumns, false, memory);
    }

    /** The same limits with other memory bounds. */
    public ReadOptions withMemory(LeanLimits memory) {
        return new ReadOptions(maxFileBytes, maxRowsPerSheet, maxColumns, lean, memory);
    }

    /**
     * Memory bounds for {@code workers} workbooks read at once in a heap of {@code heapBytes}: each worker's share
     * of the heap holds one XML part of at most an eighth of it (4–64 MB: a real 自评表's sheet is under 1 MB,
     * and inflated bytes, cells and their strings together take several times the part), and a sheet's rows and
     * cells at about 256 bytes each (50,000 – 1,000,000; Excel itself stops at 1,048,576 rows). 256 MB and two
     * workers: 16 MB, 524,288 rows and cells; the default heap of this 24 GB machine, one worker: 64 MB, 1,000,000.
     */
    public static LeanLimits memoryFor(long heapBytes, int workers) {
        long share = heapBytes / Math.max(1, workers);
        long part = Math.max(4 * MB, Math.min(64 * MB, share / 8));
        int cells = (int) Math.max(50_000, Math.min(1_000_000, share / 256));
        return new LeanLimits(part, cells, cells);
    }
}
