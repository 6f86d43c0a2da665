/**
 * Batch: scores every evaluation sheet of hundreds or thousands of workbooks in parallel, writes the filled
 * copies under an output folder mirroring the input tree, and a summary (汇总.xlsx with statistics, charts and
 * problems; summary.csv; errors.csv). One bad file never stops the run; re-runs skip outputs that are up to
 * date with their input; every file is written atomically.
 */
package org.jixiao.batch;
