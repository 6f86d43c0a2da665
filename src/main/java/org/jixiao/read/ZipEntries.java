package org.jixiao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks at the entry names of a zip before POI parses it, so that a Word document, a plain archive or a
 * truncated download is named for what it is rather than by the wording of a POI exception.
 */
final class ZipEntries {

    private ZipEntries() {
    }

    /** A failure when the zip is readable but holds no spreadsheet part; empty when POI should try it. */
    static Optional<ReadFailure> notASpreadsheet(Path file, byte[] bytes) {
        boolean contentTypes = false;
        boolean spreadsheet = false;
        String other = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                spreadsheet |= name.startsWith("xl/");
                if (name.startsWith("word/") || name.startsWith("ppt/")) {
                    other = name.substring(0, name.indexOf('/'));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged zip: let POI try, its failure is classified as CORRUPT
            return Optional.empty();
        }
        if (contentTypes && spreadsheet) {
            return Optional.empty();
        }
        String detail = other.isEmpty() ? "zip without a workbook part" : "zip holding " + other + "/";
        return Optional.of(new ReadFailure(file, FailureReason.NOT_A_SPREADSHEET, detail));
    }
}
