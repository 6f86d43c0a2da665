package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A part checked once is not checked again in an identical workbook, and never passes for a different one. */
class KnownPartsTest {

    private static final String APP = "docProps/app.xml";

    @AfterEach
    void forget() {
        KnownParts.clear();
    }

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(org.jixiao.Samples.DIR.resolve("national-project-clean.xlsx"));
    }

    /** The workbook with one part's content replaced, every other entry as it was. */
    private static byte[] withPart(byte[] workbook, String part, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(part) ? content.getBytes(StandardCharsets.UTF_8) : bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aPartAlreadyFoundWellFormedIsRecognisedInTheNextWorkbook() throws NotLean, IOException {
        byte[] workbook = sample();
        assertThat(KnownParts.wellFormed(XlsxPackage.open(workbook), APP)).isFalse();
        LeanWorkbook.open(workbook);
        assertThat(KnownParts.wellFormed(XlsxPackage.open(workbook), APP)).isTrue();
        // the same text stored by another producer (other compressed bytes) is checked afresh
        String app = new String(XlsxPackage.open(workbook).bytes(APP), StandardCharsets.UTF_8);
        assertThat(KnownParts.wellFormed(XlsxPackage.open(withPart(workbook, APP, app + " ")), APP)).isFalse();
    }

    @Test
    void aDamagedPartIsRefusedAfterAnIntactOneWasRemembered() throws NotLean, IOException {
        byte[] workbook = sample();
        LeanWorkbook.open(workbook);
        byte[] damaged = withPart(workbook, APP, "<Properties xmlns=\"x\"><Pages>1</Properties>");
        assertThatThrownBy(() -> LeanWorkbook.open(damaged)).isInstanceOf(NotLean.class);
        // and a damaged part is never remembered: the second try fails the same way
        assertThatThrownBy(() -> LeanWorkbook.open(damaged)).isInstanceOf(NotLean.class);
        assertThat(KnownParts.wellFormed(XlsxPackage.open(damaged), APP)).isFalse();
    }

    @Test
    void aChangedCrcInTheDirectoryIsNotTakenForTheRememberedPart() throws NotLean, IOException {
        byte[] workbook = sample();
        LeanWorkbook.open(workbook);
        XlsxPackage pkg = XlsxPackage.open(workbook);
        ZipDirectory.Entry entry = pkg.entry(APP);
        // flip one bit of the part's CRC in its local header and its central directory entry alike: the same
        // stored bytes under other directory facts, which must be inflated and checked, and fail
        byte[] copy = workbook.clone();
        copy[localCrc(copy, entry)] ^= 1;
        copy[centralEntry(copy, entry.rawName()) + 16] ^= 1;
        assertThat(KnownParts.wellFormed(XlsxPackage.open(copy), APP)).isFalse();
        assertThatThrownBy(() -> LeanWorkbook.open(copy)).isInstanceOf(NotLean.class).hasMessageContaining("CRC");
    }

    @Test
    void anIdenticalPartIsParsedOnceAndAnyOtherAfresh() throws NotLean, IOException {
        byte[] workbook = sample();
        String styles = "xl/styles.xml";
        int[] calls = {0};
        KnownParts.Parser<String> parser = (name, bytes) -> {
            calls[0]++;
            return new String(bytes, StandardCharsets.UTF_8);
        };
        String first = KnownParts.parsed(XlsxPackage.open(workbook), styles, String.class, parser);
        assertThat(KnownParts.parsed(XlsxPackage.open(workbook), styles, String.class, parser)).isSameAs(first);
        assertThat(calls[0]).isEqualTo(1);
        // another value type is parsed for itself
        assertThat(KnownParts.parsed(XlsxPackage.open(workbook), styles, CharSequence.class, (name, b) -> "other"))
                .isEqualTo("other");
        // one more space in the stylesheet: other stored bytes, parsed again, giving the changed text
        byte[] changed = withPart(workbook, styles, first + " ");
        assertThat(KnownParts.parsed(XlsxPackage.open(changed), styles, String.class, parser)).isEqualTo(first + " ");
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void aLargePartIsParsedAfreshEveryTime() throws NotLean, IOException {
        // a stylesheet grown past the size kept (300 KB that compress to about 20, under the stored-size bound and
        // the zip-bomb ratio): what it parses into would grow with it, so nothing is kept
        byte[] workbook = sample();
        String styles = "xl/styles.xml";
        String text = new String(XlsxPackage.open(workbook).bytes(styles), StandardCharsets.UTF_8);
        String padding = java.util.stream.IntStream.range(0, 7000).mapToObj(i -> " ".repeat(40) + i)
                .collect(java.util.stream.Collectors.joining());
        assertThat(padding.length()).isGreaterThan(KnownParts.MAX_PARSED_BYTES);
        byte[] bloated = withPart(workbook, styles, text + padding);
        assertThat(XlsxPackage.open(bloated).entry(styles).compressedSize()).isLessThan(KnownParts.MAX_STORED_BYTES);
        int[] calls = {0};
        KnownParts.Parser<Integer> parser = (name, bytes) -> ++calls[0];
        assertThat(KnownParts.parsed(XlsxPackage.open(bloated), styles, Integer.class, parser)).isEqualTo(1);
        assertThat(KnownParts.parsed(XlsxPackage.open(bloated), styles, Integer.class, parser)).isEqualTo(2);
        assertThat(KnownParts.parsed(XlsxPackage.open(workbook), styles, Integer.class, parser)).isEqualTo(3);
        assertThat(KnownParts.parsed(XlsxPackage.open(workbook), styles, Integer.class, parser)).isEqualTo(3);
    }

    @Test
    void aPartThatDoesNotParseIsNotRemembered() throws NotLean, IOException {
        byte[] workbook = sample();
        KnownParts.Parser<String> failing = (name, bytes) -> {
            throw new NotLean("refused");
        };
        assertThatThrownBy(() -> KnownParts.parsed(XlsxPackage.open(workbook), "xl/styles.xml", String.class, failing))
                .isInstanceOf(NotLean.class).hasMessage("refused");
        assertThat(KnownParts.parsed(XlsxPackage.open(workbook), "xl/styles.xml", String.class, (name, bytes) -> "read"))
                .isEqualTo("read");
    }

    @Test
    void aStylesheetSharedByTwoCopiesGivesEachTheSameNewFormats() throws NotLean, IOException {
        // the second copy's edits start from the layout read for the first: each appends its own formats
        byte[] workbook = sample();
        LeanWorkbook lean = LeanWorkbook.open(workbook);
        StyleEdits first = StyleEdits.of(lean.pkg(), "xl/styles.xml", lean.formats());
        int bold = first.bold();
        int centred = first.centred(bold, true);
        LeanWorkbook again = LeanWorkbook.open(workbook);
        assertThat(again.formats()).isSameAs(lean.formats());
        StyleEdits second = StyleEdits.of(again.pkg(), "xl/styles.xml", again.formats());
        assertThat(second.changed()).isFalse();
        assertThat(second.bold()).isEqualTo(bold);
        assertThat(second.centred(bold, true)).isEqualTo(centred);
        assertThat(second.apply()).isEqualTo(first.apply());
        assertThat(new StyleEdits(again.pkg().bytes("xl/styles.xml"), again.formats()).bold()).isEqualTo(bold);
    }

    @Test
    void relationshipsReadOnceAreResolvedForEachPartAnew() throws NotLean, IOException {
        byte[] workbook = sample();
        String rels = "xl/_rels/workbook.xml.rels";
        XlsxPackage pkg = XlsxPackage.open(workbook);
        java.util.Map<String, XlsxPackage.Relationship> inXl = pkg.relationships(rels, "xl/");
        java.util.Map<String, XlsxPackage.Relationship> elsewhere = XlsxPackage.open(workbook).relationships(rels, "other/");
        assertThat(inXl.keySet()).containsExactlyElementsOf(elsewhere.keySet());
        assertThat(inXl.values()).allSatisfy(r -> assertThat(r.target()).startsWith("xl/"));
        assertThat(elsewhere.values()).allSatisfy(r -> assertThat(r.target()).startsWith("other/"));
        // a relationship without a target still names its part, though the parse is shared
        String text = new String(pkg.bytes(rels), StandardCharsets.UTF_8).replaceFirst(" Target=\"[^\"]*\"", "");
        assertThatThrownBy(() -> XlsxPackage.open(withPart(workbook, rels, text)))
                .isInstanceOf(NotLean.class).hasMessage("incomplete relationship in " + rels);
    }

    @Test
    void contentTypesReadOnceStillCheckEveryPartOfEachPackage() throws NotLean, IOException {
        byte[] workbook = sample();
        XlsxPackage.open(workbook);
        // the same [Content_Types].xml beside a part it gives no type: refused, though its types are known
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/extra.unknown"));
            zip.write(1);
            zip.closeEntry();
        }
        assertThatThrownBy(() -> XlsxPackage.open(out.toByteArray())).isInstanceOf(NotLean.class)
                .hasMessage("no content type for xl/extra.unknown");
        assertThat(XlsxPackage.open(workbook).contentType("xl/styles.xml")).isPresent();
    }

    /** Where the CRC a streaming reader checks sits: in the local header, or in the data descriptor after the data. */
    private static int localCrc(byte[] zip, ZipDirectory.Entry entry) {
        int at = (int) entry.localHeaderOffset();
        if ((zip[at + 6] & 0x08) == 0) {
            return at + 14;
        }
        int dataEnd = at + 30 + ((zip[at + 26] & 0xFF) | (zip[at + 27] & 0xFF) << 8)
                + ((zip[at + 28] & 0xFF) | (zip[at + 29] & 0xFF) << 8) + (int) entry.compressedSize();
        boolean signature = zip[dataEnd] == 0x50 && zip[dataEnd + 1] == 0x4b && zip[dataEnd + 2] == 7 && zip[dataEnd + 3] == 8;
        return dataEnd + (signature ? 4 : 0);
    }

    /** Where the central directory record of the entry named {@code name} starts. */
    private static int centralEntry(byte[] zip, byte[] name) {
        outer:
        for (int i = zip.length - 46; i >= 0; i--) {
            if (zip[i] != 0x50 || zip[i + 1] != 0x4b || zip[i + 2] != 1 || zip[i + 3] != 2) {
                continue;
            }
            int length = (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8;
            if (length != name.length) {
                continue;
            }
            for (int j = 0; j < length; j++) {
                if (zip[i + 46 + j] != name[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no central directory entry for " + new String(name, StandardCharsets.UTF_8));
    }
}
