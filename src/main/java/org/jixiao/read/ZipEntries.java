package org.jixiao.read;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Looks at the entry names in a zip's central directory before POI parses it, so that a Word document or a plain
 * archive is named for what it is rather than by the wording of a POI exception. Only the directory at the end
 * of the file is read — nothing is inflated.
 */
final class ZipEntries {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipEntries() {
    }

    /**
     * A failure when the zip is readable but holds no spreadsheet part; empty when POI should try it (including
     * a damaged or truncated zip, whose failure POI's reading classifies).
     */
    static Optional<ReadFailure> notASpreadsheet(Path file, byte[] bytes) {
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int at = bytes.length - END_RECORD_SIZE; at >= Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
             at--) {
            if (zip.getInt(at) == END_OF_DIRECTORY) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        boolean contentTypes = false;
        boolean spreadsheet = false;
        String other = "";
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < entries; i++) {
            if (at < 0 || at + 46 > bytes.length || zip.getInt(at) != DIRECTORY_ENTRY) {
                return Optional.empty();
            }
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
            if (at + 46 + nameLength > bytes.length) {
                return Optional.empty();
            }
            String name = new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8);
            contentTypes |= name.equals("[Content_Types].xml");
            spreadsheet |= name.startsWith("xl/");
            if (name.startsWith("word/") || name.startsWith("ppt/")) {
                other = name.substring(0, name.indexOf('/'));
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        if (contentTypes && spreadsheet) {
            return Optional.empty();
        }
        String detail = other.isEmpty() ? "zip without a workbook part" : "zip holding " + other + "/";
        return Optional.of(new ReadFailure(file, FailureReason.NOT_A_SPREADSHEET, detail));
    }
}
