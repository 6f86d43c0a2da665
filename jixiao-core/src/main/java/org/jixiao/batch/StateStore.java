package org.jixiao.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Remembers, per input name, the input's SHA-256, the rule set's SHA-256, the output it was written to (its
 * extension follows the content, so it is not always the input's name) and the summary rows it gave, in one
 * journal, OUTDIR/.jixiao/state.tsv. A re-run skips an input whose hash, rules and output are unchanged and reuses
 * its rows, so an interrupted run resumes and ends with the same summary as an uninterrupted one.
 *
 * <p>Each scored file appends one entry, after its output has been moved into place, closed by an END record;
 * an entry cut short by a kill has no END and is ignored, so the file is only scored again. One journal rather
 * than a file per output because creating a file costs more than scoring a small workbook. {@link #close}
 * rewrites the journal without superseded entries. Thread-safe.
 */
final class StateStore implements Closeable {

    /** Bump whenever what a SummaryRow holds or how it is computed changes: older states are then re-scored. */
    static final String VERSION = "jixiao-state-5";
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setRecordSeparator('\n').get();

    private final Path journal;
    private final Map<String, Entry> entries = new HashMap<>();
    private int superseded;
    private FileChannel appender;
    private boolean closed;

    /** Loads what earlier runs recorded; a journal that cannot be read only means every input is scored again. */
    StateStore(Path outDir) {
        Path dir = outDir.resolve(".jixiao");
        this.journal = dir.resolve("state.tsv");
        removeOldLayout(dir.resolve("state"));
        if (Files.isRegularFile(journal)) {
            try {
                load(Files.readString(journal, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                entries.clear();
                superseded = 1; // rewritten on close
            }
        }
    }

    /** What an earlier run recorded for an input name; {@code output} is relative to OUTDIR, with / separators. */
    record Entry(String inputSha, String rulesSha, String output, List<SummaryRow> rows) {
    }

    synchronized Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    void save(String name, String inputSha, String rulesSha, String output, List<SummaryRow> rows) throws IOException {
        Entry entry = new Entry(inputSha, rulesSha, output, rows);
        // formatted outside the lock: it is most of the cost, and the other worker would wait for it
        String text = format(name, entry);
        synchronized (this) {
            append(text);
            if (entries.put(name, entry) != null) {
                superseded++;
            }
        }
    }

    /** The outputs earlier runs recorded, relative to OUTDIR: the copies a later run must not take for inputs. */
    synchronized java.util.Set<String> outputs() {
        return entries.values().stream().map(Entry::output).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    synchronized void forget(String name) throws IOException {
        if (entries.remove(name) != null) {
            append(record("FORGET", name));
            superseded++;
        }
    }

    /** Ends the appending; a journal holding superseded entries is rewritten with the live ones only. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (appender != null) {
            appender.close();
            appender = null;
        }
        if (superseded > 0) {
            StringBuilder text = new StringBuilder();
            entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> text.append(format(e.getKey(), e.getValue())));
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            org.jixiao.write.AtomicFiles.write(journal, out -> out.write(bytes));
            superseded = 0;
        }
    }

    private void append(String text) throws IOException {
        if (closed) {
            return; // a worker that outlived its time limit: its file is scored again next run
        }
        if (appender == null) {
            Files.createDirectories(journal.getParent());
            appender = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            appender.write(bytes);
        }
    }

    private void load(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            String name = null;
            String inputSha = null;
            String rulesSha = null;
            String output = null;
            List<SummaryRow> rows = new ArrayList<>();
            Builder current = null;
            for (CSVRecord r : parser) {
                switch (r.get(0)) {
                    case "META" -> {
                        // a new entry; whatever came before without its END was cut short
                        name = r.get(1).equals(VERSION) ? r.get(2) : null;
                        inputSha = r.get(3);
                        rulesSha = r.get(4);
                        // journals written before outputs could differ from their input's name have no field 5
                        output = r.size() > 5 ? r.get(5) : name;
                        rows = new ArrayList<>();
                        current = null;
                    }
                    case "ROW" -> {
                        if (current != null) {
                            rows.add(current.build());
                        }
                        current = new Builder(r);
                    }
                    case "GROUP" -> current.groups.add(new SummaryRow.Group(r.get(1), num(r.get(2)), num(r.get(3))));
                    case "LOSS" -> current.losses.add(new SummaryRow.Loss(r.get(1), num(r.get(2)), num(r.get(3))));
                    case "PROBLEM" -> current.problems.add(new SummaryRow.ProblemLine(r.get(1), r.get(2), r.get(3),
                            r.get(4)));
                    case "END" -> {
                        if (current != null) {
                            rows.add(current.build());
                        }
                        if (name != null && name.equals(r.get(1))
                                && entries.put(name, new Entry(inputSha, rulesSha, output, rows)) != null) {
                            superseded++;
                        } else if (name == null) {
                            superseded++; // an entry of another version: drop it when rewriting
                        }
                        name = null;
                        current = null;
                    }
                    case "FORGET" -> {
                        entries.remove(r.get(1));
                        superseded++;
                    }
                    default -> throw new IOException("unknown record " + r.get(0));
                }
            }
            if (name != null) {
                superseded++; // the last entry was cut short: rewrite without it before appending more
            }
        }
    }

    private static String format(String name, Entry entry) {
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
            out.printRecord("META", VERSION, name, entry.inputSha(), entry.rulesSha(), entry.output());
            for (SummaryRow row : entry.rows()) {
                out.printRecord("ROW", row.file(), row.sheet(), row.unit(), row.title(),
                        row.year().map(String::valueOf).orElse(""), row.kind(), str(row.budget()), str(row.executed()),
                        str(row.rate()), row.total().toPlainString(), row.grade(), str(row.reportedTotal()),
                        row.stability().sameGradeProbability(), row.stability().totalP5(), row.stability().totalP95(),
                        row.rules());
                for (SummaryRow.Group g : row.groups()) {
                    out.printRecord("GROUP", g.name(), g.weight().toPlainString(), g.score().toPlainString());
                }
                for (SummaryRow.Loss l : row.losses()) {
                    out.printRecord("LOSS", l.indicator(), l.weight().toPlainString(), l.score().toPlainString());
                }
                for (SummaryRow.ProblemLine p : row.problems()) {
                    out.printRecord("PROBLEM", p.cell(), p.code(), p.severity(), p.message());
                }
            }
            out.printRecord("END", name);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    private static String record(String... fields) {
        return FORMAT.format((Object[]) fields) + "\n";
    }

    /** Releases 0.x kept one state file per output under .jixiao/state; they are never read again. Best effort. */
    private static void removeOldLayout(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // left behind, harmlessly: nothing reads it
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA256.get().digest(bytes));
    }

    /** One digest per thread: looking the algorithm up for every input showed in the batch profile. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    private static String str(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    private static BigDecimal num(String text) {
        return new BigDecimal(text);
    }

    private static Optional<BigDecimal> opt(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
    }

    /** Collects one ROW and the GROUP/LOSS/PROBLEM records that follow it. */
    private static final class Builder {
        final CSVRecord row;
        final List<SummaryRow.Group> groups = new ArrayList<>();
        final List<SummaryRow.Loss> losses = new ArrayList<>();
        final List<SummaryRow.ProblemLine> problems = new ArrayList<>();

        Builder(CSVRecord row) {
            this.row = row;
        }

        SummaryRow build() {
            return new SummaryRow(row.get(1), row.get(2), row.get(3), row.get(4),
                    row.get(5).isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(row.get(5))), row.get(6),
                    row.get(16), opt(row.get(7)), opt(row.get(8)), opt(row.get(9)), groups, num(row.get(10)), row.get(11),
                    opt(row.get(12)), losses, problems, new SummaryRow.Stability(Double.parseDouble(row.get(13)),
                    Double.parseDouble(row.get(14)), Double.parseDouble(row.get(15))));
        }
    }
}
