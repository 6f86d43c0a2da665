package org.jixiao.read;

import java.util.List;
import java.util.concurrent.Semaphore;

import org.jixiao.xlsx.LeanLimits;
import org.jixiao.xlsx.NotLean;
import org.jixiao.xlsx.ZipDirectory;

/**
 * The heap POI's object model may take, shared by every reader and writer in this JVM: before a workbook is
 * loaded through POI's usermodel, its cost is estimated from sizes known without inflating anything (the zip
 * directory's uncompressed sizes for an .xlsx, the file size for an .xls) and admitted against this budget. A
 * workbook that could never fit is refused as too large; one that fits waits until the workbooks being loaded
 * by other workers are done, so two workers never build two large DOMs at once. Thread-safe.
 */
public final class PoiMemory {

    /** POI's DOM for an .xlsx takes roughly ten times its XML (xmlbeans objects per cell and per attribute). */
    static final int XLSX_FACTOR = 10;
    /** HSSF's records for an .xls take roughly six times the file. */
    static final int XLS_FACTOR = 6;
    private static final int KB = 1024;

    private static final PoiMemory SHARED = new PoiMemory(Runtime.getRuntime().maxMemory() / 2);

    private final long budgetBytes;
    private final Semaphore kilobytes;

    PoiMemory(long budgetBytes) {
        this.budgetBytes = budgetBytes;
        this.kilobytes = new Semaphore((int) Math.min(Integer.MAX_VALUE, budgetBytes / KB), true);
    }

    /** The budget of this JVM: half its maximum heap. */
    public static PoiMemory shared() {
        return SHARED;
    }

    /** Memory admitted for one workbook, given back on close. */
    public final class Ticket implements AutoCloseable {
        private int permits;

        private Ticket(int permits) {
            this.permits = permits;
        }

        @Override
        public void close() {
            kilobytes.release(permits);
            permits = 0;
        }
    }

    /**
     * Admits a workbook estimated at {@code estimateBytes}, waiting for workbooks other workers are loading;
     * refuses one larger than the whole budget.
     *
     * @throws TooLarge when the workbook could not fit even alone
     */
    Ticket admit(String what, long estimateBytes) throws TooLarge, InterruptedException {
        if (estimateBytes > budgetBytes) {
            throw new TooLarge(what + " 经 POI 读取约需 " + LeanLimits.megabytes(estimateBytes) + " 内存，超过可用的 "
                    + LeanLimits.megabytes(budgetBytes) + "（最大堆的一半）；请用 JIXIAO_JAVA_OPTS=-Xmx2g 等加大内存 / "
                    + "reading it through POI needs about " + LeanLimits.megabytes(estimateBytes) + ", more than the "
                    + LeanLimits.megabytes(budgetBytes) + " available (half the heap); raise -Xmx");
        }
        int permits = (int) Math.max(1, estimateBytes / KB);
        kilobytes.acquire(permits);
        return new Ticket(permits);
    }

    /** Admits the POI object model of a workbook that was read, for a writer that loads it again. */
    public Ticket admit(SourceWorkbook source) throws TooLarge, InterruptedException {
        String name = source.file().getFileName() == null ? source.file().toString() : source.file().getFileName().toString();
        return admit(name, source.format() == SpreadsheetFormat.XLS ? estimateXls(source.content())
                : estimateXlsx(source.content()));
    }

    /** What POI's usermodel would take for this .xlsx: ten times its XML parts' uncompressed size. */
    static long estimateXlsx(byte[] content) {
        try {
            List<ZipDirectory.Entry> entries = ZipDirectory.read(content);
            long xml = 0;
            for (ZipDirectory.Entry entry : entries) {
                String name = entry.name();
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    xml += entry.size();
                }
            }
            return xml * XLSX_FACTOR;
        } catch (NotLean e) {
            // a zip we cannot list: POI will judge it, at the cost of its compressed size
            return (long) content.length * XLSX_FACTOR;
        }
    }

    /** What HSSF would take for this .xls. */
    static long estimateXls(byte[] content) {
        return (long) content.length * XLS_FACTOR;
    }

    /** A workbook whose POI object model would not fit in the budget. */
    public static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
