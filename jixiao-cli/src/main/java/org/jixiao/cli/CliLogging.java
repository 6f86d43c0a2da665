package org.jixiao.cli;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;

/**
 * Logging of the command line: warnings to stderr as {@code LEVEL Logger: message}, DEBUG with --verbose, POI
 * silent unless verbose. Configured in code rather than by a logback XML file because parsing the XML was a
 * tenth of every cold start.
 */
final class CliLogging {

    private CliLogging() {
    }

    static void configure(boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J provider: leave its configuration alone
        }
        context.reset();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        LayoutBase<ILoggingEvent> layout = new LayoutBase<>() {
            @Override
            public String doLayout(ILoggingEvent event) {
                String name = event.getLoggerName();
                StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ')
                        .append(name.substring(name.lastIndexOf('.') + 1)).append(": ")
                        .append(event.getFormattedMessage()).append(System.lineSeparator());
                if (event.getThrowableProxy() != null) {
                    line.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append(System.lineSeparator());
                }
                return line.toString();
            }
        };
        layout.setContext(context);
        layout.start();
        encoder.setLayout(layout);
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.DEBUG : Level.WARN);
        root.addAppender(appender);
        context.getLogger("org.apache.poi").setLevel(verbose ? Level.DEBUG : Level.OFF);
    }
}
