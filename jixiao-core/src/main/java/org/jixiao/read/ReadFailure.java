package org.jixiao.read;

import org.jixiao.model.FailureReason;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that could not be read, with a stable reason and a technical detail. Prints as one line:
 * {@code 文件名: 中文说明 (english; detail)}. Immutable and thread-safe.
 */
public record ReadFailure(Path file, FailureReason reason, String detail) implements ReadOutcome {

    public ReadFailure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** One line for a person: the file, what is wrong in Chinese, then English and the detail. */
    public String message() {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String tail = detail.isBlank() ? reason.english() : reason.english() + "; " + detail;
        return name + ": " + reason.chinese() + " (" + reason + ": " + tail + ")";
    }

    @Override
    public String toString() {
        return message();
    }
}
