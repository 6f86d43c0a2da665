package org.jixiao.report;

import java.nio.file.Path;

/** What reading a report gave: its {@link ReportText}, or an {@link UnreadableReport} saying why not. Both are immutable and thread-safe. */
public sealed interface ReportReading permits ReportText, UnreadableReport {

    /** The report file. */
    Path file();
}
