package org.jixiao.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

import org.jixiao.read.ReadFailure;

/**
 * Distinct NotLean reasons and read-failure reasons met in a run, digits folded to #, written at exit to the
 * file named by {@code -Djixiao.fuzz.stats=FILE}: how the home-made mutator and Jazzer were compared. Off (and
 * free) without that property.
 */
final class Stats {

    private static final String FILE = System.getProperty("jixiao.fuzz.stats");
    private static final Set<String> NOT_LEAN = new ConcurrentSkipListSet<>();
    private static final Set<String> FAILURES = new ConcurrentSkipListSet<>();
    private static final AtomicLong INPUTS = new AtomicLong();

    static {
        if (FILE != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(Stats::write, "fuzz-stats"));
        }
    }

    private Stats() {
    }

    static void input() {
        if (FILE != null) {
            INPUTS.incrementAndGet();
        }
    }

    static void notLean(String reason) {
        if (FILE != null) {
            NOT_LEAN.add(fold(String.valueOf(reason)));
        }
    }

    static void failure(ReadFailure failure) {
        if (FILE != null) {
            FAILURES.add(failure.reason() + ": " + fold(failure.detail()));
        }
    }

    private static String fold(String text) {
        return text.replaceAll("[0-9]+", "#");
    }

    private static void write() {
        List<String> lines = new ArrayList<>();
        lines.add("inputs " + INPUTS.get());
        lines.add("maxHeapMb " + Runtime.getRuntime().maxMemory() / (1 << 20));
        lines.add("notLean " + NOT_LEAN.size());
        lines.add("failures " + FAILURES.size());
        NOT_LEAN.forEach(r -> lines.add("N " + r));
        FAILURES.forEach(r -> lines.add("F " + r));
        try {
            Files.write(Path.of(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
