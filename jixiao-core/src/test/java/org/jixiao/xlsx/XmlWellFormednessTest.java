package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Parts an XML parser refuses must be refused by the lean tokenizer too (NotLean, so that POI reads the file and
 * calls it what it is) rather than read with a guess. One row per finding of the fuzz tests (org.jixiao.fuzz),
 * whose inputs stay under src/test/resources/org/jixiao/fuzz/.
 */
class XmlWellFormednessTest {

    /** A part, and what the NotLean says. */
    record Row(String what, byte[] part, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    static final List<Row> REFUSED = List.of(
            new Row("a cut 3-byte sequence in an attribute", xml("<a n=\"", 0xE5, 0x88, "\"/>"), "not UTF-8"),
            new Row("a stray continuation byte in text", xml("<a>", 0x86, "</a>"), "not UTF-8"),
            new Row("a lead byte at the end", xml("<a/>", 0xE8), "not UTF-8"),
            new Row("an overlong '<'", xml("<a>", 0xC0, 0xBC, "</a>"), "not UTF-8"),
            new Row("an overlong 3-byte form", xml("<a>", 0xE0, 0x80, 0xAF, "</a>"), "not UTF-8"),
            new Row("a UTF-16 surrogate", xml("<a>", 0xED, 0xA0, 0x80, "</a>"), "not UTF-8"),
            new Row("U+FFFE", xml("<a>", 0xEF, 0xBF, 0xBE, "</a>"), "not an XML character"),
            new Row("past U+10FFFF", xml("<a>", 0xF4, 0x90, 0x80, 0x80, "</a>"), "not UTF-8"),
            new Row("an instruction without white space after its target", xml("<a><?pi?data?></a>"), "bad name"),
            new Row("an instruction without a target", xml("<a><? data?></a>"), "missing name"),
            new Row("a prefix without a local name", xml("<a><c: r=\"A1\"/></a>"), "bad name"),
            new Row("a name starting with a colon", xml("<a><:c/></a>"), "bad name"),
            new Row("two colons", xml("<a><x:c:d/></a>"), "bad name"),
            new Row("a local name starting with a digit", xml("<a><x:1c/></a>"), "bad name"),
            new Row("an attribute with an empty prefix", xml("<a :r=\"1\"/>"), "bad name"),
            new Row("an attribute with an undeclared prefix", xml("<a><c tx:c=\"1\"/></a>"), "undeclared namespace prefix tx"),
            new Row("an attribute name starting with '≥'", xml("<a><c ", 0xE2, 0x89, 0xA5, "s=\"2\"/></a>"), "bad name"));

    @ParameterizedTest
    @FieldSource("REFUSED")
    void isRefused(Row row) {
        assertThatThrownBy(() -> new XmlCursor(row.part()).checkWellFormed()).isInstanceOf(NotLean.class)
                .hasMessageContaining(row.message());
    }

    /** ASCII text and the given bytes, in order. */
    private static byte[] xml(Object... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object piece : pieces) {
            if (piece instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write((Integer) piece);
            }
        }
        return out.toByteArray();
    }
}
