package org.jixiao;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.write.FillResult;

/**
 * A filled copy that was written. Immutable and thread-safe.
 *
 * @param file          where it was written
 * @param notLeanReason why it was written through Apache POI rather than by patching the submitted file's XML;
 *                      empty when patched
 */
public record FilledCopy(Path file, Optional<String> notLeanReason) {

    /**
     * Creates the value, checking its components.
     *
     * @param file see {@link #file()}
     * @param notLeanReason see {@link #notLeanReason()}
     */
    public FilledCopy {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(notLeanReason, "notLeanReason");
    }

    static FilledCopy of(FillResult result) {
        return new FilledCopy(result.file(), result.notLeanReason());
    }
}
