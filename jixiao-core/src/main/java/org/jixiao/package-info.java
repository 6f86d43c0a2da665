/**
 * jixiao's public API: {@link org.jixiao.Jixiao}, the one entry point, with one immutable value per concern —
 * {@link org.jixiao.RuleSelection} (which rule set scores a sheet), {@link org.jixiao.ReadLimits} (what a workbook
 * may cost), {@link org.jixiao.CopyOptions} (what the filled copy carries) and {@link org.jixiao.BatchSettings}
 * (a folder of submissions) — and the results as records: {@link org.jixiao.WorkbookScore} with a
 * {@link org.jixiao.SheetScore} per evaluation table, {@link org.jixiao.FilledCopy} and
 * {@link org.jixiao.BatchSummary}. What was read and what is wrong with it are the records of
 * {@link org.jixiao.model} ({@link org.jixiao.model.Problem}: code, severity, Chinese message, cell such as
 * {@code 自评表!H23}); {@link org.jixiao.testing} checks a rule set against sample sheets from JUnit.
 *
 * <p>The other packages ({@code xlsx}, {@code read}, {@code rules}, {@code score}, {@code write}, {@code batch},
 * {@code report}) are the stages behind this API; the module does not export them and they may change in any
 * release.
 *
 * <pre>{@code
 * Jixiao jixiao = Jixiao.create();
 * WorkbookScore scored = jixiao.score(Path.of("自评表.xlsx"));
 * for (SheetScore sheet : scored.sheets()) {
 *     System.out.println(sheet.sheet() + " " + sheet.total() + " " + sheet.grade());  // 自评表 92.44 优
 * }
 * scored.problems().forEach(System.out::println);                                  // 自评表!H23: …
 * jixiao.fill(scored, Path.of("自评表-评分.xlsx"));
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe; one {@code Jixiao} serves any number of threads. The library
 * never prints and never exits; it logs through slf4j (bring your own binding).
 */
package org.jixiao;
