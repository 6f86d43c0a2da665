package org.jixiao.batch;

/**
 * Told about a batch's progress, from the worker threads: implementations must be thread-safe. The default
 * methods do nothing.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** A remark about the inputs, before any file: the output folder being kept out of them. */
    default void note(String message) {
    }

    /** Called once, before any file, with the number of input files. */
    default void started(int files) {
    }

    /** Called after each file, in completion order, with the count of files finished so far. */
    default void finished(FileOutcome outcome, int done, int total) {
    }
}
