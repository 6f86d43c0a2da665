/**
 * Rule-set tests: {@link org.jixiao.testing.RuleSetCheck} scores sample workbooks with one rule set and compares
 * 总分, 等级, 预算执行, indicators and subtotals with the values a rule set's 测试 table
 * ({@link org.jixiao.rules.ExpectationTable}) or a developer's JUnit test expects. It sits above the whole pipeline
 * (read, score, write) and below the command line, which runs it as {@code jixiao rules test}; the rules package
 * only reads the 测试 table, so that it stays free of the stages that apply rules. Every public type here is
 * immutable and thread-safe.
 */
package org.jixiao.testing;
