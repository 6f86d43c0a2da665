package org.jixiao.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * The zip writer a filled copy needs, into a byte array: deflated new parts and unchanged parts copied still
 * compressed, UTF-8 names, sizes in the local headers, no zip64. The JDK's ZipOutputStream cannot copy an
 * entry without inflating and deflating it again, and commons-compress's general writer (name encodings, zip64
 * bookkeeping, a seekable channel) was a tenth of filling a workbook. Not thread-safe; one per archive; close
 * it to release the deflater's native memory.
 */
final class ZipWriter implements AutoCloseable {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int VERSION = 20;
    /** General-purpose flag bit 11: the name is UTF-8. */
    private static final int UTF8_NAMES = 1 << 11;
    private static final long MAX_32 = 0xFFFF_FFFFL;

    private record Central(byte[] name, int method, int dosTime, long crc, long compressed, long size, long offset) {
    }

    private final List<Central> central = new ArrayList<>();
    private final int dosNow = dosTime(System.currentTimeMillis());
    private Deflater deflater;
    private byte[] buffer;
    private int length;

    /** @param capacity the expected archive size, so the buffer seldom grows */
    ZipWriter(int capacity) {
        buffer = new byte[Math.max(capacity, 1024)];
    }

    /** Adds a part, deflated (or copied from {@link DeflatedParts} when the same part was deflated twice before). */
    void deflated(String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        byte[] encodedName = name.getBytes(StandardCharsets.UTF_8);
        int headerAt = length;
        Optional<byte[]> known = DeflatedParts.find(content, crc.getValue());
        if (known.isPresent()) {
            byte[] deflated = known.get();
            checkSize(name, deflated.length, content.length);
            localHeader(encodedName, ZipEntry.DEFLATED, dosNow, crc.getValue(), deflated.length, content.length);
            ensure(deflated.length);
            putBytes(deflated);
            central.add(new Central(encodedName, ZipEntry.DEFLATED, dosNow, crc.getValue(), deflated.length,
                    content.length, headerAt));
            return;
        }
        localHeader(encodedName, ZipEntry.DEFLATED, dosNow, 0, 0, 0);
        int dataAt = length;
        Deflater deflater = deflater();
        deflater.reset();
        deflater.setInput(content);
        deflater.finish();
        while (!deflater.finished()) {
            ensure(Math.max(4096, content.length / 4));
            length += deflater.deflate(buffer, length, buffer.length - length);
        }
        long compressed = length - dataAt;
        checkSize(name, compressed, content.length);
        // sizes and CRC are known only now: patch them into the local header
        putInt(headerAt + 14, (int) crc.getValue());
        putInt(headerAt + 18, (int) compressed);
        putInt(headerAt + 22, content.length);
        central.add(new Central(encodedName, ZipEntry.DEFLATED, dosNow, crc.getValue(), compressed, content.length,
                headerAt));
        DeflatedParts.deflated(content, crc.getValue(), buffer, dataAt, length);
    }

    /** Made on first use: an archive whose new parts were all deflated before needs none. */
    private Deflater deflater() {
        if (deflater == null) {
            deflater = new Deflater(Deflater.BEST_SPEED, true);
        }
        return deflater;
    }

    /**
     * Adds a part copied as stored in another archive: {@code length} compressed bytes of {@code source} from
     * {@code offset}, with the method, CRC, size and MS-DOS time that archive recorded.
     */
    void raw(String name, int method, long crc, long size, int dosTime, byte[] source, int offset, int length)
            throws IOException {
        checkSize(name, length, size);
        byte[] encodedName = name.getBytes(StandardCharsets.UTF_8);
        int headerAt = this.length;
        localHeader(encodedName, method, dosTime, crc, length, size);
        ensure(length);
        System.arraycopy(source, offset, buffer, this.length, length);
        this.length += length;
        central.add(new Central(encodedName, method, dosTime, crc, length, size, headerAt));
    }

    /** Writes the central directory and returns the archive. */
    byte[] finish() throws IOException {
        if (central.size() > 0xFFFF) {
            throw new IOException("too many parts for a zip without zip64: " + central.size());
        }
        int directoryAt = length;
        for (Central entry : central) {
            ensure(46 + entry.name().length);
            putInt(CENTRAL_HEADER);
            putShort(VERSION); // made by
            putShort(VERSION); // needed to extract
            putShort(UTF8_NAMES);
            putShort(entry.method());
            putInt(entry.dosTime());
            putInt((int) entry.crc());
            putInt((int) entry.compressed());
            putInt((int) entry.size());
            putShort(entry.name().length);
            putShort(0); // extra field
            putShort(0); // comment
            putShort(0); // disk
            putShort(0); // internal attributes
            putInt(0); // external attributes
            putInt((int) entry.offset());
            putBytes(entry.name());
        }
        int directorySize = length - directoryAt;
        ensure(22);
        putInt(END_OF_CENTRAL_DIRECTORY);
        putShort(0);
        putShort(0);
        putShort(central.size());
        putShort(central.size());
        putInt(directorySize);
        putInt(directoryAt);
        putShort(0);
        return Arrays.copyOf(buffer, length);
    }

    @Override
    public void close() {
        if (deflater != null) {
            deflater.end();
        }
    }

    private void localHeader(byte[] name, int method, int dosTime, long crc, long compressed, long size) {
        ensure(30 + name.length);
        putInt(LOCAL_HEADER);
        putShort(VERSION);
        putShort(UTF8_NAMES);
        putShort(method);
        putInt(dosTime);
        putInt((int) crc);
        putInt((int) compressed);
        putInt((int) size);
        putShort(name.length);
        putShort(0);
        putBytes(name);
    }

    private void checkSize(String name, long compressed, long size) throws IOException {
        if (compressed > MAX_32 || size > MAX_32 || length > Integer.MAX_VALUE - 1024) {
            throw new IOException("part too large for a zip without zip64: " + name);
        }
    }

    /** MS-DOS date and time in the local zone, as zip tools show them; 1980 is the earliest they hold. */
    static int dosTime(long millis) {
        LocalDateTime t = LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(millis), ZoneId.systemDefault());
        if (t.getYear() < 1980) {
            t = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        int date = (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
        int time = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() >> 1;
        return date << 16 | time;
    }

    private void ensure(int more) {
        if (buffer.length - length < more) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void putShort(int value) {
        buffer[length++] = (byte) value;
        buffer[length++] = (byte) (value >>> 8);
    }

    private void putInt(int value) {
        putInt(length, value);
        length += 4;
    }

    private void putInt(int at, int value) {
        buffer[at] = (byte) value;
        buffer[at + 1] = (byte) (value >>> 8);
        buffer[at + 2] = (byte) (value >>> 16);
        buffer[at + 3] = (byte) (value >>> 24);
    }

    private void putBytes(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }
}
