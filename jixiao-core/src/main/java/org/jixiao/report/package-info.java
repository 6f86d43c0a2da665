/**
 * The 绩效自评报告 beside the table: {@link org.jixiao.report.ReportDraft} drafts the Word report of a scored
 * workbook (and a batch's 评价结果汇总报告), {@link org.jixiao.report.ReportCheck} finds the figures a published
 * report states and checks them by themselves and against the table, giving
 * {@link org.jixiao.report.StatedFigure}s, {@link org.jixiao.report.ReportComparison}s and
 * {@link org.jixiao.report.ReportFinding}s. Depends on model, read, score, write and batch, and on POI's XWPF.
 */
package org.jixiao.report;
