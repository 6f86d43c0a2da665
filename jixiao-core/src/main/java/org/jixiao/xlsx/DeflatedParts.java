package org.jixiao.xlsx;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deflated bytes of parts recently written more than once, shared by every archive of the process. A batch
 * over one template writes the same [Content_Types].xml, workbook.xml, relationships and styles.xml into every
 * filled copy, and the same VML drawing of the comments whenever the scoring-basis comments sit in the same cells
 * (17 KB for 30 indicators). zlib takes about a tenth of a batch's CPU, and parts like these were a good share
 * of it. Deflating is deterministic, so a copy from here is the same bytes deflating would give. A part is kept the second time it is deflated: the
 * sheets and comments that differ in every workbook are only remembered by key, not copied. Bounded: parts up to
 * {@link #MAX_PART} bytes, at most {@link #MAX_ENTRIES} kept and {@link #MAX_SEEN} keys remembered; when either
 * is full it starts again empty, so a batch that moves on to another template soon keeps that template's parts
 * instead. Thread-safe.
 */
final class DeflatedParts {

    static final int MAX_PART = 32 * 1024;
    static final int MAX_ENTRIES = 256;
    static final int MAX_SEEN = 4096;

    /** A part's content and what deflating it gave. */
    private record Entry(byte[] content, byte[] deflated) {
    }

    private static final Map<Long, Entry> RECENT = new ConcurrentHashMap<>();
    private static final Set<Long> SEEN = ConcurrentHashMap.newKeySet();

    private DeflatedParts() {
    }

    /** The deflated form of {@code content} if it was kept; {@code crc} is its CRC-32. */
    static Optional<byte[]> find(byte[] content, long crc) {
        Entry entry = RECENT.get(key(content, crc));
        return entry != null && Arrays.equals(entry.content(), content) ? Optional.of(entry.deflated())
                : Optional.empty();
    }

    /**
     * Tells the cache that {@code content} was just deflated to {@code deflated[from, to)}; copies of both are
     * kept if a part with the same CRC and length was deflated before.
     */
    static void deflated(byte[] content, long crc, byte[] deflated, int from, int to) {
        if (content.length > MAX_PART) {
            return;
        }
        Long key = key(content, crc);
        if (SEEN.size() >= MAX_SEEN) {
            SEEN.clear();
        }
        if (SEEN.add(key)) {
            return;
        }
        if (RECENT.size() >= MAX_ENTRIES) {
            RECENT.clear();
        }
        RECENT.putIfAbsent(key, new Entry(content.clone(), Arrays.copyOfRange(deflated, from, to)));
    }

    static void clear() {
        RECENT.clear();
        SEEN.clear();
    }

    private static Long key(byte[] content, long crc) {
        return crc << 32 ^ content.length;
    }
}
