package org.jixiao.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The mark jixiao leaves inside every workbook it writes — a custom document property {@value #PROPERTY} naming
 * what the file is ({@link Kind}) beside {@value #VERSION_PROPERTY} — so that a batch never takes its own output
 * for a submission, whatever the file has been renamed to. Excel and WPS show both under File → Properties →
 * Custom. Stateless and thread-safe.
 */
public final class OutputMarker {

    /** The version jixiao writes into its outputs and prints for --version. */
    public static final String JIXIAO_VERSION = "0.1.0";
    public static final String PROPERTY = "jixiao.output";
    public static final String VERSION_PROPERTY = "jixiao.version";

    /** What a marked file is. */
    public enum Kind {
        /** A submission's filled copy. */
        FILLED_COPY("filled-copy"),
        /** A batch's 汇总.xlsx. */
        SUMMARY("summary");

        private final String value;

        Kind(String value) {
            this.value = value;
        }

        /** The property's value, as written. */
        String value() {
            return value;
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private OutputMarker() {
    }

    /** The properties that mark a file of this kind, in the order they are written. */
    public static Map<String, String> properties(Kind kind) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(PROPERTY, kind.value());
        properties.put(VERSION_PROPERTY, JIXIAO_VERSION);
        return properties;
    }

    /**
     * The marker's value ("filled-copy", "summary", or a kind a later version writes) when {@code content} is a
     * workbook jixiao wrote; empty for anything else, unreadable files included. Decided by the content, not the
     * name: a zip package is looked into through its directory and its custom-properties part only; an OLE2 file
     * (.xls) through its DocumentSummaryInformation stream only.
     */
    public static Optional<String> find(byte[] content) {
        if (startsWith(content, ZIP)) {
            return org.jixiao.xlsx.CustomProperties.findInZip(content, PROPERTY);
        }
        if (startsWith(content, OLE2)) {
            return findInOle2(content);
        }
        return Optional.empty();
    }

    private static Optional<String> findInOle2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (!root.hasEntry(DocumentSummaryInformation.DEFAULT_STREAM_NAME)) {
                return Optional.empty();
            }
            PropertySet set = PropertySetFactory.create(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME);
            if (!(set instanceof DocumentSummaryInformation summary) || summary.getCustomProperties() == null) {
                return Optional.empty();
            }
            Object value = summary.getCustomProperties().get(PROPERTY);
            return value == null ? Optional.empty() : Optional.of(value.toString());
        } catch (IOException | RuntimeException | org.apache.poi.hpsf.NoPropertySetStreamException e) {
            // a damaged or unusual file is for the reader to judge; it is not jixiao's
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Sets the marker on a workbook POI is about to write: the OOXML custom properties, or the .xls summary stream. */
    static void mark(Workbook workbook, Kind kind) {
        Map<String, String> properties = properties(kind);
        if (workbook instanceof XSSFWorkbook xssf) {
            var custom = xssf.getProperties().getCustomProperties();
            properties.forEach((name, value) -> {
                if (custom.contains(name)) {
                    custom.getProperty(name).setLpwstr(value);
                } else {
                    custom.addProperty(name, value);
                }
            });
        } else if (workbook instanceof HSSFWorkbook hssf) {
            if (hssf.getDocumentSummaryInformation() == null) {
                hssf.createInformationProperties();
            }
            DocumentSummaryInformation summary = hssf.getDocumentSummaryInformation();
            CustomProperties custom = summary.getCustomProperties() != null ? summary.getCustomProperties()
                    : new CustomProperties();
            properties.forEach(custom::put);
            summary.setCustomProperties(custom);
        }
    }
}
