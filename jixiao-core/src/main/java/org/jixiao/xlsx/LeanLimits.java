package org.jixiao.xlsx;

/**
 * What the lean reader may hold in memory for one workbook: the uncompressed size of one XML part it loads
 * whole, and the rows and cells it keeps for one sheet. Beyond them a workbook is refused with
 * {@link NotLean.TooLarge}, before the memory is spent. Immutable and thread-safe.
 *
 * @param maxPartBytes  uncompressed bytes of one XML part (a worksheet, the shared strings, the styles)
 * @param maxSheetRows  row elements of one worksheet
 * @param maxSheetCells cell elements of one worksheet
 */
public record LeanLimits(long maxPartBytes, int maxSheetRows, int maxSheetCells) {

    /** No bound beyond the zip-bomb guard's 256 MB per part: for tests and callers that bound memory otherwise. */
    static final LeanLimits NONE = new LeanLimits(256L << 20, 1_048_576, Integer.MAX_VALUE);

    public LeanLimits {
        if (maxPartBytes <= 0 || maxSheetRows <= 0 || maxSheetCells <= 0) {
            throw new IllegalArgumentException("lean limits must be positive: " + maxPartBytes + ", " + maxSheetRows
                    + ", " + maxSheetCells);
        }
    }

    /** "93.6 MB" — sizes in messages people read. */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
