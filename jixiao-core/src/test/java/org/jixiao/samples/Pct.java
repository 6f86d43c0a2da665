package org.jixiao.samples;

/** A number written into a cell with a 0.00% format, as Excel stores a typed percentage. */
record Pct(double fraction) {
}
