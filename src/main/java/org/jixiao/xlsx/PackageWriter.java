package org.jixiao.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Writes a package back: parts that did not change are copied as stored, still compressed (no inflate, no
 * deflate); changed and new parts are deflated. Entry order is kept, new parts go last.
 */
public final class PackageWriter {

    private PackageWriter() {
    }

    public static byte[] write(XlsxPackage pkg, Map<String, byte[]> replaced, Map<String, byte[]> added) throws IOException {
        // sized up front: the channel copies its whole array on every write past its current size, which made
        // writing a small zip quadratic in its length
        long capacity = 64 * 1024;
        for (String name : pkg.partNames()) {
            capacity += 128 + 2L * name.length() + (replaced.containsKey(name) ? replaced.get(name).length
                    : pkg.entry(name).getCompressedSize());
        }
        for (Map.Entry<String, byte[]> part : added.entrySet()) {
            capacity += 128 + 2L * part.getKey().length() + part.getValue().length;
        }
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel((int) Math.min(capacity, Integer.MAX_VALUE - 16));
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (String name : pkg.partNames()) {
                byte[] changed = replaced.get(name);
                if (changed != null) {
                    deflated(zip, name, changed);
                } else {
                    ZipArchiveEntry original = pkg.entry(name);
                    ZipArchiveEntry copy = new ZipArchiveEntry(name);
                    copy.setMethod(original.getMethod());
                    copy.setCrc(original.getCrc());
                    copy.setSize(original.getSize());
                    copy.setCompressedSize(original.getCompressedSize());
                    copy.setTime(original.getTime());
                    zip.addRawArchiveEntry(copy, new ByteArrayInputStream(pkg.raw(name)));
                }
            }
            for (Map.Entry<String, byte[]> part : added.entrySet()) {
                deflated(zip, part.getKey(), part.getValue());
            }
        }
        // the archive ends where the writer stopped; the rest of the array is unused capacity
        return Arrays.copyOf(channel.array(), (int) channel.position());
    }

    private static void deflated(ZipArchiveOutputStream zip, String name, byte[] content) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putArchiveEntry(entry);
        zip.write(content);
        zip.closeArchiveEntry();
    }
}
