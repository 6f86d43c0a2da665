package org.jixiao.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Evaluation;
import org.jixiao.read.LeanPath;
import org.jixiao.read.ReadFailure;
import org.jixiao.read.ReadOptions;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.read.WorkbookReader;
import org.jixiao.xlsx.NotLean;

/**
 * The properties every fuzz input must keep. A read ends as a {@link SourceWorkbook} or a typed
 * {@link ReadFailure}; the lean path lets only {@link NotLean} out (the reader's cue to use POI); nothing the
 * reader catches may be an Error (OutOfMemoryError, StackOverflowError) or a RuntimeException thrown by jixiao's
 * own code — those it would report as CORRUPT and so hide; and where the lean path takes a workbook, it reads
 * exactly what POI reads (as in LeanReadEquivalenceTest). Any breach is an AssertionError, which Jazzer reports
 * as a finding and keeps the input.
 */
final class Checks {

    static final Path INPUT = Path.of("fuzz-input.xlsx");
    static final WorkbookReader LEAN = new WorkbookReader();
    static final WorkbookReader POI = new WorkbookReader(ReadOptions.DEFAULTS.throughPoi());

    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private Checks() {
    }

    /** The lean path alone: the evaluations it finds, or empty where it hands the file to POI (NotLean). */
    static Optional<List<Evaluation>> lean(byte[] content) {
        try {
            return Optional.of(LeanPath.evaluations(content, ReadOptions.DEFAULTS));
        } catch (NotLean e) {
            Stats.notLean(e.getMessage());
            return Optional.empty();
        }
    }

    /** A read through the reader, failing on anything it caught that is a bug rather than a damaged file. */
    static ReadOutcome read(WorkbookReader reader, byte[] content) {
        return traced(reader, content).value();
    }

    private static ReadTrace.Traced<ReadOutcome> traced(WorkbookReader reader, byte[] content) {
        ReadTrace.Traced<ReadOutcome> traced = ReadTrace.of(() -> reader.read(INPUT, content));
        assertThat(traced.value()).isNotNull();
        traced.caught().forEach(Checks::notABug);
        if (traced.value() instanceof ReadFailure failure) {
            Stats.failure(failure);
        }
        return traced;
    }

    /**
     * Lean and POI read the same: the same evaluations, or the same failure reason. Two differences are allowed,
     * both POI refusing what scoring never reads and the lean path therefore never looks at: XMLBeans's refusal
     * of a malformed typed value in an attribute ({@code <col hidden="fals&amp;e">}, {@code <col width="true">};
     * the attributes the lean path reads it parses itself and refuses when malformed), and POI's checks of the
     * document properties (docProps/core.xml: dates, xsi:type).
     */
    static void sameBothWays(byte[] content) {
        ReadOutcome lean = read(LEAN, content);
        ReadTrace.Traced<ReadOutcome> traced = traced(POI, content);
        ReadOutcome poi = traced.value();
        if (poi instanceof SourceWorkbook expected) {
            assertThat(lean).as("POI read it; the lean reader said %s", lean).isInstanceOf(SourceWorkbook.class);
            assertThat(((SourceWorkbook) lean).evaluations()).isEqualTo(expected.evaluations());
        } else if (traced.caught().stream().anyMatch(Checks::unreadPart)) {
            // POI refused only what the lean path never reads: whatever the lean path made of the rest stands
            return;
        } else {
            assertThat(lean).as("POI said %s", poi).isInstanceOf(ReadFailure.class);
            assertThat(((ReadFailure) lean).reason()).as("POI said %s; lean said %s", poi, lean)
                    .isEqualTo(((ReadFailure) poi).reason());
        }
    }

    /**
     * The lean reader's property: only NotLean leaves the lean path, and where it takes the workbook (evaluations
     * or none) the reader's answer is POI's.
     */
    static void leanReadsAsPoi(byte[] content) {
        Stats.input();
        if (lean(content).isPresent()) {
            sameBothWays(content);
        }
    }

    private static boolean unreadPart(Throwable caught) {
        for (Throwable t = caught; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.apache.xmlbeans.impl.values.XmlValue")) {
                return true;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("org.apache.poi.openxml4j.opc.internal.")
                        && frame.getClassName().contains("PackageProperties")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A throwable a reader or writer caught must come from the file's damage, not from a bug of ours. */
    static void notABug(Throwable caught) {
        if (caught instanceof Error) {
            throw new AssertionError("caught and reported as a read or write failure: " + caught, caught);
        }
        if (caught instanceof RuntimeException && thrownByJixiao(caught)) {
            StackTraceElement where = java.util.Arrays.stream(caught.getStackTrace())
                    .filter(f -> f.getClassName().startsWith("org.jixiao.")).findFirst().orElseThrow();
            throw new AssertionError("jixiao's own code threw " + caught + " at " + where, caught);
        }
    }

    /** The first frame outside the JDK is jixiao's: the exception was thrown by our code or by a JDK call it made. */
    private static boolean thrownByJixiao(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String type = frame.getClassName();
            if (JDK.stream().noneMatch(type::startsWith)) {
                return type.startsWith("org.jixiao.");
            }
        }
        return false;
    }
}
