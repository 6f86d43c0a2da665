package org.jixiao.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.jixiao.read.WorkbookReader;
import org.slf4j.LoggerFactory;

/**
 * What {@link WorkbookReader} caught while reading: it turns every exception into a typed ReadFailure and logs
 * the exception at debug level, which is the only place a fuzz test can see whether the failure came from a
 * damaged file (POI or the JDK refusing it) or from a bug in jixiao. Attached for one read at a time.
 */
final class ReadTrace extends AppenderBase<ILoggingEvent> {

    private final List<Throwable> caught = new ArrayList<>();

    private ReadTrace() {
    }

    /** Runs the read with the reader's logger captured, and returns it with what the reader caught. */
    static <T> Traced<T> of(Supplier<T> read) {
        Logger logger = (Logger) LoggerFactory.getLogger(WorkbookReader.class);
        Level level = logger.getLevel();
        boolean additive = logger.isAdditive();
        ReadTrace trace = new ReadTrace();
        trace.setContext(logger.getLoggerContext());
        trace.start();
        logger.addAppender(trace);
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        try {
            return new Traced<>(read.get(), List.copyOf(trace.caught));
        } finally {
            logger.detachAppender(trace);
            logger.setLevel(level);
            logger.setAdditive(additive);
            trace.stop();
        }
    }

    record Traced<T>(T value, List<Throwable> caught) {
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getThrowableProxy() instanceof ThrowableProxy proxy) {
            caught.add(proxy.getThrowable());
        }
    }
}
