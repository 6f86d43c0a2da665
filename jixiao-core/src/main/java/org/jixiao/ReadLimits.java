package org.jixiao;

import org.jixiao.read.ReadOptions;
import org.jixiao.xlsx.LeanLimits;

/**
 * What one workbook may cost to read. A file, XML part or sheet beyond a limit is not read: its
 * {@link WorkbookScore#failure()} is {@link org.jixiao.model.FailureReason#TOO_LARGE}, naming the part or sheet
 * and the limit, and the rest of a batch goes on. Immutable and thread-safe.
 *
 * @param maxFileBytes    the largest file read at all
 * @param maxRowsPerSheet rows beyond this are not scanned for tables (reported as a problem on the sheet)
 * @param maxColumns      columns beyond this are not scanned
 * @param maxPartBytes    the largest uncompressed XML part of an .xlsx
 * @param maxSheetRows    the most rows one sheet may hold
 * @param maxSheetCells   the most cells one sheet may hold
 */
public record ReadLimits(long maxFileBytes, int maxRowsPerSheet, int maxColumns, long maxPartBytes, int maxSheetRows,
                         int maxSheetCells) {

    /**
     * Checks that every limit is positive.
     *
     * @param maxFileBytes see {@link #maxFileBytes()}
     * @param maxRowsPerSheet see {@link #maxRowsPerSheet()}
     * @param maxColumns see {@link #maxColumns()}
     * @param maxPartBytes see {@link #maxPartBytes()}
     * @param maxSheetRows see {@link #maxSheetRows()}
     * @param maxSheetCells see {@link #maxSheetCells()}
     * @throws IllegalArgumentException when one is zero or negative, naming it
     */
    public ReadLimits {
        positive("maxFileBytes", maxFileBytes);
        positive("maxRowsPerSheet", maxRowsPerSheet);
        positive("maxColumns", maxColumns);
        positive("maxPartBytes", maxPartBytes);
        positive("maxSheetRows", maxSheetRows);
        positive("maxSheetCells", maxSheetCells);
    }

    /**
     * 64 MB files, 20,000 rows and 64 columns scanned per sheet (far beyond any real 自评表), and part, row and cell
     * bounds fitted to this JVM's heap for one workbook at a time.
     *
     * @return the default limits
     */
    public static ReadLimits defaults() {
        return of(ReadOptions.DEFAULTS);
    }

    /**
     * The same limits with another largest file.
     *
     * @param bytes the largest file read, in bytes
     * @return a new value
     */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxRowsPerSheet, maxColumns, maxPartBytes, maxSheetRows, maxSheetCells);
    }

    /**
     * The same limits with other bounds on one XML part and one sheet.
     *
     * @param partBytes  the largest uncompressed XML part
     * @param sheetRows  the most rows of one sheet
     * @param sheetCells the most cells of one sheet
     * @return a new value
     */
    public ReadLimits withSheetBounds(long partBytes, int sheetRows, int sheetCells) {
        return new ReadLimits(maxFileBytes, maxRowsPerSheet, maxColumns, partBytes, sheetRows, sheetCells);
    }

    static ReadLimits of(ReadOptions options) {
        LeanLimits memory = options.memory();
        return new ReadLimits(options.maxFileBytes(), options.maxRowsPerSheet(), options.maxColumns(),
                memory.maxPartBytes(), memory.maxSheetRows(), memory.maxSheetCells());
    }

    ReadOptions toOptions() {
        return new ReadOptions(maxFileBytes, maxRowsPerSheet, maxColumns, true,
                new LeanLimits(maxPartBytes, maxSheetRows, maxSheetCells));
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
