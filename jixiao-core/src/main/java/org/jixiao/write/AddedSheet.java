package org.jixiao.write;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.model.Severity;
import org.jixiao.score.ScoredEvaluation;
import org.jixiao.xlsx.PrintLayout;

/**
 * A sheet jixiao adds to a filled copy (评分说明, 审核意见), described once and rendered by either writer, with
 * how it prints: A4, one page wide, its table's header repeated on each page, a footer naming the unit, and
 * the text of its long columns wrapped (each row as tall as its longest wrapped cell).
 *
 * @param name     the sheet name
 * @param widths   column widths in characters, from column A
 * @param rows     rows from row 1; a row may be empty (a spacer)
 * @param titleRow the zero-based row repeated at the top of each printed page, -1 for none
 * @param wrapped  the zero-based columns whose text wraps within the column's width
 * @param unit     the unit the footer names, "" for none
 */
record AddedSheet(String name, int[] widths, List<List<Entry>> rows, int titleRow, Set<Integer> wrapped, String unit) {

    AddedSheet {
        widths = widths.clone();
        rows = rows.stream().map(List::copyOf).toList();
        wrapped = Set.copyOf(wrapped);
    }

    PrintLayout print() {
        return PrintLayout.of(widths, titleRow, unit);
    }

    /** Whether the entry in this column wraps: text (not a number or a colour swatch) in a wrapped column. */
    boolean wraps(int column, Entry entry) {
        return wrapped.contains(column) && entry.number().isEmpty() && entry.fill().isEmpty() && column < widths.length;
    }

    /** How many lines row {@code r} needs for its wrapped entries; 1 when none wraps. */
    int lines(int r) {
        int lines = 1;
        List<Entry> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
            if (wraps(c, row.get(c))) {
                lines = Math.max(lines, PrintLayout.lines(row.get(c).text(), widths[c]));
            }
        }
        return lines;
    }

    /**
     * The first row whose first entry reads {@code text}, for a header row found where the builder wrote it; -1
     * when there is none.
     */
    static int firstRowStartingWith(List<List<Entry>> rows, String text) {
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).isEmpty() && rows.get(r).get(0).text().equals(text)) {
                return r;
            }
        }
        return -1;
    }

    /** The unit a filled copy's footers name: the first evaluation's 单位 that has one, else its title. */
    static String unitOf(List<ScoredEvaluation> scored) {
        return scored.stream().map(s -> s.evaluation().unit()).flatMap(Optional::stream).filter(u -> !u.isBlank())
                .findFirst().or(() -> scored.stream().map(s -> s.evaluation().title()).flatMap(Optional::stream)
                        .filter(t -> !t.isBlank()).findFirst())
                .orElse("");
    }

    /**
     * One cell: text or a number, bold or not, optionally filled in a severity's colour, optionally a link to a
     * cell of the workbook ({@code 'Sheet'!C7}). A number with two decimals is shown as 0.00, so a score of 9.30
     * reads as it does in the report; other numbers in the General format. An entry with no text, number, fill or
     * link is no cell at all.
     */
    record Entry(String text, Optional<BigDecimal> number, boolean bold, Optional<Severity> fill,
                 Optional<String> link) {

        static Entry text(String text) {
            return new Entry(text, Optional.empty(), false, Optional.empty(), Optional.empty());
        }

        static Entry bold(String text) {
            return new Entry(text, Optional.empty(), true, Optional.empty(), Optional.empty());
        }

        static Entry number(long number) {
            return number(BigDecimal.valueOf(number));
        }

        static Entry number(BigDecimal number) {
            return new Entry(number.toPlainString(), Optional.of(number), false, Optional.empty(), Optional.empty());
        }

        /** Whether the entry is shown with two decimals (format 2, {@code 0.00}). */
        boolean twoDecimals() {
            return number.isPresent() && number.get().scale() == 2;
        }

        /** Whether there is nothing to write: no text, number, fill or link. */
        boolean isBlank() {
            return text.isEmpty() && number.isEmpty() && fill.isEmpty() && link.isEmpty();
        }

        static Entry swatch(String text, Severity severity) {
            return new Entry(text, Optional.empty(), false, Optional.of(severity), Optional.empty());
        }

        static Entry link(String text, String location) {
            return new Entry(text, Optional.empty(), false, Optional.empty(), Optional.of(location));
        }
    }
}
