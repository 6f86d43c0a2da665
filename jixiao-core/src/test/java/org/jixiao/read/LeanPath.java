package org.jixiao.read;

import java.util.List;

import org.jixiao.model.Evaluation;
import org.jixiao.xlsx.LeanWorkbook;
import org.jixiao.xlsx.NotLean;

/**
 * The lean read as {@link WorkbookReader} takes it, with nothing caught: the reader turns any RuntimeException on
 * the lean path into a quiet fallback to POI, which would hide a bug from the fuzz tests. Here only
 * {@link NotLean} is expected to leave.
 */
public final class LeanPath {

    private LeanPath() {
    }

    /** The evaluations the lean path finds (possibly none), or NotLean where the reader would go to POI. */
    public static List<Evaluation> evaluations(byte[] content, ReadOptions options) throws NotLean {
        return WorkbookReader.leanEvaluations(LeanWorkbook.open(content, options.memory()), options);
    }
}
