package org.jixiao.producers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.read.WorkbookReader;
import org.jixiao.write.WorkbookFiller;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Why the reader and the filler left the lean path, as they log it at debug level ("lean read of F not possible
 * (REASON); reading through POI", "lean fill of …"): captured while open, from this thread's calls only.
 * TODO(issue 15): replace with SourceWorkbook.notLeanReason() and FillResult.notLeanReason() once merged.
 * Test code; one capture at a time (it changes the two loggers' levels).
 */
final class LeanFallbacks implements AutoCloseable {

    private final List<Capture> captures = new ArrayList<>();

    private record Capture(Logger logger, Level level, boolean additive, ListAppender<ILoggingEvent> appender) {
    }

    private LeanFallbacks() {
        for (Class<?> source : List.of(WorkbookReader.class, WorkbookFiller.class)) {
            Logger logger = (Logger) LoggerFactory.getLogger(source);
            ListAppender<ILoggingEvent> appender = new ListAppender<>();
            appender.start();
            captures.add(new Capture(logger, logger.getLevel(), logger.isAdditive(), appender));
            logger.setLevel(Level.DEBUG);
            logger.setAdditive(false); // keep the debug lines off the console
            logger.addAppender(appender);
        }
    }

    static LeanFallbacks capture() {
        return new LeanFallbacks();
    }

    /** The NotLean reason of the last read that fell back to POI, if one did. */
    Optional<String> read() {
        return reason("lean read of");
    }

    /** The NotLean reason of the last fill that fell back to POI, if one did. */
    Optional<String> fill() {
        return reason("lean fill of");
    }

    private Optional<String> reason(String prefix) {
        Optional<String> last = Optional.empty();
        String thread = Thread.currentThread().getName();
        for (Capture capture : captures) {
            for (ILoggingEvent event : capture.appender().list) {
                if (event.getMessage().startsWith(prefix) && event.getThreadName().equals(thread)) {
                    last = Optional.of(String.valueOf(event.getArgumentArray()[1]));
                }
            }
        }
        return last;
    }

    @Override
    public void close() {
        for (Capture capture : captures) {
            capture.logger().detachAppender(capture.appender());
            capture.logger().setLevel(capture.level());
            capture.logger().setAdditive(capture.additive());
        }
    }
}
