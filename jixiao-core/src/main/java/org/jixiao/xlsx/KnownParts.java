package org.jixiao.xlsx;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parts already inflated, CRC-checked and found well-formed in this JVM, remembered by their stored (still
 * compressed) bytes and zip-directory facts. Workbooks made by one producer carry the same theme, document
 * properties and relationships byte for byte, so a batch checks each such part once rather than in every
 * workbook: a part whose method, CRC, sizes and stored bytes all equal a remembered one inflates to the same
 * bytes and passes the same checks. What a parser made of such a part (its cell formats, the layout of its
 * stylesheet) is kept the same way, when the parser depends on the part's bytes alone and makes an immutable
 * value. Bounded (a few hundred small parts; 4 MB of stored bytes and of the text parsed values come from);
 * thread-safe.
 */
final class KnownParts {

    /** Parts above this stored size are always checked afresh: they are rarely shared, and cost memory. */
    static final int MAX_STORED_BYTES = 64 * 1024;
    /**
     * Parts above this size, uncompressed, are always parsed afresh: what a parser makes of a part grows with its
     * text (a stylesheet bloated to tens of thousands of formats), and the budget below counts the text.
     */
    static final int MAX_PARSED_BYTES = 256 * 1024;
    private static final int MAX_PARTS = 256;
    /** All remembered stored bytes, and the text of every parsed value, together stay under this. */
    private static final long MAX_TOTAL_BYTES = 4L << 20;
    private static final java.util.concurrent.atomic.AtomicLong TOTAL_BYTES = new java.util.concurrent.atomic.AtomicLong();

    /** What, besides the stored bytes, decides how a part inflates and whether the lean limits let it through. */
    private record Key(int method, long crc, long compressedSize, long size, long maxPartBytes) {
    }

    private static final Map<Key, byte[]> WELL_FORMED = new ConcurrentHashMap<>();

    /** A parsed part: what it was parsed into, and the stored bytes it was parsed from. */
    private record Parsed(byte[] stored, Object value) {
    }

    /** The kind of value (a parser's result type) and the part's facts. */
    private record ParsedKey(Class<?> type, Key key) {
    }

    private static final Map<ParsedKey, Parsed> PARSED = new ConcurrentHashMap<>();

    /** Reads a part's bytes into a value, which must depend on nothing else (the name is for messages). */
    interface Parser<T> {
        T parse(String part, byte[] bytes) throws NotLean;
    }

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
        if (entry == null || entry.compressedSize() > MAX_STORED_BYTES || WELL_FORMED.size() >= MAX_PARTS
                || !reserve(entry.compressedSize())) {
            return;
        }
        int offset = ZipDirectory.dataOffset(pkg.content(), entry);
        if (WELL_FORMED.putIfAbsent(key(pkg, entry),
                Arrays.copyOfRange(pkg.content(), offset, offset + (int) entry.compressedSize())) != null) {
            TOTAL_BYTES.addAndGet(-entry.compressedSize()); // another thread remembered it first
        }
    }

    /**
     * The part parsed into a {@code type}: by {@code parser} from its bytes, or as it was for an identical part
     * (same stored bytes and directory facts) parsed before. The value must be immutable: it is shared.
     */
    static <T> T parsed(XlsxPackage pkg, String part, Class<T> type, Parser<T> parser) throws NotLean {
        ZipDirectory.Entry entry = pkg.entry(part);
        if (entry == null || entry.compressedSize() > MAX_STORED_BYTES || entry.size() > MAX_PARSED_BYTES) {
            return parser.parse(part, pkg.bytes(part));
        }
        ParsedKey key = new ParsedKey(type, key(pkg, entry));
        int offset = ZipDirectory.dataOffset(pkg.content(), entry);
        Parsed known = PARSED.get(key);
        if (known != null && Arrays.equals(pkg.content(), offset, offset + known.stored().length, known.stored(), 0,
                known.stored().length)) {
            return type.cast(known.value());
        }
        T value = parser.parse(part, pkg.bytes(part));
        // counted by the text it was parsed from (the value's size follows it), with the stored bytes kept
        long cost = entry.compressedSize() + entry.size();
        if (PARSED.size() < MAX_PARTS && reserve(cost)) {
            if (PARSED.putIfAbsent(key, new Parsed(Arrays.copyOfRange(pkg.content(), offset,
                    offset + (int) entry.compressedSize()), value)) != null) {
                TOTAL_BYTES.addAndGet(-cost);
            }
        }
        return value;
    }

    /** Counts {@code bytes} against the budget, or says there is no room for them. */
    private static boolean reserve(long bytes) {
        if (TOTAL_BYTES.addAndGet(bytes) <= MAX_TOTAL_BYTES) {
            return true;
        }
        TOTAL_BYTES.addAndGet(-bytes);
        return false;
    }

    private static Key key(XlsxPackage pkg, ZipDirectory.Entry entry) {
        return new Key(entry.method(), entry.crc(), entry.compressedSize(), entry.size(), pkg.limits().maxPartBytes());
    }

    /** Forgets every part; for tests. */
    static void clear() {
        WELL_FORMED.clear();
        PARSED.clear();
        TOTAL_BYTES.set(0);
    }
}
