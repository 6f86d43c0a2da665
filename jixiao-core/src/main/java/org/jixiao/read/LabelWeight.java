package org.jixiao.read;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A level label with its weight taken out: 产出指标(50分) → 产出指标 and 50. */
record LabelWeight(String name, Optional<BigDecimal> weight) {

    private static final Pattern WITH_WEIGHT =
            Pattern.compile("^(.*?)\\(?(?:分值|权重)?[:：]?(\\d+(?:\\.\\d+)?)分\\)?$");

    static LabelWeight parse(String label) {
        String s = FigureParser.normalize(label);
        // the pattern can only match text ending in 分 or 分); most labels carry no weight
        if (s.isEmpty() || (s.charAt(s.length() - 1) != '分' && s.charAt(s.length() - 1) != ')')) {
            return new LabelWeight(s, Optional.empty());
        }
        Matcher m = WITH_WEIGHT.matcher(s);
        if (m.matches() && !m.group(1).isEmpty()) {
            return new LabelWeight(m.group(1), Optional.of(new BigDecimal(m.group(2))));
        }
        return new LabelWeight(s, Optional.empty());
    }
}
