package org.jixiao.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the summary as both 汇总.xlsx and summary.csv show them: one row per evaluation in input order,
 * the rule set that scored each sheet and why (a batch may use several), one column per 一级 subtotal seen
 * anywhere, then total, grade, submitted total, difference, problem count and RANK.EQ rank. Cells are String, BigDecimal, Integer or null.
 */
final class SummaryTable {

    /** How a column's numbers are shown in the workbook. */
    enum Kind { TEXT, INTEGER, MONEY, RATE, SCORE }

    record Column(String header, Kind kind, int width) {
    }

    private SummaryTable() {
    }

    static List<Column> columns(Statistics statistics) {
        // narrow enough that the printed columns fit a landscape A4 page at a readable size: text wraps
        List<Column> columns = new ArrayList<>(List.of(new Column("序号", Kind.INTEGER, 5),
                new Column("文件", Kind.TEXT, 14), new Column("工作表", Kind.TEXT, 9), new Column("单位", Kind.TEXT, 12),
                new Column("项目/标题", Kind.TEXT, 14), new Column("年度", Kind.INTEGER, 6), new Column("类型", Kind.TEXT, 7),
                new Column("规则集", Kind.TEXT, 14),
                new Column("全年预算数", Kind.MONEY, 12), new Column("全年执行数", Kind.MONEY, 12),
                new Column("执行率", Kind.RATE, 8)));
        statistics.groupNames().forEach(name -> columns.add(new Column(name, Kind.SCORE, 7)));
        columns.addAll(List.of(new Column("总分", Kind.SCORE, 7), new Column("等级", Kind.TEXT, 5),
                new Column("填报总分", Kind.SCORE, 7), new Column("差异", Kind.SCORE, 7),
                new Column("问题数", Kind.INTEGER, 6), new Column("排名", Kind.INTEGER, 5),
                new Column("排名区间", Kind.TEXT, 9),
                new Column("等级稳定概率", Kind.RATE, 10), new Column("总分P5", Kind.SCORE, 9),
                new Column("总分P95", Kind.SCORE, 9)));
        return columns;
    }

    static List<List<Object>> rows(List<SummaryRow> rows, Statistics statistics) {
        List<List<Object>> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SummaryRow row = rows.get(i);
            List<Object> cells = new ArrayList<>(List.of(i + 1, row.file(), row.sheet(), row.unit(), row.title()));
            cells.add(row.year().orElse(null));
            cells.add(row.kind());
            cells.add(row.rules());
            cells.add(row.budget().orElse(null));
            cells.add(row.executed().orElse(null));
            cells.add(row.rate().map(r -> r.setScale(4, RoundingMode.HALF_UP)).orElse(null));
            for (String group : statistics.groupNames()) {
                cells.add(row.groups().stream().filter(g -> g.name().equals(group)).map(SummaryRow.Group::score)
                        .findFirst().orElse(null));
            }
            cells.add(row.total());
            cells.add(row.grade());
            cells.add(row.reportedTotal().orElse(null));
            cells.add(row.difference().orElse(null));
            cells.add(row.problems().size());
            cells.add(statistics.ranks()[i]);
            cells.add(statistics.bestRanks()[i] + "–" + statistics.worstRanks()[i]);
            cells.add(BigDecimal.valueOf(row.stability().sameGradeProbability()).setScale(4, RoundingMode.HALF_UP));
            cells.add(BigDecimal.valueOf(row.stability().totalP5()).setScale(2, RoundingMode.HALF_UP));
            cells.add(BigDecimal.valueOf(row.stability().totalP95()).setScale(2, RoundingMode.HALF_UP));
            table.add(cells);
        }
        return table;
    }

    static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
