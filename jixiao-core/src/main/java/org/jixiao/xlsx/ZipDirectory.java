package org.jixiao.xlsx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The central directory of a zip held in memory, as an .xlsx needs it: names, methods, CRCs, sizes and where
 * each local header starts. Anything an ordinary package does not use — zip64, several disks, encryption, data
 * before the archive, names neither UTF-8-flagged nor ASCII — is {@link NotLean}, so POI decides those files.
 * commons-compress's general reader (extra fields, name encodings, a seekable channel) was a tenth of reading a
 * small workbook.
 */
public final class ZipDirectory {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_RECORD = 22;
    private static final int ENTRY_RECORD = 46;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int ENCRYPTED = 1;
    private static final int STRONG_ENCRYPTION = 1 << 6;
    private static final int UTF8_NAME = 1 << 11;

    /**
     * One entry. {@code dosTime} is the MS-DOS date and time as stored (date in the high 16 bits), so a copy
     * keeps it exactly.
     */
    public record Entry(String name, byte[] rawName, int method, long crc, long compressedSize, long size,
                        long localHeaderOffset, int dosTime) {
    }

    private ZipDirectory() {
    }

    /** The entries in the order their data is stored (local header offset). */
    public static List<Entry> read(byte[] zip) throws NotLean {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = endRecord(buffer, zip.length);
        if (end >= 20 && buffer.getInt(end - 20) == ZIP64_LOCATOR) {
            throw new NotLean("zip64 archive");
        }
        if (Short.toUnsignedInt(buffer.getShort(end + 4)) != 0 || Short.toUnsignedInt(buffer.getShort(end + 6)) != 0) {
            throw new NotLean("zip split over several disks");
        }
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        long size = Integer.toUnsignedLong(buffer.getInt(end + 12));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        if (count != Short.toUnsignedInt(buffer.getShort(end + 8)) || offset + size != end) {
            // a directory that does not end where the end record starts: data before the archive, or damage
            throw new NotLean("central directory not where the end record says");
        }
        List<Entry> entries = new ArrayList<>(count);
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + ENTRY_RECORD > end || buffer.getInt(at) != DIRECTORY_ENTRY) {
                throw new NotLean("damaged central directory entry " + i);
            }
            int flags = Short.toUnsignedInt(buffer.getShort(at + 8));
            if ((flags & (ENCRYPTED | STRONG_ENCRYPTION)) != 0) {
                throw new NotLean("encrypted zip entry");
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            int next = at + ENTRY_RECORD + nameLength + Short.toUnsignedInt(buffer.getShort(at + 30))
                    + Short.toUnsignedInt(buffer.getShort(at + 32));
            if (next > end) {
                throw new NotLean("damaged central directory entry " + i);
            }
            byte[] rawName = java.util.Arrays.copyOfRange(zip, at + ENTRY_RECORD, at + ENTRY_RECORD + nameLength);
            if ((flags & UTF8_NAME) == 0 && !ascii(rawName)) {
                throw new NotLean("zip entry name in a legacy encoding");
            }
            long localHeader = Integer.toUnsignedLong(buffer.getInt(at + 42));
            if (localHeader >= offset) {
                throw new NotLean("local header offset past the data");
            }
            entries.add(new Entry(new String(rawName, StandardCharsets.UTF_8), rawName,
                    Short.toUnsignedInt(buffer.getShort(at + 10)), Integer.toUnsignedLong(buffer.getInt(at + 16)),
                    Integer.toUnsignedLong(buffer.getInt(at + 20)), Integer.toUnsignedLong(buffer.getInt(at + 24)),
                    localHeader, buffer.getInt(at + 12)));
            at = next;
        }
        entries.sort(Comparator.comparingLong(Entry::localHeaderOffset));
        return entries;
    }

    /** Where the end-of-central-directory record starts: the last one whose comment reaches the end of the file. */
    private static int endRecord(ByteBuffer buffer, int length) throws NotLean {
        for (int at = length - END_RECORD; at >= Math.max(0, length - END_RECORD - MAX_COMMENT); at--) {
            if (buffer.getInt(at) == END_OF_DIRECTORY
                    && at + END_RECORD + Short.toUnsignedInt(buffer.getShort(at + 20)) == length) {
                return at;
            }
        }
        throw new NotLean("no zip end record");
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where an entry's stored (still compressed) bytes start in {@code zip}: after its local header, whose name
     * and extra field lengths are its own.
     */
    static int dataOffset(byte[] zip, Entry entry) throws NotLean {
        long at = entry.localHeaderOffset();
        if (at < 0 || at + 30 > zip.length) {
            throw new NotLean("local header out of range: " + entry.name());
        }
        ByteBuffer header = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        long start = at + 30L + Short.toUnsignedInt(header.getShort((int) at + 26))
                + Short.toUnsignedInt(header.getShort((int) at + 28));
        if (start + entry.compressedSize() > zip.length) {
            throw new NotLean("part data out of range: " + entry.name());
        }
        return (int) start;
    }

    /**
     * An entry's bytes, inflated straight from {@code zip} into an array of the size the directory declares (a
     * stream stack per part allocated about thirty times the bytes of a small package). An entry that does not
     * end exactly where the directory says is NotLean; the caller bounds the declared size first.
     */
    static byte[] inflate(byte[] zip, Entry entry) throws NotLean {
        int offset = dataOffset(zip, entry);
        int stored = (int) entry.compressedSize();
        byte[] data = new byte[(int) entry.size()];
        switch (entry.method()) {
            case java.util.zip.ZipEntry.STORED -> {
                if (stored != data.length) {
                    throw new NotLean("stored part size differs from the zip directory: " + entry.name());
                }
                System.arraycopy(zip, offset, data, 0, stored);
            }
            case java.util.zip.ZipEntry.DEFLATED -> {
                java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
                try {
                    inflater.setInput(zip, offset, stored);
                    int n = 0;
                    while (n < data.length) {
                        int got = inflater.inflate(data, n, data.length - n);
                        if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                            break;
                        }
                        n += got;
                    }
                    // the stream must end exactly at the declared size: one more byte out means it is longer
                    boolean longer = !inflater.finished() && inflater.inflate(new byte[1]) > 0;
                    if (n != data.length || longer || !inflater.finished()) {
                        throw new NotLean("part size differs from the zip directory: " + entry.name());
                    }
                } catch (java.util.zip.DataFormatException e) {
                    throw new NotLean("cannot inflate " + entry.name() + ": " + e.getMessage());
                } finally {
                    inflater.end();
                }
            }
            default -> throw new NotLean("compression method " + entry.method() + " in " + entry.name());
        }
        return data;
    }
}
