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
}
