package org.jixiao.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The cell formats (cellXfs) of styles.xml as the reader needs them: each format's number-format code, so a
 * cell styled 0.00% reads as a percentage. Also where each format's &lt;xf&gt; sits in the bytes, so the
 * writer can copy one with another number format or fill. Immutable once read.
 */
public final class CellFormats {

    private final Map<Integer, String> customCodes;
    private final List<Integer> numberFormatIds;
    /** Byte ranges [start, end) of each &lt;xf&gt; in cellXfs. */
    private final List<int[]> xfRanges;

    private CellFormats(Map<Integer, String> customCodes, List<Integer> numberFormatIds, List<int[]> xfRanges) {
        this.customCodes = customCodes;
        this.numberFormatIds = numberFormatIds;
        this.xfRanges = xfRanges;
    }

    static CellFormats read(byte[] styles) throws NotLean {
        Map<Integer, String> codes = new HashMap<>();
        List<Integer> ids = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        if (styles == null) {
            return new CellFormats(codes, ids, ranges);
        }
        XmlCursor xml = new XmlCursor(styles);
        xml.root("styleSheet", XmlCursor.MAIN);
        boolean inCellXfs = false;
        for (int t = xml.next(); t != XmlCursor.EOF; t = xml.next()) {
            if (t == XmlCursor.START && xml.is("numFmt")) {
                String id = xml.attr("numFmtId");
                String code = xml.attr("formatCode");
                if (id != null && code != null) {
                    codes.put(parseId(id), code);
                }
            } else if (t == XmlCursor.START && xml.is("cellXfs")) {
                inCellXfs = !xml.selfClosing();
            } else if (t == XmlCursor.END && xml.is("cellXfs")) {
                inCellXfs = false;
            } else if (t == XmlCursor.START && inCellXfs && xml.is("xf")) {
                int start = xml.tokenStart();
                String id = xml.attr("numFmtId");
                ids.add(id == null ? 0 : parseId(id));
                xml.skipElement();
                ranges.add(new int[] {start, xml.tokenEnd()});
            }
        }
        return new CellFormats(codes, ids, ranges);
    }

    private static int parseId(String id) throws NotLean {
        try {
            return Integer.parseInt(id.strip());
        } catch (NumberFormatException e) {
            throw new NotLean("bad numFmtId " + id);
        }
    }

    /** The number-format code of cell format {@code xf} ("General" when unknown, as POI answers). */
    public String formatCode(int xf) {
        if (xf < 0 || xf >= numberFormatIds.size()) {
            return "General";
        }
        int id = numberFormatIds.get(xf);
        String code = customCodes.get(id);
        if (code != null) {
            return code;
        }
        String builtIn = BuiltinFormats.getBuiltinFormat(id);
        return builtIn == null ? "General" : builtIn;
    }

    int count() {
        return numberFormatIds.size();
    }

    int[] range(int xf) {
        return xfRanges.get(xf);
    }
}
