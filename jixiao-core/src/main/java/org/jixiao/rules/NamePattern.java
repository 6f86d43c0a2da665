package org.jixiao.rules;

import java.util.regex.Pattern;

import org.jixiao.read.FigureParser;

/**
 * A level name in a rule row: an exact name, or a pattern with {@code *} standing for any text. Blank matches
 * anything. Names are compared after folding full-width forms and white space, and a "(50分)" weight in a sheet
 * label is already stripped by the reader. Immutable and thread-safe.
 */
public record NamePattern(String text) {

    public static final NamePattern ANY = new NamePattern("*");

    static NamePattern of(String text) {
        String s = FigureParser.normalize(text == null ? "" : text);
        return new NamePattern(s.isEmpty() ? "*" : s);
    }

    boolean isWildcard() {
        return text.contains("*");
    }

    boolean matches(String name) {
        String n = FigureParser.normalize(name);
        if (!isWildcard()) {
            return text.equals(n);
        }
        return COMPILED.computeIfAbsent(text, t -> {
            StringBuilder regex = new StringBuilder();
            for (String part : t.split("\\*", -1)) {
                regex.append(Pattern.quote(part)).append(".*");
            }
            return Pattern.compile(regex.substring(0, regex.length() - 2), Pattern.DOTALL);
        }).matcher(n).matches();
    }

    /** Compiled wildcard patterns, shared: a rule set has a few dozen, matched against every indicator. */
    private static final java.util.Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String toString() {
        return text;
    }
}
