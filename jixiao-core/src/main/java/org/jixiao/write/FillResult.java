package org.jixiao.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.CellRef;

/**
 * What the filler wrote: the output file; per evaluation, where the total and the grade went (the sheet's own
 * cells, or cells added next to 总分); and why the copy was written through POI rather than patched on the lean
 * path (empty when it was patched). Immutable and thread-safe.
 */
public record FillResult(Path file, List<Placement> placements, Optional<String> notLeanReason) {

    public FillResult {
        Objects.requireNonNull(file, "file");
        placements = List.copyOf(placements);
        Objects.requireNonNull(notLeanReason, "notLeanReason");
    }

    /** Where one evaluation's total and grade were written. */
    public record Placement(String sheet, CellRef totalCell, CellRef gradeCell) {
    }
}
