package org.jixiao.xlsx;

import java.io.IOException;
import java.util.Map;

/**
 * Writes a package back: parts that did not change are copied as stored, still compressed (no inflate, no
 * deflate); changed and new parts are deflated. Entry order is kept, new parts go last.
 */
public final class PackageWriter {

    private PackageWriter() {
    }

    public static byte[] write(XlsxPackage pkg, Map<String, byte[]> replaced, Map<String, byte[]> added) throws IOException {
        // sized for the usual case so the buffer seldom grows: copied parts as they are, generated XML deflated
        // to well under a third
        long capacity = 16 * 1024;
        for (String name : pkg.partNames()) {
            capacity += 128 + 2L * name.length() + (replaced.containsKey(name) ? replaced.get(name).length / 3
                    : pkg.entry(name).compressedSize());
        }
        for (Map.Entry<String, byte[]> part : added.entrySet()) {
            capacity += 128 + 2L * part.getKey().length() + part.getValue().length / 3;
        }
        try (ZipWriter zip = new ZipWriter((int) Math.min(capacity, Integer.MAX_VALUE - 16))) {
            for (String name : pkg.partNames()) {
                byte[] changed = replaced.get(name);
                if (changed != null) {
                    zip.deflated(name, changed);
                } else {
                    ZipDirectory.Entry original = pkg.entry(name);
                    zip.raw(name, original.method(), original.crc(), original.size(), original.dosTime(),
                            pkg.content(), pkg.dataOffset(name), (int) original.compressedSize());
                }
            }
            for (Map.Entry<String, byte[]> part : added.entrySet()) {
                zip.deflated(part.getKey(), part.getValue());
            }
            return zip.finish();
        }
    }
}
