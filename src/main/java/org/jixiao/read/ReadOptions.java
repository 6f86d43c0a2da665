package org.jixiao.read;

/**
 * Limits on what the reader takes in. Immutable and thread-safe.
 *
 * @param maxFileBytes     larger files are refused with {@link FailureReason#TOO_LARGE}
 * @param maxRowsPerSheet  rows beyond this are not scanned
 * @param maxColumns       columns beyond this are not scanned
 * @param lean             read .xlsx without POI's object model where possible (the same result, many times
 *                         faster); false forces POI, for comparison
 */
public record ReadOptions(long maxFileBytes, int maxRowsPerSheet, int maxColumns, boolean lean) {

    /** 64 MB files, 20,000 rows and 64 columns per sheet: far beyond any real 自评表. */
    public static final ReadOptions DEFAULTS = new ReadOptions(64L << 20, 20_000, 64, true);

    public ReadOptions(long maxFileBytes, int maxRowsPerSheet, int maxColumns) {
        this(maxFileBytes, maxRowsPerSheet, maxColumns, true);
    }

    /** The same limits, reading every file through POI. */
    public ReadOptions throughPoi() {
        return new ReadOptions(maxFileBytes, maxRowsPerSheet, maxColumns, false);
    }

    public ReadOptions {
        if (maxFileBytes <= 0 || maxRowsPerSheet <= 0 || maxColumns <= 0) {
            throw new IllegalArgumentException("read limits must be positive: " + maxFileBytes + ", "
                    + maxRowsPerSheet + ", " + maxColumns);
        }
    }
}
