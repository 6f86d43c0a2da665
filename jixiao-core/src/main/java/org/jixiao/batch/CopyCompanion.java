package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.score.ScoredEvaluation;

/**
 * A file a batch writes beside each filled copy from the same scored evaluations, such as the 自评报告 draft of
 * {@code jixiao batch --reports}. A copy found up to date is reused only when its companion exists too.
 * Implementations are called from the batch's worker threads at once and must be thread-safe.
 */
public interface CopyCompanion {

    /** Where the companion of the filled copy {@code copy} goes. */
    Path pathFor(Path copy);

    /** Writes the companion of {@code copy} (atomically, as every batch output). */
    void write(Path copy, List<ScoredEvaluation> scored) throws IOException;
}
