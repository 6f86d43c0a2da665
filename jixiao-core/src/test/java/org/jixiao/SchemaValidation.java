package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Checks the parts jixiao writes or splices against the SpreadsheetML schema (ECMA-376, as POI's XMLBeans carry
 * it): element order such as CT_Worksheet's printOptions, pageMargins, pageSetup, headerFooter before drawings,
 * CT_Workbook's definedNames between sheets and calcPr, and required attributes.
 */
public final class SchemaValidation {

    private SchemaValidation() {
    }

    /** Every worksheet part and the workbook part of an .xlsx validate. */
    public static void assertValid(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                if (!sheet && !name.equals("xl/workbook.xml")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    XmlObject xml = sheet ? WorksheetDocument.Factory.parse(in) : WorkbookDocument.Factory.parse(in);
                    List<XmlError> errors = new ArrayList<>();
                    assertThat(xml.validate(new XmlOptions().setErrorListener(errors)))
                            .as(file.getFileName() + " " + name + ": " + errors).isTrue();
                } catch (XmlException e) {
                    throw new AssertionError(name + " does not parse", e);
                }
            }
        }
    }
}
