package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Text written by {@link Xml} reads back exactly through the lean reader, whatever it holds. */
class XmlRoundTripTest {

    @Test
    void everyKindOfTextSurvivesWritingAndReadingBack() throws NotLean {
        List<String> texts = List.of("总分 92.44", "a & b < c > d \"e\" 'f'", "行1\n行2\r\n行3\t列", "控制\u0001\u001F字符",
                "literal _x000D_ and _x005F_ and _x12", "emoji 😀 ok", "lone \uD800 surrogate", " leading and trailing ",
                "", "＜全角＞％");
        for (String text : texts) {
            byte[] xml = ("<sst xmlns=\"" + XmlCursor.MAIN + "\"><si>" + Xml.inlineString(text).replace("<is>", "")
                    .replace("</is>", "") + "</si></sst>").getBytes(StandardCharsets.UTF_8);
            XmlCursor cursor = new XmlCursor(xml);
            cursor.root("sst", XmlCursor.MAIN);
            cursor.next();
            String back = SharedStrings.stringItem(cursor);
            // a lone surrogate is written as _xD800_ and decoded back to itself
            assertThat(back).as(text).isEqualTo(text);
        }
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "产出指标数量指标";
        assertThat(Xml.escape(text)).isSameAs(text);
        assertThat(Xml.escape("a&b")).isEqualTo("a&amp;b");
    }

    @Test
    void bytesWrittenByTheUtf8BuilderAreTheEscapedTextInUtf8() {
        List<String> fixed = List.of("总分 92.44", "a & b < c > d \"e\" 'f'", "行1\n行2\r\n行3\t列", "控制\u0001字符",
                "literal _x000D_ and _x12", "emoji 😀 ok", "lone \uD800 surrogate", "ü é ß", "\uFFFE\uFFFF", "＜全角＞％", "");
        java.util.Random random = new java.util.Random(3);
        List<String> texts = new java.util.ArrayList<>(fixed);
        char[] alphabet = "a_x0D<&>\"\n\t\r\u0001中文（）：ü€😀\uD800\uDC00\uFFFF".toCharArray();
        for (int i = 0; i < 2000; i++) {
            char[] chars = new char[random.nextInt(12)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = alphabet[random.nextInt(alphabet.length)];
            }
            texts.add(new String(chars));
        }
        for (String text : texts) {
            assertThat(new Utf8Builder(0).text(text).toByteArray()).as(text)
                    .isEqualTo(Xml.escape(text).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(new String(new Utf8Builder(0).number(0).ascii(' ').number(1234567890123L).ascii(' ').number(-5)
                .toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("0 1234567890123 -5");
    }

    @Test
    void sheetWriterCellsReadBackThroughTheLeanReader() throws NotLean {
        Utf8Builder xml = new Utf8Builder(64);
        xml.ascii("<worksheet xmlns=\"" + XmlCursor.MAIN + "\"><sheetData>");
        SheetWriter cells = new SheetWriter(xml);
        cells.row(0);
        cells.text(0, "得分依据：完成609个≥目标520个", 3);
        cells.number(1, new java.math.BigDecimal("92.44"), 0);
        cells.row(4);
        cells.text(27, " 前后空格\n换行 ", 0);
        cells.number(2, 7L, 5);
        cells.endRow();
        xml.ascii("</sheetData></worksheet>");
        String text = new String(xml.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("<worksheet xmlns=\"" + XmlCursor.MAIN + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" s=\"3\" t=\"inlineStr\"><is><t>得分依据：完成609个≥目标520个</t></is></c>"
                + "<c r=\"B1\"><v>92.44</v></c></row><row r=\"5\"><c r=\"AB5\" t=\"inlineStr\"><is>"
                + "<t xml:space=\"preserve\"> 前后空格\n换行 </t></is></c><c r=\"C5\" s=\"5\"><v>7</v></c></row>"
                + "</sheetData></worksheet>");
    }
}
