package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/** Parts are inflated from the package's bytes into arrays of the declared size; a mismatch is NotLean. */
class XlsxPackageInflateTest {

    private static final byte[] TYPES = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "</Types>").getBytes(StandardCharsets.UTF_8);

    private static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        byte[] out = new byte[content.length + 64];
        int n = deflater.deflate(out);
        deflater.end();
        return Arrays.copyOf(out, n);
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** A package whose [Content_Types].xml directory entry declares {@code declared} bytes (CRC to match). */
    private static byte[] packageDeclaring(int declared, int method) throws IOException {
        byte[] stored = method == ZipEntry.DEFLATED ? deflate(TYPES) : TYPES;
        byte[] padded = Arrays.copyOf(TYPES, Math.max(declared, TYPES.length));
        try (ZipWriter zip = new ZipWriter(1024)) {
            zip.raw("[Content_Types].xml", method, crc(padded, declared), declared, ZipWriter.dosTime(0), stored, 0,
                    stored.length);
            return zip.finish();
        }
    }

    @Test
    void aPartOfTheDeclaredSizeIsReadAndTheRestOfThePackageDecides() throws IOException {
        // the content types inflate fine; the package then fails for its missing _rels/.rels, not for sizes
        assertThatThrownBy(() -> XlsxPackage.open(packageDeclaring(TYPES.length, ZipEntry.DEFLATED)))
                .isInstanceOf(NotLean.class).hasMessageNotContaining("size");
        assertThatThrownBy(() -> XlsxPackage.open(packageDeclaring(TYPES.length, ZipEntry.STORED)))
                .isInstanceOf(NotLean.class).hasMessageNotContaining("size");
    }

    @Test
    void aPartLongerOrShorterThanDeclaredIsNotLean() {
        for (int declared : new int[] {TYPES.length - 1, 10, TYPES.length + 1, TYPES.length + 500}) {
            assertThatThrownBy(() -> XlsxPackage.open(packageDeclaring(declared, ZipEntry.DEFLATED)))
                    .as("declared %d of %d", declared, TYPES.length)
                    .isInstanceOf(NotLean.class).hasMessageContaining("differs from the zip directory");
        }
        assertThatThrownBy(() -> XlsxPackage.open(packageDeclaring(TYPES.length + 1, ZipEntry.STORED)))
                .isInstanceOf(NotLean.class);
    }

    @Test
    void aDamagedStreamIsNotLean() throws IOException {
        byte[] archive = packageDeclaring(TYPES.length, ZipEntry.DEFLATED);
        // local header 30 bytes + name: the first bytes of the deflate stream; 0xFF there is an invalid block type
        int data = 30 + "[Content_Types].xml".length();
        archive[data] = (byte) 0xFF;
        assertThat(archive.length).isGreaterThan(data);
        assertThatThrownBy(() -> XlsxPackage.open(archive)).isInstanceOf(NotLean.class);
    }

    @Test
    void aLocalHeaderThatDisagreesWithTheDirectoryIsNotLean() throws IOException {
        // POI reads a package from its local headers: another method or name there must not read differently here
        for (int at : new int[] {8, 30, 0}) {
            byte[] archive = packageDeclaring(TYPES.length, ZipEntry.DEFLATED);
            archive[at] ^= 0x21;
            assertThatThrownBy(() -> XlsxPackage.open(archive)).as("byte %d of the local header", at)
                    .isInstanceOf(NotLean.class).hasMessageContaining("local header does not match the directory");
        }
    }
}
