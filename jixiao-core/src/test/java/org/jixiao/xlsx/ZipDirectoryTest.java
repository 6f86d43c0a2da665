package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** The central directory read without commons-compress; anything unusual is NotLean so POI decides it. */
class ZipDirectoryTest {

    private static byte[] archive(String comment) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setComment(comment);
            for (String name : List.of("[Content_Types].xml", "xl/工作表.xml", "xl/workbook.xml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x>" + name + "</x>").repeat(20).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    /** Where the end-of-central-directory record of an archive without a comment starts. */
    private static int end(byte[] zip) {
        return zip.length - 22;
    }

    @Test
    void entriesWithNamesSizesAndOffsetsAsTheJdkWroteThem() throws Exception {
        byte[] zip = archive(null);
        List<ZipDirectory.Entry> entries = ZipDirectory.read(zip);
        assertThat(entries).extracting(ZipDirectory.Entry::name)
                .containsExactly("[Content_Types].xml", "xl/工作表.xml", "xl/workbook.xml");
        ZipDirectory.Entry sheet = entries.get(1);
        assertThat(sheet.method()).isEqualTo(ZipEntry.DEFLATED);
        assertThat(sheet.size()).isEqualTo(("<x>xl/工作表.xml</x>").getBytes(StandardCharsets.UTF_8).length * 20L);
        assertThat(sheet.compressedSize()).isPositive().isLessThan(sheet.size());
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (ZipDirectory.Entry entry : entries) {
            assertThat(b.getInt((int) entry.localHeaderOffset())).isEqualTo(0x04034b50);
        }
        assertThat(entries.get(0).localHeaderOffset()).isZero();
        assertThat(entries).isSortedAccordingTo((x, y) -> Long.compare(x.localHeaderOffset(), y.localHeaderOffset()));
    }

    @Test
    void anArchiveCommentIsSkipped() throws Exception {
        assertThat(ZipDirectory.read(archive("说明 comment PK\u0005\u0006 inside"))).hasSize(3);
    }

    @Test
    void unusualArchivesAreNotLean() throws Exception {
        byte[] zip = archive(null);
        byte[] prefixed = new byte[zip.length + 5];
        System.arraycopy(zip, 0, prefixed, 5, zip.length);
        assertThatThrownBy(() -> ZipDirectory.read(prefixed)).isInstanceOf(NotLean.class)
                .hasMessageContaining("central directory");
        byte[] encrypted = zip.clone();
        int centralAt = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).getInt(end(zip) + 16);
        encrypted[centralAt + 8] |= 1;
        assertThatThrownBy(() -> ZipDirectory.read(encrypted)).isInstanceOf(NotLean.class).hasMessageContaining("encrypted");
        byte[] legacyName = zip.clone();
        legacyName[centralAt + 9] &= ~(1 << 3); // clear the UTF-8 flag (bit 11) of the first entry…
        int nameAt = centralAt + 46;
        legacyName[nameAt] = (byte) 0xB9; // …and give it a byte that is not ASCII
        assertThatThrownBy(() -> ZipDirectory.read(legacyName)).isInstanceOf(NotLean.class).hasMessageContaining("legacy");
        byte[] zip64 = Arrays.copyOf(zip, zip.length);
        ByteBuffer.wrap(zip64).order(ByteOrder.LITTLE_ENDIAN).putInt(end(zip) - 20, 0x07064b50);
        assertThatThrownBy(() -> ZipDirectory.read(zip64)).isInstanceOf(NotLean.class).hasMessageContaining("zip64");
        assertThatThrownBy(() -> ZipDirectory.read(Arrays.copyOf(zip, zip.length - 1))).isInstanceOf(NotLean.class);
        assertThatThrownBy(() -> ZipDirectory.read(new byte[10])).isInstanceOf(NotLean.class);
    }
}
