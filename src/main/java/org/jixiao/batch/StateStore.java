package org.jixiao.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Remembers, per output, the input's SHA-256, the rule set's SHA-256 and the summary rows it gave, in
 * OUTDIR/.jixiao/state. A re-run skips an input whose hash, rules and output are unchanged and reuses its rows,
 * so an interrupted run resumes and ends with the same summary as an uninterrupted one. Written atomically after
 * the output itself; a missing or unreadable state file only means the input is scored again.
 */
final class StateStore {

    /** Bump whenever what a SummaryRow holds or how it is computed changes: older states are then re-scored. */
    static final String VERSION = "jixiao-state-3";
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setRecordSeparator('\n').get();

    private final Path dir;

    StateStore(Path outDir) {
        this.dir = outDir.resolve(".jixiao").resolve("state");
    }

    /** What an earlier run recorded for an output name. */
    record Entry(String inputSha, String rulesSha, List<SummaryRow> rows) {
    }

    Optional<Entry> find(String name) {
        Path file = fileFor(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)),
                FORMAT)) {
            String inputSha = null;
            String rulesSha = null;
            List<SummaryRow> rows = new ArrayList<>();
            Builder current = null;
            for (CSVRecord r : parser) {
                switch (r.get(0)) {
                    case "META" -> {
                        if (!r.get(1).equals(VERSION) || !r.get(2).equals(name)) {
                            return Optional.empty();
                        }
                        inputSha = r.get(3);
                        rulesSha = r.get(4);
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
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            if (current != null) {
                rows.add(current.build());
            }
            return inputSha == null ? Optional.empty() : Optional.of(new Entry(inputSha, rulesSha, rows));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void save(String name, String inputSha, String rulesSha, List<SummaryRow> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
            out.printRecord("META", VERSION, name, inputSha, rulesSha);
            for (SummaryRow row : rows) {
                out.printRecord("ROW", row.file(), row.sheet(), row.unit(), row.title(),
                        row.year().map(String::valueOf).orElse(""), row.kind(), str(row.budget()), str(row.executed()),
                        str(row.rate()), row.total().toPlainString(), row.grade(), str(row.reportedTotal()),
                        row.stability().sameGradeProbability(), row.stability().totalP5(), row.stability().totalP95());
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
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        org.jixiao.write.AtomicFiles.write(fileFor(name), out -> out.write(bytes));
    }

    void forget(String name) throws IOException {
        Files.deleteIfExists(fileFor(name));
    }

    private Path fileFor(String name) {
        return dir.resolve(sha256(name.getBytes(StandardCharsets.UTF_8)) + ".tsv");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

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
                    opt(row.get(7)), opt(row.get(8)), opt(row.get(9)), groups, num(row.get(10)), row.get(11),
                    opt(row.get(12)), losses, problems, new SummaryRow.Stability(Double.parseDouble(row.get(13)),
                    Double.parseDouble(row.get(14)), Double.parseDouble(row.get(15))));
        }
    }
}
