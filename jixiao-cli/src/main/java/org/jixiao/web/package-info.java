/**
 * {@code jixiao serve}: a page on the evaluator's own machine for people who do not open a terminal. An embedded
 * Jetty server bound to 127.0.0.1 takes uploads into a private temporary folder, runs {@link
 * org.jixiao.batch.Batch} on them exactly as {@code jixiao batch} does, and serves the results, one workbook's
 * findings and the downloads to a static page (plain HTML, CSS and JavaScript under this package's resources,
 * no build step, nothing fetched from the network). Depends on the library's public API only; the library
 * depends on nothing here.
 */
package org.jixiao.web;
