/**
 * Scoring: turns a submitted {@link org.jixiao.model.Evaluation} into a {@link org.jixiao.score.ScoredEvaluation}
 * with recomputed indicator and budget scores, 一级/二级 subtotals, the total, the grade, each score's 得分依据,
 * and the consistency problems between what was submitted and what the rules give.
 */
package org.jixiao.score;
