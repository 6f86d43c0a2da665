package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.read.FigureParser;

/**
 * The grade bands of a rule set, e.g. 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60). A total above every band
 * gets the top grade and one below every band the bottom grade. Immutable and thread-safe.
 */
public record GradeScale(List<Band> bands) {

    /** One grade and the totals it covers. */
    public record Band(String label, Interval interval) {
    }

    /** The national bands: the rule says 90(含)–100, 80(含)–90, 60(含)–80, below 60. */
    public static final GradeScale NATIONAL = new GradeScale(List.of(
            new Band("优", Interval.parse("[90,100]").orElseThrow()),
            new Band("良", Interval.parse("[80,90)").orElseThrow()),
            new Band("中", Interval.parse("[60,80)").orElseThrow()),
            new Band("差", Interval.parse("[0,60)").orElseThrow())));

    private static final Map<String, String> NATIONAL_SYNONYMS = Map.of("优秀", "优", "良好", "良", "中等", "中",
            "合格", "中", "一般", "中", "不合格", "差", "较差", "差");

    public GradeScale {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a grade scale needs at least one band");
        }
    }

    /** The label of the band holding the total. */
    public String gradeOf(BigDecimal total) {
        for (Band band : bands) {
            if (band.interval().contains(total)) {
                return band.label();
            }
        }
        List<Band> byLower = new ArrayList<>(bands);
        byLower.sort(Comparator.comparing(b -> b.interval().lower().orElse(BigDecimal.valueOf(Long.MIN_VALUE))));
        Band lowest = byLower.get(0);
        if (lowest.interval().lower().isPresent() && total.compareTo(lowest.interval().lower().get()) < 0) {
            return lowest.label();
        }
        return byLower.get(byLower.size() - 1).label();
    }

    /** The label of the band with the lowest totals (差), whatever order the bands are listed in. */
    String lowestLabel() {
        return bands.stream().min((a, b) -> a.interval().compareLower(b.interval())).orElseThrow().label();
    }

    /** Reads a grade written in a sheet (优秀, 良好, 自评等级：优 …) as one of this scale's labels. */
    public Optional<String> parse(String text) {
        String s = FigureParser.normalize(text == null ? "" : text);
        int colon = s.lastIndexOf(':');
        if (colon >= 0) {
            s = s.substring(colon + 1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String written = s;
        Optional<String> exact = bands.stream().map(Band::label).filter(written::equals).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String synonym = NATIONAL_SYNONYMS.get(s);
        if (synonym != null && bands.stream().anyMatch(b -> b.label().equals(synonym))) {
            return Optional.of(synonym);
        }
        return bands.stream().map(Band::label).sorted(Comparator.comparingInt(String::length).reversed())
                .filter(written::contains).findFirst();
    }
}
