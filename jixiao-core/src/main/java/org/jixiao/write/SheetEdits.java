package org.jixiao.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jixiao.model.CellRef;
import org.jixiao.xlsx.SheetXml;
import org.jixiao.xlsx.Splices;
import org.jixiao.xlsx.XlsxPackage;
import org.jixiao.xlsx.Xml;

/**
 * The pending edits to one worksheet of a {@link LeanCopy}, and how they become splices of its XML: a written
 * cell replaces its element, a new cell goes into its row in column order, a new row between its neighbours.
 * Not thread-safe.
 */
final class SheetEdits {

    /** A row's spans hint, which new cells may fall outside of. */
    private static final java.util.regex.Pattern SPANS = java.util.regex.Pattern.compile("\\sspans\\s*=\\s*\"[^\"]*\"");

    final XlsxPackage.SheetPart part;
    final SheetXml xml;
    /** 1-based position of the sheet in the workbook, for ids unique per sheet. */
    final int position;
    /** Keyed by {@link #key}, so iteration runs row by row, column by column. */
    final TreeMap<Long, LeanCopy.Pending> edits = new TreeMap<>();
    final Map<CellRef, String> comments = new LinkedHashMap<>();
    private final Map<Long, SheetXml.Cell> originals = new HashMap<>();

    SheetEdits(XlsxPackage.SheetPart part, SheetXml xml, int position) {
        this.part = part;
        this.xml = xml;
        this.position = position;
        for (SheetXml.Cell cell : xml.cells()) {
            originals.put(key(cell.row(), cell.column()), cell);
        }
    }

    static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    private static int row(long key) {
        return (int) (key >> 16);
    }

    private static int column(long key) {
        return (int) (key & 0xFFFF);
    }

    SheetXml.Cell original(long key) {
        return originals.get(key);
    }

    /** The merged region {firstRow, firstColumn, lastRow, lastColumn} covering the cell, or null. */
    int[] merge(int r, int c) {
        for (int[] m : xml.merges()) {
            if (r >= m[0] && r <= m[2] && c >= m[1] && c <= m[3]) {
                return m;
            }
        }
        return null;
    }

    /** The key of the cell a write lands on: a merged region's top-left. */
    long anchor(int r, int c) {
        int[] m = merge(r, c);
        return m == null ? key(r, c) : key(m[0], m[1]);
    }

    int style(long key) {
        LeanCopy.Pending pending = edits.get(key);
        if (pending != null) {
            return pending.style();
        }
        SheetXml.Cell cell = originals.get(key);
        return cell == null ? 0 : cell.style();
    }

    String text(long key) {
        LeanCopy.Pending pending = edits.get(key);
        if (pending != null) {
            return pending.text();
        }
        SheetXml.Cell cell = originals.get(key);
        return cell != null && cell.kind() == SheetXml.Kind.STRING ? cell.value() : "";
    }

    void put(long key, LeanCopy.Pending pending) {
        edits.put(key, pending);
    }

    /** Adds the splices that write every pending cell. */
    void writeCells(Splices splices) {
        Map<Integer, SheetXml.Row> rows = new HashMap<>();
        for (SheetXml.Row row : xml.rows()) {
            rows.put(row.index(), row);
        }
        Map<Integer, List<SheetXml.Cell>> cellsByRow = new HashMap<>();
        for (SheetXml.Cell cell : xml.cells()) {
            cellsByRow.computeIfAbsent(cell.row(), k -> new ArrayList<>()).add(cell);
        }
        TreeMap<Integer, List<Long>> byRow = new TreeMap<>();
        for (long key : edits.keySet()) {
            byRow.computeIfAbsent(row(key), k -> new ArrayList<>()).add(key);
        }
        StringBuilder newRowsAtEnd = new StringBuilder();
        for (Map.Entry<Integer, List<Long>> entry : byRow.entrySet()) {
            int r = entry.getKey();
            SheetXml.Row row = rows.get(r);
            if (row == null) {
                StringBuilder cells = new StringBuilder("<row").append(xml.namespaceDeclaration()).append(" r=\"")
                        .append(r + 1).append("\">");
                for (long key : entry.getValue()) {
                    cells.append(render(key));
                }
                cells.append("</row>");
                SheetXml.Row next = xml.rows().stream().filter(x -> x.index() > r).findFirst().orElse(null);
                if (next != null) {
                    splices.insert(next.start(), cells.toString());
                } else {
                    newRowsAtEnd.append(cells);
                }
                continue;
            }
            String startTag = new String(xml.bytes(), row.start(), row.startTagEnd() - row.start(),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (startTag.contains("spans")) {
                startTag = SPANS.matcher(startTag).replaceFirst("");
            }
            if (row.selfClosing()) {
                StringBuilder whole = new StringBuilder(startTag.substring(0, startTag.length() - 2).stripTrailing()).append('>');
                for (long key : entry.getValue()) {
                    whole.append(render(key));
                }
                // the end tag repeats the start tag's name, prefix included
                splices.replace(row.start(), row.end(), whole.append("</").append(Xml.qualifiedName(startTag)).append('>').toString());
                continue;
            }
            boolean inserted = false;
            List<SheetXml.Cell> existing = cellsByRow.getOrDefault(r, List.of());
            for (long key : entry.getValue()) {
                SheetXml.Cell cell = originals.get(key);
                if (cell != null) {
                    splices.replace(cell.start(), cell.end(), render(key));
                    continue;
                }
                int c = column(key);
                int at = existing.stream().filter(x -> x.column() > c).mapToInt(SheetXml.Cell::start).findFirst()
                        .orElse(row.endTagStart());
                splices.insert(at, render(key));
                inserted = true;
            }
            if (inserted) {
                splices.replace(row.start(), row.startTagEnd(), startTag);
            }
        }
        if (newRowsAtEnd.length() > 0) {
            if (xml.sheetDataSelfClosing()) {
                String sheetData = new String(xml.bytes(), xml.sheetDataStart(), xml.sheetDataEnd() - xml.sheetDataStart(),
                        java.nio.charset.StandardCharsets.UTF_8);
                String name = Xml.qualifiedName(sheetData);
                splices.replace(xml.sheetDataStart(), xml.sheetDataEnd(), sheetData.substring(0, sheetData.length() - 2)
                        .stripTrailing() + ">" + newRowsAtEnd + "</" + name + ">");
            } else {
                splices.insert(xml.sheetDataEnd(), newRowsAtEnd.toString());
            }
        }
    }

    private String render(long key) {
        return edits.get(key).render(CellRef.columnName(column(key)) + (row(key) + 1), xml.namespaceDeclaration());
    }

}
