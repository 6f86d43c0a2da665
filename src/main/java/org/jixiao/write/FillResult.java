package org.jixiao.write;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.model.CellRef;

/**
 * What the filler wrote: the output file and, per evaluation, where the total and the grade went (the sheet's
 * own cells, or cells added next to 总分). Immutable and thread-safe.
 */
public record FillResult(Path file, List<Placement> placements) {

    public FillResult {
        placements = List.copyOf(placements);
    }

    /** Where one evaluation's total and grade were written. */
    public record Placement(String sheet, CellRef totalCell, CellRef gradeCell) {
    }
}
