package org.jixiao.rules;

import java.util.ArrayList;
import java.util.List;

/** Finds overlaps and gaps in a list of intervals (tier tables, grade bands), naming both intervals. */
final class IntervalChecks {

    /** Receives two neighbouring intervals that overlap or leave a gap. */
    interface Finding {
        void report(Interval first, Interval second, boolean overlap);
    }

    private IntervalChecks() {
    }

    /**
     * @param requireCover whether a gap between neighbours is a mistake even at the unbounded ends (grade bands
     *                     may start at 0; tiers must cover every value between their first and last)
     */
    static void check(List<Interval> intervals, boolean requireCover, Finding finding) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Interval::compareLower);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (sorted.get(i).overlaps(sorted.get(j))) {
                    finding.report(sorted.get(i), sorted.get(j), true);
                }
            }
        }
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Interval a = sorted.get(i);
            Interval b = sorted.get(i + 1);
            if (a.overlaps(b)) {
                continue;
            }
            if (!a.meets(b)) {
                finding.report(a, b, false);
            }
        }
    }
}
