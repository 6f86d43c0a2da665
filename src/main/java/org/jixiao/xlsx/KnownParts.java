package org.jixiao.xlsx;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parts already inflated, CRC-checked and found well-formed in this JVM, remembered by their stored (still
 * compressed) bytes and zip-directory facts. Workbooks made by one producer carry the same theme, document
 * properties and relationships byte for byte, so a batch checks each such part once rather than in every
 * workbook: a part whose method, CRC, sizes and stored bytes all equal a remembered one inflates to the same
 * bytes and passes the same checks. Bounded (a few hundred small parts); thread-safe.
 */
final class KnownParts {

    /** Parts above this stored size are always checked afresh: they are rarely shared, and cost memory. */
    static final int MAX_STORED_BYTES = 64 * 1024;
    private static final int MAX_PARTS = 256;

    /** What, besides the stored bytes, decides how a part inflates and whether the lean limits let it through. */
    private record Key(int method, long crc, long compressedSize, long size, long maxPartBytes) {
    }

    private static final Map<Key, byte[]> WELL_FORMED = new ConcurrentHashMap<>();

    private KnownParts() {
    }

    /** Whether an identical part (same stored bytes and directory facts, same limits) was found well-formed. */
    static boolean wellFormed(XlsxPackage pkg, String part) throws NotLean {
        ZipDirectory.Entry entry = pkg.entry(part);
        if (entry == null || entry.compressedSize() > MAX_STORED_BYTES) {
            return false;
        }
        byte[] known = WELL_FORMED.get(key(pkg, entry));
        if (known == null) {
            return false;
        }
        int offset = ZipDirectory.dataOffset(pkg.content(), entry);
        return Arrays.equals(pkg.content(), offset, offset + known.length, known, 0, known.length);
    }

    /** Remembers a part just inflated, CRC-checked and found well-formed, while there is room. */
    static void rememberWellFormed(XlsxPackage pkg, String part) throws NotLean {
        ZipDirectory.Entry entry = pkg.entry(part);
        if (entry == null || entry.compressedSize() > MAX_STORED_BYTES || WELL_FORMED.size() >= MAX_PARTS) {
            return;
        }
        int offset = ZipDirectory.dataOffset(pkg.content(), entry);
        WELL_FORMED.putIfAbsent(key(pkg, entry),
                Arrays.copyOfRange(pkg.content(), offset, offset + (int) entry.compressedSize()));
    }

    private static Key key(XlsxPackage pkg, ZipDirectory.Entry entry) {
        return new Key(entry.method(), entry.crc(), entry.compressedSize(), entry.size(), pkg.limits().maxPartBytes());
    }

    /** Forgets every part; for tests. */
    static void clear() {
        WELL_FORMED.clear();
    }
}
