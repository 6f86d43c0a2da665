package org.jixiao.report;

import java.util.List;
import java.util.Objects;

/** One piece of a drafted document, before it becomes Word paragraphs: the content, not its fonts. */
sealed interface Block permits Block.Title, Block.Heading, Block.Para, Block.Table, Block.Chart {

    /** A piece of a paragraph: plain text, or a placeholder to fill in (highlighted in the document). */
    record Span(String text, boolean placeholder) {
        public Span {
            Objects.requireNonNull(text, "text");
        }

        static Span text(String text) {
            return new Span(text, false);
        }

        /** 【请填写：what】, highlighted. */
        static Span fill(String what) {
            return new Span("【请填写：" + what + "】", true);
        }
    }

    /** How a paragraph sits on the line. */
    enum Align { INDENTED, CENTER, RIGHT, NOTE }

    /** The document's title; {@code subtitle} lines follow it centred. */
    record Title(String text, List<String> subtitles) implements Block {
        public Title {
            subtitles = List.copyOf(subtitles);
        }
    }

    /** 一、 (level 1) or （一） (level 2) heading, numbering included in the text. */
    record Heading(int level, String text) implements Block {
    }

    record Para(List<Span> spans, Align align) implements Block {
        public Para {
            spans = List.copyOf(spans);
        }

        static Para of(Span... spans) {
            return new Para(List.of(spans), Align.INDENTED);
        }

        static Para text(String text) {
            return of(Span.text(text));
        }

        /** The paragraph as plain text, placeholders included. */
        String plain() {
            StringBuilder s = new StringBuilder();
            spans.forEach(span -> s.append(span.text()));
            return s.toString();
        }
    }

    /**
     * A table with a header row. {@code numeric} marks the columns set right-aligned; {@code widths} are relative
     * column widths.
     */
    record Table(List<String> header, List<List<String>> rows, List<Integer> widths, List<Boolean> numeric)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            numeric = List.copyOf(numeric);
        }
    }

    /** A column chart of counts. */
    record Chart(String title, String series, List<String> categories, List<Integer> values) implements Block {
        public Chart {
            categories = List.copyOf(categories);
            values = List.copyOf(values);
        }
    }
}
