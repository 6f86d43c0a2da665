package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipWriterTest {

    @TempDir
    Path tmp;

    /** Parts a package typically has: small XML, a larger repetitive sheet, a Chinese name, an empty part. */
    private static Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"urn:x\"/>".getBytes(StandardCharsets.UTF_8));
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData>");
        Random random = new Random(7);
        for (int r = 1; r <= 3000; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                    .append(random.nextInt(1000)).append("</v></c></row>");
        }
        parts.put("xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString()
                .getBytes(StandardCharsets.UTF_8));
        parts.put("xl/media/图片 一.bin", randomBytes(5000, 11));
        parts.put("docProps/empty.xml", new byte[0]);
        return parts;
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void deflatedPartsReadBackThroughTheJdkAndCommonsCompress() throws IOException {
        Map<String, byte[]> parts = parts();
        byte[] archive;
        try (ZipWriter zip = new ZipWriter(10)) { // a tiny initial buffer: growth is exercised too
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.deflated(part.getKey(), part.getValue());
            }
            archive = zip.finish();
        }
        Path file = Files.write(tmp.resolve("a.zip"), archive);
        try (ZipFile jdk = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            assertThat(jdk.stream().map(ZipEntry::getName)).containsExactlyElementsOf(parts.keySet());
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = jdk.getEntry(part.getKey());
                assertThat(entry.getMethod()).isEqualTo(ZipEntry.DEFLATED);
                assertThat(entry.getSize()).isEqualTo(part.getValue().length);
                assertThat(entry.getCrc()).isEqualTo(crc(part.getValue()));
                assertThat(jdk.getInputStream(entry).readAllBytes()).isEqualTo(part.getValue());
            }
        }
        // streaming readers rely on the sizes in the local headers, which are patched in after deflating
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = in.getNextEntry();
                assertThat(entry.getName()).isEqualTo(part.getKey());
                assertThat(entry.getCompressedSize()).isPositive();
                assertThat(in.readAllBytes()).isEqualTo(part.getValue());
            }
            assertThat(in.getNextEntry()).isNull();
        }
        try (org.apache.commons.compress.archivers.zip.ZipFile cc = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setByteArray(archive).get()) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                var entry = cc.getEntry(part.getKey());
                assertThat(cc.getInputStream(entry).readAllBytes()).isEqualTo(part.getValue());
            }
        }
    }

    @Test
    void rawCopiesKeepTheOriginalBytesMethodCrcAndTime() throws IOException, NotLean {
        // an archive written by the JDK, with one stored and one deflated entry and a time of its own
        long time = LocalDateTime.of(2022, 12, 31, 17, 45, 30).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        byte[] plainBytes = randomBytes(3000, 3);
        byte[] text = "指标 ".repeat(2000).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(original, StandardCharsets.UTF_8)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            ZipEntry plain = new ZipEntry("stored.bin");
            plain.setMethod(ZipEntry.STORED);
            plain.setSize(plainBytes.length);
            plain.setCrc(crc(plainBytes));
            plain.setTime(time);
            out.putNextEntry(plain);
            out.write(plainBytes);
            ZipEntry deflated = new ZipEntry("说明.xml");
            deflated.setTime(time);
            out.putNextEntry(deflated);
            out.write(text);
        }
        byte[] source = original.toByteArray();
        byte[] copy;
        try (ZipWriter zip = new ZipWriter(64)) {
            for (ZipDirectory.Entry entry : ZipDirectory.read(source)) {
                // copied from an offset into a larger array, as from the input's bytes
                int at = (int) entry.localHeaderOffset();
                int dataAt = at + 30 + entry.rawName().length + ((source[at + 28] & 0xFF) | (source[at + 29] & 0xFF) << 8);
                zip.raw(entry.name(), entry.method(), entry.crc(), entry.size(), entry.dosTime(), source, dataAt,
                        (int) entry.compressedSize());
            }
            zip.deflated("new.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
            copy = zip.finish();
        }
        Path file = Files.write(tmp.resolve("copy.zip"), copy);
        try (ZipFile jdk = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry plain = jdk.getEntry("stored.bin");
            assertThat(plain.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(plain.getCompressedSize()).isEqualTo(plainBytes.length);
            assertThat(jdk.getInputStream(plain).readAllBytes()).isEqualTo(plainBytes);
            ZipEntry deflated = jdk.getEntry("说明.xml");
            assertThat(deflated.getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(deflated.getCrc()).isEqualTo(crc(text));
            assertThat(jdk.getInputStream(deflated).readAllBytes()).isEqualTo(text);
            // DOS times have two-second steps: 17:45:30 survives exactly
            assertThat(deflated.getTime()).isEqualTo(time);
            assertThat(jdk.getInputStream(jdk.getEntry("new.xml")).readAllBytes()).isEqualTo("<x/>".getBytes(
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void dosTimePacksLocalDateAndTimeAndClampsBefore1980() {
        long millis = LocalDateTime.of(2022, 12, 31, 17, 45, 31).atZone(ZoneId.systemDefault()).toInstant()
                .toEpochMilli();
        int expectedDate = (2022 - 1980) << 9 | 12 << 5 | 31;
        int expectedTime = 17 << 11 | 45 << 5 | 31 / 2;
        assertThat(ZipWriter.dosTime(millis)).isEqualTo(expectedDate << 16 | expectedTime);
        assertThat(ZipWriter.dosTime(0)).isEqualTo((1 << 5 | 1) << 16);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
