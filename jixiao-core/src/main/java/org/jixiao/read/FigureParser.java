package org.jixiao.read;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Figure;
import org.jixiao.model.Relation;

/**
 * Reads the numbers people write as text in 绩效 tables: {@code 100.00%}, {@code ≥50个}, {@code ≤90万元},
 * {@code 48,865.73}, full-width digits and operators, {@code >=90%}, {@code 不低于95%}, {@code 500人次以上}.
 * Text that is not one number with an optional relation and unit (效果明显, 2022年12月底前) gives a figure
 * without a number. Stateless and thread-safe.
 */
public final class FigureParser {

    static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+)(.*)");

    /** Prefix relations, longest first so that 大于等于 wins over 大于. */
    private static final List<Map.Entry<String, Relation>> PREFIXES = List.of(
            Map.entry(">=", Relation.AT_LEAST), Map.entry("=>", Relation.AT_LEAST), Map.entry("≥", Relation.AT_LEAST),
            Map.entry("<=", Relation.AT_MOST), Map.entry("=<", Relation.AT_MOST), Map.entry("≤", Relation.AT_MOST),
            Map.entry("大于或等于", Relation.AT_LEAST), Map.entry("大于等于", Relation.AT_LEAST),
            Map.entry("不低于", Relation.AT_LEAST), Map.entry("不少于", Relation.AT_LEAST),
            Map.entry("不小于", Relation.AT_LEAST), Map.entry("达到", Relation.AT_LEAST),
            Map.entry("小于或等于", Relation.AT_MOST), Map.entry("小于等于", Relation.AT_MOST),
            Map.entry("不超过", Relation.AT_MOST), Map.entry("不高于", Relation.AT_MOST),
            Map.entry("不多于", Relation.AT_MOST), Map.entry("不大于", Relation.AT_MOST),
            Map.entry("控制在", Relation.AT_MOST),
            Map.entry("大于", Relation.GREATER), Map.entry("高于", Relation.GREATER), Map.entry("超过", Relation.GREATER),
            Map.entry("小于", Relation.LESS), Map.entry("低于", Relation.LESS),
            Map.entry("==", Relation.EQUAL), Map.entry("等于", Relation.EQUAL),
            Map.entry(">", Relation.GREATER), Map.entry("<", Relation.LESS), Map.entry("=", Relation.EQUAL));

    /** Suffix relations: 500人次以上, 90万元以内, 3次(含)以下. */
    private static final List<Map.Entry<String, Relation>> SUFFIXES = List.of(
            Map.entry("及以上", Relation.AT_LEAST), Map.entry("以上", Relation.AT_LEAST),
            Map.entry("及以下", Relation.AT_MOST), Map.entry("以下", Relation.AT_MOST), Map.entry("以内", Relation.AT_MOST));

    /** Characters of units that mark a date or deadline: the number is not a quantity to compare proportionally. */
    private static final String DATE_MARKS = "年月日号底前周";

    private static final Pattern PLACEHOLDER = Pattern.compile("[—―\\-－/／\\\\、*×xX]*|无|不适用");

    private FigureParser() {
    }

    /** Normalises what people type: full-width forms, odd operator glyphs and all white space. */
    public static String normalize(String text) {
        if (alreadyNormal(text)) {
            return text;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '≧', '⩾' -> out.append('≥');
                case '≦', '⩽' -> out.append('≤');
                case '═', '﹦' -> out.append('=');
                case '，' -> out.append(',');
                case '％' -> out.append('%');
                default -> {
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * True when NFKC, the glyph folding and the white-space removal would all leave the text as it is: printable
     * ASCII, CJK unified ideographs, ≤ ≥ and the CJK punctuation 、。〈〉《》「」『』【】. Most cells are like this, and
     * the check is far cheaper than the normalisation it skips.
     */
    private static boolean alreadyNormal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ≤ and ≥ have no compatibility decomposition and are what the folding produces
            boolean safe = (c > ' ' && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3011)
                    || c == '≤' || c == '≥';
            if (!safe) {
                return false;
            }
        }
        return true;
    }

    /** True for cells that hold a dash, slash or 无 meaning "nothing here". */
    public static boolean isPlaceholder(String text) {
        String s = normalize(text);
        // a placeholder is at most a few dashes or slashes, 无 or 不适用: anything holding a digit is not one
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return false;
            }
        }
        return PLACEHOLDER.matcher(s).matches();
    }

    /** Parses one target or actual value written as text. Never throws. */
    public static Figure parse(String text) {
        String shown = text == null ? "" : text.strip();
        String s = normalize(shown);
        if (s.isEmpty() || isPlaceholder(s)) {
            return Figure.text(shown);
        }
        Optional<Relation> relation = Optional.empty();
        for (Map.Entry<String, Relation> prefix : PREFIXES) {
            if (s.startsWith(prefix.getKey())) {
                relation = Optional.of(prefix.getValue());
                s = s.substring(prefix.getKey().length());
                break;
            }
        }
        BigDecimal number;
        String unit;
        int end = plainNumberEnd(s);
        if (end > 0) {
            number = new BigDecimal(s.substring(0, end));
            unit = s.substring(end);
        } else {
            Matcher m = NUMBER_WITH_UNIT.matcher(s);
            if (!m.matches()) {
                return Figure.text(shown);
            }
            number = new BigDecimal(m.group(1).replace(",", ""));
            unit = m.group(2);
        }
        unit = unit.replace("(含)", "");
        if (relation.isEmpty()) {
            for (Map.Entry<String, Relation> suffix : SUFFIXES) {
                if (unit.endsWith(suffix.getKey())) {
                    relation = Optional.of(suffix.getValue());
                    unit = unit.substring(0, unit.length() - suffix.getKey().length());
                    break;
                }
            }
        }
        boolean percent = false;
        if (unit.startsWith("%") || unit.startsWith("百分比")) {
            percent = true;
            unit = unit.substring(unit.startsWith("%") ? 1 : 3);
        }
        if (unit.length() > 8 || !plainUnit(unit)) {
            return Figure.text(shown);
        }
        if (percent) {
            number = number.movePointLeft(2);
        }
        return new Figure(shown, relation, Optional.of(number), percent, unit);
    }

    /**
     * Where the number ends when the text has the common shape — an optional sign, digits without thousands
     * separators, an optional fraction, then a unit without line breaks — which {@link #NUMBER_WITH_UNIT} splits
     * the same way; -1 when the text needs the pattern. Most target and actual cells have this shape, and the
     * pattern was a third of parsing them.
     */
    static int plainNumberEnd(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return -1;
        }
        if (i < n && s.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == fraction) {
                return -1;
            }
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '.')) {
            return -1;
        }
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            // the pattern's "." matches no line terminator
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        return i;
    }

    /** A unit with no digit in it and no mark of a date or deadline. */
    private static boolean plainUnit(String unit) {
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (Character.isDigit(c) || DATE_MARKS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
