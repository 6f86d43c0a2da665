/**
 * Rule sets: the scoring rules an evaluator edits in Excel or WPS — 指标规则 (one row per indicator rule), 等级
 * (grade bands) and 设置 (settings) — loaded from CSV files or one .xlsx, validated with every error reported at
 * its file, line and column, and shipped built in ({@code national-project-2020},
 * {@code department-overall-reference}). Each set says which sheets it is for ({@link org.jixiao.rules.RuleSetScope});
 * {@link org.jixiao.rules.RuleSetChooser} picks for each sheet the built-in or user's set that fits its indicators
 * clearly best, else the national default, and says why ({@link org.jixiao.rules.RuleChoice}). The
 * {@link org.jixiao.rules.Rule} types are a closed, sealed set; {@code org.jixiao.score} applies them. A set may
 * carry a 测试 table ({@link org.jixiao.rules.ExpectationTable}) of the figures sample workbooks should score to,
 * which {@code org.jixiao.testing} checks; it is read apart from the three scoring tables and never changes the
 * set's SHA-256. Every type here is immutable and thread-safe.
 */
package org.jixiao.rules;
