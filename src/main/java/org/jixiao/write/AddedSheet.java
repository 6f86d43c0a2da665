package org.jixiao.write;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Severity;

/**
 * A sheet jixiao adds to a filled copy (评分说明, 审核意见), described once and rendered by either writer.
 *
 * @param name   the sheet name
 * @param widths column widths in characters, from column A
 * @param rows   rows from row 1; a row may be empty (a spacer)
 */
record AddedSheet(String name, int[] widths, List<List<Entry>> rows) {

    AddedSheet {
        widths = widths.clone();
        rows = rows.stream().map(List::copyOf).toList();
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
