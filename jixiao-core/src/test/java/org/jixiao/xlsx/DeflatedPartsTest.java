package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeflatedPartsTest {

    @BeforeEach
    @AfterEach
    void empty() {
        DeflatedParts.clear();
    }

    private static byte[] xml(String text) {
        return ("<?xml version=\"1.0\"?><Types>" + text + "</Types>").getBytes(StandardCharsets.UTF_8);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** What the JDK's own deflater gives for the part at level 1, raw: the bytes a cached copy must equal. */
    private static byte[] deflatedByTheJdk(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        deflater.setInput(content);
        deflater.finish();
        byte[] out = new byte[content.length + 64];
        int n = 0;
        while (!deflater.finished()) {
            n += deflater.deflate(out, n, out.length - n);
        }
        deflater.end();
        return Arrays.copyOf(out, n);
    }

    private static byte[] archiveOf(String name, byte[] content) throws IOException {
        try (ZipWriter zip = new ZipWriter(64)) {
            zip.deflated(name, content);
            return zip.finish();
        }
    }

    @Test
    void aPartIsKeptTheSecondTimeItIsWrittenAndCopiedFromThenOn() throws IOException {
        byte[] content = xml("<Default Extension=\"xml\" ContentType=\"application/xml\"/>".repeat(20));
        byte[] first = archiveOf("[Content_Types].xml", content);
        assertThat(DeflatedParts.find(content, crc(content))).isEmpty();
        byte[] second = archiveOf("[Content_Types].xml", content.clone());
        assertThat(DeflatedParts.find(content, crc(content))).contains(deflatedByTheJdk(content));
        byte[] third = archiveOf("[Content_Types].xml", content.clone());
        // the same archive every time, byte for byte, and a reader gets the content back
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(third))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo("[Content_Types].xml");
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aPartWrittenOnceIsNotCopiedIntoTheCache() throws IOException {
        byte[] sheet = xml("<row r=\"7\"><c r=\"H7\"><v>9.25</v></c></row>");
        byte[] other = xml("<row r=\"7\"><c r=\"H7\"><v>8.75</v></c></row>");
        archiveOf("xl/worksheets/sheet1.xml", sheet);
        archiveOf("xl/worksheets/sheet1.xml", other);
        assertThat(DeflatedParts.find(sheet, crc(sheet))).isEmpty();
        assertThat(DeflatedParts.find(other, crc(other))).isEmpty();
    }

    @Test
    void aPartOverTheLimitIsNotKept() throws IOException {
        byte[] big = new byte[DeflatedParts.MAX_PART + 1];
        new Random(3).nextBytes(big);
        archiveOf("xl/media/a.bin", big);
        archiveOf("xl/media/a.bin", big);
        assertThat(DeflatedParts.find(big, crc(big))).isEmpty();
        byte[] atLimit = Arrays.copyOf(big, DeflatedParts.MAX_PART);
        archiveOf("xl/media/b.bin", atLimit);
        archiveOf("xl/media/b.bin", atLimit);
        assertThat(DeflatedParts.find(atLimit, crc(atLimit))).isPresent();
    }

    /** Offers a part as if it had just been deflated to {@code deflated}, twice, so that it is kept. */
    private static void keep(byte[] content, long crc, byte[] deflated) {
        DeflatedParts.deflated(content, crc, deflated, 0, deflated.length);
        DeflatedParts.deflated(content, crc, deflated, 0, deflated.length);
    }

    @Test
    void aDifferentPartWithTheSameKeyIsNotTakenForIt() {
        byte[] stored = xml("a");
        byte[] other = xml("b"); // same length; given the same CRC below, as a real collision would have
        keep(stored, 42, new byte[] {1, 2, 3});
        assertThat(DeflatedParts.find(stored, 42)).contains(new byte[] {1, 2, 3});
        assertThat(DeflatedParts.find(other, 42)).isEmpty();
    }

    @Test
    void aFullCacheStartsAgainSoNewPartsAreStillKept() {
        for (int i = 0; i < DeflatedParts.MAX_ENTRIES; i++) {
            keep(xml("part " + i), i, new byte[] {(byte) i});
        }
        byte[] late = xml("a part of the next template");
        keep(late, 7_000_000, new byte[] {9});
        assertThat(DeflatedParts.find(late, 7_000_000)).contains(new byte[] {9});
        assertThat(DeflatedParts.find(xml("part 0"), 0)).isEmpty();
    }

    @Test
    void aFullSetOfKeysStartsAgainAndStillKeepsARepeatedPart() {
        for (int i = 0; i < DeflatedParts.MAX_SEEN; i++) {
            DeflatedParts.deflated(xml("once " + i), i, new byte[] {1}, 0, 1);
        }
        byte[] repeated = xml("written in every workbook");
        keep(repeated, 8_000_000, new byte[] {5});
        assertThat(DeflatedParts.find(repeated, 8_000_000)).contains(new byte[] {5});
    }
}
