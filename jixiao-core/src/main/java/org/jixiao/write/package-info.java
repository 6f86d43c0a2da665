/**
 * Writing: fills a copy of the input workbook with the recomputed 执行率, scores, 总分 and grade, keeping every
 * style, merged region and untouched cell, and moves it into place atomically. The input file is never written.
 */
package org.jixiao.write;
