package org.jixiao.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jixiao.model.CellRef;
import org.jixiao.model.IndicatorPath;
import org.jixiao.read.FigureParser;
import org.jixiao.rules.Expectation;
import org.jixiao.score.GroupScore;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;

/**
 * Finds the figure an {@link Expectation} of kind {@link Expectation.Kind#NAMED} names in a scored sheet: an
 * indicator by 编码, then by name, then a 一级 subtotal, a 二级 subtotal, then a path 一级/二级[/三级]; the first step
 * that finds anything decides. Stateless.
 */
final class Figures {

    /** How many names a "not found" message lists before it says how many there are. */
    private static final int NAMES_LISTED = 12;

    /** A figure found: its path as a person reads it, its value and the cells that hold it. */
    record Found(String path, BigDecimal value, String cells) {
    }

    /** What a lookup came to: exactly one figure, or a message saying why not. */
    record Lookup(Optional<Found> found, String problem) {

        static Lookup of(Found found) {
            return new Lookup(Optional.of(found), "");
        }

        static Lookup problem(String message) {
            return new Lookup(Optional.empty(), message);
        }
    }

    private Figures() {
    }

    static Lookup named(ScoredEvaluation scored, String figure) {
        String key = FigureParser.normalize(figure);
        List<List<Found>> steps = List.of(
                indicators(scored, i -> i.indicator().code().map(FigureParser::normalize).filter(key::equals)
                        .isPresent()),
                indicators(scored, i -> FigureParser.normalize(i.indicator().path().name()).equals(key)),
                level1(scored, key),
                level2(scored, g -> true, key),
                path(scored, key));
        for (List<Found> step : steps) {
            if (step.size() == 1) {
                return Lookup.of(step.get(0));
            }
            if (step.size() > 1) {
                return Lookup.problem("“" + figure + "”指代多处：" + step.stream().map(Found::path)
                        .collect(Collectors.joining("、")) + "；请写成 一级/二级/三级 路径 / names several figures, write"
                        + " a path");
            }
        }
        List<String> names = scored.indicators().stream().map(i -> i.indicator().path().name()).distinct().toList();
        String listed = names.size() <= NAMES_LISTED ? String.join("、", names)
                : String.join("、", names.subList(0, NAMES_LISTED)) + " 等 " + names.size() + " 个";
        return Lookup.problem("表“" + scored.evaluation().sheet() + "”中没有名为或编码为“" + figure + "”的指标，也没有这样的"
                + "一级/二级指标；指标有：" + listed + " / no such indicator or level");
    }

    private static List<Found> indicators(ScoredEvaluation scored, Predicate<IndicatorScore> which) {
        return scored.indicators().stream().filter(which)
                .map(i -> new Found(i.indicator().path().toString(), i.score(), i.indicator().scoreCell().toString()))
                .toList();
    }

    private static List<Found> level1(ScoredEvaluation scored, String key) {
        return scored.groups().stream().filter(g -> FigureParser.normalize(g.name()).equals(key))
                .map(g -> new Found(g.name(), g.score(), cells(scored, p -> p.level1().equals(g.name())))).toList();
    }

    private static List<Found> level2(ScoredEvaluation scored, Predicate<GroupScore> parent, String key) {
        List<Found> found = new ArrayList<>();
        for (GroupScore group : scored.groups()) {
            if (!parent.test(group)) {
                continue;
            }
            for (GroupScore child : group.children()) {
                if (FigureParser.normalize(child.name()).equals(key)) {
                    found.add(new Found(group.name() + "/" + child.name(), child.score(), cells(scored,
                            p -> p.level1().equals(group.name()) && p.level2().equals(child.name()))));
                }
            }
        }
        return found;
    }

    /** 一级/二级 (a 二级 subtotal) or 一级/二级/三级 (an indicator). */
    private static List<Found> path(ScoredEvaluation scored, String key) {
        String[] parts = key.split("/", -1);
        if (parts.length == 2) {
            return level2(scored, g -> FigureParser.normalize(g.name()).equals(parts[0]), parts[1]);
        }
        if (parts.length == 3) {
            return indicators(scored, i -> {
                IndicatorPath p = i.indicator().path();
                return FigureParser.normalize(p.level1()).equals(parts[0])
                        && FigureParser.normalize(p.level2()).equals(parts[1])
                        && FigureParser.normalize(p.level3()).equals(parts[2]);
            });
        }
        return List.of();
    }

    /**
     * The score cells a subtotal adds up, as one reference: {@code 评分表!J9:J14}, or {@code 自评表!H13,H15} where
     * they are not next to each other.
     */
    private static String cells(ScoredEvaluation scored, Predicate<IndicatorPath> member) {
        List<CellRef> refs = scored.indicators().stream().filter(IndicatorScore::counted)
                .filter(i -> member.test(i.indicator().path())).map(i -> i.indicator().scoreCell())
                .sorted(Comparator.comparingInt(CellRef::column).thenComparingInt(CellRef::row)).toList();
        if (refs.isEmpty()) {
            return "“" + scored.evaluation().sheet() + "”";
        }
        String first = refs.get(0).toString();
        StringBuilder s = new StringBuilder(first.substring(0, first.length() - refs.get(0).a1().length()));
        int start = 0;
        for (int i = 1; i <= refs.size(); i++) {
            boolean runEnds = i == refs.size() || refs.get(i).column() != refs.get(i - 1).column()
                    || refs.get(i).row() != refs.get(i - 1).row() + 1;
            if (runEnds) {
                if (start > 0) {
                    s.append(',');
                }
                s.append(refs.get(start).a1());
                if (i - 1 > start) {
                    s.append(':').append(refs.get(i - 1).a1());
                }
                start = i;
            }
        }
        return s.toString();
    }
}
