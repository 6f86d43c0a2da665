package org.jixiao.samples;

/**
 * One indicator row of a sample: names, target and actual (String → text cell, Number → number cell,
 * {@link Pct} → percent-formatted number, null → blank), 分值, submitted 得分 and a note.
 */
record Ind(String level1, String level2, String level3, Object target, Object actual, Object weight,
           Object reported, String note) {
}
