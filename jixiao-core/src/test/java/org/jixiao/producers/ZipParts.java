package org.jixiao.producers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The entries of a zip in their order, read into memory (commons-compress) and written back deflated
 * (java.util.zip). Test code.
 */
final class ZipParts {

    /** A fixed entry time, so that a rewritten package is the same bytes on every run. */
    private static final long TIME = 1_672_531_200_000L; // 2023-01-01T00:00:00Z

    private ZipParts() {
    }

    static LinkedHashMap<String, byte[]> read(byte[] zip) {
        LinkedHashMap<String, byte[]> parts = new LinkedHashMap<>();
        // through the central directory: java.util.zip.ZipInputStream refuses SXSSF's and fastexcel's entries
        // (sizes in a data descriptor after a local header that says 0)
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                try (InputStream data = in.getInputStream(entry)) {
                    parts.put(entry.getName(), data.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static byte[] write(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(TIME);
                out.putNextEntry(entry);
                out.write(part.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels");
    }
}
