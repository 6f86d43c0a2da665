package org.jixiao.read;

import org.jixiao.model.FailureReason;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jixiao.xlsx.NotLean;
import org.jixiao.xlsx.ZipDirectory;

/**
 * Looks at the entry names in a zip's central directory before POI parses it, so that a Word document or a plain
 * archive is named for what it is rather than by the wording of a POI exception. Only the directory at the end
 * of the file is read — nothing is inflated.
 */
final class ZipEntries {

    private ZipEntries() {
    }

    /**
     * A failure when the zip is readable but holds no spreadsheet part; empty when POI should try it (including
     * a damaged, truncated or unusual zip, whose failure POI's reading classifies).
     */
    static Optional<ReadFailure> notASpreadsheet(Path file, byte[] bytes) {
        List<ZipDirectory.Entry> entries;
        try {
            entries = ZipDirectory.read(bytes);
        } catch (NotLean e) {
            return Optional.empty();
        }
        boolean contentTypes = false;
        boolean spreadsheet = false;
        String other = "";
        for (ZipDirectory.Entry entry : entries) {
            String name = entry.name();
            contentTypes |= name.equals("[Content_Types].xml");
            spreadsheet |= name.startsWith("xl/");
            if (name.startsWith("word/") || name.startsWith("ppt/")) {
                other = name.substring(0, name.indexOf('/'));
            }
        }
        if (contentTypes && spreadsheet) {
            return Optional.empty();
        }
        String detail = other.isEmpty() ? "zip without a workbook part" : "zip holding " + other + "/";
        return Optional.of(new ReadFailure(file, FailureReason.NOT_A_SPREADSHEET, detail));
    }
}
