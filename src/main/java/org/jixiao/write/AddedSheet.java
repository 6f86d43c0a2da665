package org.jixiao.write;

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
     * One cell: text or a whole number, bold or not, optionally filled in a severity's colour, optionally a link
     * to a cell of the workbook ({@code 'Sheet'!C7}).
     */
    record Entry(String text, Optional<Long> number, boolean bold, Optional<Severity> fill, Optional<String> link) {

        static Entry text(String text) {
            return new Entry(text, Optional.empty(), false, Optional.empty(), Optional.empty());
        }

        static Entry bold(String text) {
            return new Entry(text, Optional.empty(), true, Optional.empty(), Optional.empty());
        }

        static Entry number(long number) {
            return new Entry("", Optional.of(number), false, Optional.empty(), Optional.empty());
        }

        static Entry swatch(String text, Severity severity) {
            return new Entry(text, Optional.empty(), false, Optional.of(severity), Optional.empty());
        }

        static Entry link(String text, String location) {
            return new Entry(text, Optional.empty(), false, Optional.empty(), Optional.of(location));
        }
    }
}
