package org.jixiao.xlsx;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deflated bytes of small parts recently written, shared by every archive of the process. A batch over one
 * template writes the same [Content_Types].xml, workbook.xml, relationships and styles.xml into every filled copy,
 * and for parts that small zlib spends most of its time building Huffman trees, not matching: about a tenth of a
 * millisecond per workbook. Deflating is deterministic, so a copy from here is the same bytes deflating would give.
 * Bounded: parts up to {@link #MAX_PART} bytes, at most {@link #MAX_ENTRIES} of them; when it is full it starts
 * again empty, so a batch that moves on to another template soon keeps that template's parts instead. Thread-safe.
 */
final class DeflatedParts {

    static final int MAX_PART = 8 * 1024;
    static final int MAX_ENTRIES = 256;

    /** A part's content and what deflating it gave. */
    private record Entry(byte[] content, byte[] deflated) {
    }

    private static final Map<Long, Entry> RECENT = new ConcurrentHashMap<>();

    private DeflatedParts() {
    }

    /** The deflated form of {@code content} if it was stored before; {@code crc} is its CRC-32. */
    static Optional<byte[]> find(byte[] content, long crc) {
        Entry entry = RECENT.get(key(content, crc));
        return entry != null && Arrays.equals(entry.content(), content) ? Optional.of(entry.deflated())
                : Optional.empty();
    }

    /** Keeps the deflated form of a small part for the next archive; the arrays must not change afterwards. */
    static void store(byte[] content, long crc, byte[] deflated) {
        if (content.length > MAX_PART) {
            return;
        }
        if (RECENT.size() >= MAX_ENTRIES) {
            RECENT.clear();
        }
        RECENT.putIfAbsent(key(content, crc), new Entry(content, deflated));
    }

    static void clear() {
        RECENT.clear();
    }

    private static Long key(byte[] content, long crc) {
        return crc << 32 ^ content.length;
    }
}
