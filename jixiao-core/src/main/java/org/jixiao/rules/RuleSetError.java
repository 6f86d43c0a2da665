package org.jixiao.rules;

import java.util.Objects;

/**
 * One mistake in a rule set, at its file, line and column, with the offending value, a stable code and a
 * Chinese message that says how to fix it. Line 0 means the file as a whole. Immutable and thread-safe.
 */
public record RuleSetError(String file, int line, String column, String value, Code code, String message) {

    /** Stable codes of rule-set mistakes. */
    public enum Code {
        UNREADABLE_FILE, ENCODING, MISSING_TABLE, MISSING_COLUMN, UNKNOWN_COLUMN, UNKNOWN_RULE_TYPE,
        UNKNOWN_PARAMETER, MISSING_PARAMETER, BAD_PARAMETER, BAD_NUMBER, WEIGHT_NOT_POSITIVE, SUBTOTAL_MISMATCH,
        TOTAL_MISMATCH, TIERS_OVERLAP, TIERS_GAP, GRADES_OVERLAP, GRADES_GAP, BAD_INTERVAL, DUPLICATE_CODE,
        UNKNOWN_SETTING, BAD_SETTING,
        /** A 测试 table row leaves a required cell empty. */
        MISSING_VALUE,
        /** A 测试 table row names a sample workbook that is in none of the folders searched. */
        SAMPLE_NOT_FOUND
    }

    public RuleSetError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(" 第").append(line).append("行");
        }
        if (!column.isEmpty()) {
            s.append(" 列“").append(column).append("”");
        }
        if (!value.isEmpty()) {
            s.append(" 值“").append(value).append("”");
        }
        return s.append(": ").append(message).append(" [").append(code).append("]").toString();
    }
}
