/**
 * Immutable records for what a 绩效自评表 holds: an {@link org.jixiao.model.Evaluation} with its
 * {@link org.jixiao.model.BudgetLine}s and {@link org.jixiao.model.Indicator}s, the
 * {@link org.jixiao.model.CellRef} each came from, and the {@link org.jixiao.model.Problem}s found on the way.
 * First stage of the flow {@code model → read → score → write → cli}. Every type here is immutable and thread-safe.
 */
package org.jixiao.model;
