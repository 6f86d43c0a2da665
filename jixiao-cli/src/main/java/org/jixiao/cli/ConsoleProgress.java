package org.jixiao.cli;

import java.io.PrintWriter;

import org.jixiao.batch.FileOutcome;
import org.jixiao.batch.ProgressListener;

/**
 * Batch progress on stderr: a redrawn bar with count, rate and ETA on a terminal; a plain line every few seconds
 * otherwise (logs, CI). Thread-safe.
 */
final class ConsoleProgress implements ProgressListener {

    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private long start;
    private long lastPrint;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void note(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public synchronized void started(int files) {
        start = System.nanoTime();
        lastPrint = start;
        if (!terminal) {
            err.println("开始批量评分 " + files + " 个文件 / scoring " + files + " files");
            err.flush();
        }
    }

    @Override
    public synchronized void finished(FileOutcome outcome, int done, int total) {
        long now = System.nanoTime();
        double seconds = Math.max((now - start) / 1e9, 1e-9);
        double rate = done / seconds;
        double eta = rate > 0 ? (total - done) / rate : 0;
        if (terminal) {
            int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
            err.printf("\r[%s%s] %d/%d  %.1f 个/秒  剩余 %s ", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), done,
                    total, rate, clock(eta));
            if (done == total) {
                err.println();
            }
            err.flush();
        } else if (now - lastPrint >= PLAIN_INTERVAL_NANOS || done == total) {
            lastPrint = now;
            err.printf("已完成 %d/%d（%.1f 个/秒，预计剩余 %s）%n", done, total, rate, clock(eta));
            err.flush();
        }
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
