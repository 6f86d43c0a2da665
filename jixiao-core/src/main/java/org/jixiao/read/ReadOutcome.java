package org.jixiao.read;

import java.nio.file.Path;

/** What reading one file gave: a {@link SourceWorkbook} with its evaluations, or a {@link ReadFailure}. */
public sealed interface ReadOutcome permits SourceWorkbook, ReadFailure {

    /** The file that was read. */
    Path file();
}
