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
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
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
        return Arrays.copyOf(channel.array(), (int) channel.size());
    }

    private static void deflated(ZipArchiveOutputStream zip, String name, byte[] content) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putArchiveEntry(entry);
        zip.write(content);
        zip.closeArchiveEntry();
    }
}
