package org.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.jixiao.model.Figure;
import org.jixiao.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureParserTest {

    @ParameterizedTest(name = "{0} → {1} {2} percent={3} unit={4}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            100.00%      | NONE     | 1.0000    | true  | ''
            72.74%       | NONE     | 0.7274    | true  | ''
            ≥50个        | AT_LEAST | 50        | false | 个
            ≤90万元      | AT_MOST  | 90        | false | 万元
            48,865.73    | NONE     | 48865.73  | false | ''
            ４８，８６５.７３ | NONE  | 48865.73  | false | ''
            ＞＝９０％    | AT_LEAST | 0.90      | true  | ''
            >=90%        | AT_LEAST | 0.90      | true  | ''
            ≧95%         | AT_LEAST | 0.95      | true  | ''
            ＜５         | LESS     | 5         | false | ''
            ＝100%       | EQUAL    | 1.00      | true  | ''
            ﹦100%       | EQUAL    | 1.00      | true  | ''
            ═100%        | EQUAL    | 1.00      | true  | ''
            =100%        | EQUAL    | 1.00      | true  | ''
            ≥100百分比    | AT_LEAST | 1.00      | true  | ''
            不低于95%     | AT_LEAST | 0.95      | true  | ''
            不超过3次     | AT_MOST  | 3         | false | 次
            500人次以上   | AT_LEAST | 500       | false | 人次
            90万元以内    | AT_MOST  | 90        | false | 万元
            -3.2%        | NONE     | -0.032    | true  | ''
            ' ≥ 20 个 '  | AT_LEAST | 20        | false | 个
            10,000人     | NONE     | 10000     | false | 人
            """)
    void readsNumbersWrittenAsText(String text, String relation, String number, boolean percent, String unit) {
        Figure figure = FigureParser.parse(text);
        assertThat(figure.relation()).isEqualTo(Optional.ofNullable(relation).map(Relation::valueOf));
        assertThat(figure.number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(new BigDecimal(number)));
        assertThat(figure.percent()).isEqualTo(percent);
        assertThat(figure.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"效果明显", "达成预期指标", "及时", "2022年12月底前", "12月底前完成", "—", "/", "", "1,2,3",
        "第3季度", "高"})
    void qualitativeAndDateTextHasNoNumber(String text) {
        assertThat(FigureParser.parse(text).number()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"—", "/", "／", "-", "——", "无", " ", "XXX", "*"})
    void placeholdersAreRecognised(String text) {
        assertThat(FigureParser.isPlaceholder(text)).isTrue();
    }

    /** The pattern-free split of the common shape agrees with the pattern on every text it accepts. */
    @Test
    void plainNumberSplitAgreesWithThePattern() {
        String alphabet = "0123456789+-.,%万元人次个≥≤\n\u2028 (含)年度";
        java.util.Random random = new java.util.Random(20221231L);
        int accepted = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            int end = FigureParser.plainNumberEnd(s);
            if (end > 0) {
                accepted++;
                java.util.regex.Matcher m = FigureParser.NUMBER_WITH_UNIT.matcher(s);
                assertThat(m.matches()).as(s).isTrue();
                assertThat(m.group(1)).as(s).isEqualTo(s.substring(0, end));
                assertThat(m.group(2)).as(s).isEqualTo(s.substring(end));
            }
        }
        assertThat(accepted).isGreaterThan(10_000);
        assertThat(FigureParser.plainNumberEnd("1,000元")).isEqualTo(-1);
        assertThat(FigureParser.plainNumberEnd(".5")).isEqualTo(-1);
        assertThat(FigureParser.plainNumberEnd("12.万")).isEqualTo(-1);
        assertThat(FigureParser.plainNumberEnd("95%")).isEqualTo(2);
    }
}
