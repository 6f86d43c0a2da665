package org.jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jixiao.model.Evaluation;
import org.jixiao.xlsx.LeanWorkbook;
import org.jixiao.xlsx.NotLean;
import org.jixiao.xlsx.SheetXml;
import org.jixiao.xlsx.XlsxPackage;

/**
 * The lean read as {@link WorkbookReader} takes it (its {@code fromLean}), with nothing caught: the reader turns
 * any RuntimeException on the lean path into a quiet fallback to POI, which would hide a bug from the fuzz tests.
 * Here only {@link NotLean} is expected to leave. Keep in step with {@code WorkbookReader.fromLean}.
 */
public final class LeanPath {

    private static final Set<String> OWN_SHEETS = Set.of("评分说明", "审核意见");

    private LeanPath() {
    }

    /** The evaluations the lean path finds (possibly none), or NotLean where the reader would go to POI. */
    public static List<Evaluation> evaluations(byte[] content, ReadOptions options) throws NotLean {
        LeanWorkbook workbook = LeanWorkbook.open(content);
        List<Evaluation> evaluations = new ArrayList<>();
        for (XlsxPackage.SheetPart sheet : workbook.sheets()) {
            if (sheet.part().isEmpty()) {
                continue;
            }
            SheetXml xml = workbook.sheet(sheet);
            if (OWN_SHEETS.contains(sheet.name())) {
                continue;
            }
            if (xml.hasUncachedFormula()) {
                throw new NotLean("formula without a cached result in " + sheet.name());
            }
            SheetGrid grid = SheetGrid.of(sheet.name(), xml, workbook.formats(), options.maxRowsPerSheet(),
                    options.maxColumns());
            evaluations.addAll(new TableReader(grid).read());
        }
        return evaluations;
    }
}
