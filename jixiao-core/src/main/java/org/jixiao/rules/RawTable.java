package org.jixiao.rules;

import java.util.List;
import java.util.Map;

/**
 * One table of a rule set as read from its file, before validation: the header cells and each row's cells by
 * header, with the row's line (CSV line or Excel row number). Immutable.
 */
record RawTable(String file, List<String> header, List<Row> rows) {

    record Row(int line, Map<String, String> cells) {
    }

    RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
