package org.jixiao.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.jixiao.model.CellRef;
import org.jixiao.model.Severity;

/**
 * A copy of the input workbook being filled: values go into existing cells without disturbing their look (a
 * merged region is written at its top-left cell, a formula is replaced by the value), review marks and added
 * sheets go on top, and {@link #save} writes it. Two implementations: POI's object model for every workbook,
 * and a lean one that patches the bytes of an .xlsx read the lean way. Not thread-safe.
 */
interface FilledCopy {

    /** A score, shown with two decimals (6.40, not 6.4) when the cell has the General format. */
    void setScore(CellRef ref, double value);

    /** A fraction shown as a percentage: keeps a percent format the cell has, else 0.00%. */
    void setPercent(CellRef ref, double fraction);

    void setText(CellRef ref, String value);

    /** The text at the cell (a merged region's top-left), "" when it holds no text. */
    String text(CellRef ref);

    /** True when the cell holds nothing and belongs to no merged region, so a new value may go there. */
    boolean isFree(String sheet, int r, int c);

    /** The first column right of the merged region (or cell) at r, c. */
    int columnAfter(String sheet, int r, int c);

    /** The index of the sheet's last row. */
    int lastRow(String sheet);

    /** Fills each cell in its severity's colour (on a copy of its style) and attaches each comment. */
    void mark(Map<CellRef, Severity> fills, Map<CellRef, String> comments);

    /** Adds a sheet at the end, replacing one of the same name, with its print settings. */
    void addSheet(AddedSheet sheet);

    /**
     * Makes a submitted sheet print one page wide and as many tall as it needs (A4 where it names no paper,
     * landscape where it names no orientation and its columns are wider than a portrait page) — unless it has
     * print settings of its own (a fitted, scaled or turned page setup, page setup properties, or a print area),
     * which it then keeps exactly. Takes effect on {@link #save}, over the sheet's columns as then written.
     */
    void fitToPageWidth(String sheet);

    /** Writes the copy atomically to {@code output}. */
    void save(Path output) throws IOException;
}
