package org.jixiao.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.jixiao.model.CellRef;
import org.jixiao.model.Problem;
import org.jixiao.model.Severity;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;

/**
 * What the reviewer is shown in the workbook itself: each finding's cell filled in its severity's colour with the
 * finding as a comment, each indicator's 得分依据 as a comment on its score cell, and a 审核意见 sheet listing
 * every finding with a link to its cell under a colour legend. Only the marked cells' fill changes (on a copy of
 * their style); everything else keeps its look. Computed here, rendered by a {@link FilledCopy}.
 */
final class ReviewMarks {

    static final String SHEET = "审核意见";
    private static final Map<Severity, IndexedColors> COLOURS = new EnumMap<>(Map.of(
            Severity.ERROR, IndexedColors.ROSE, Severity.WARNING, IndexedColors.LIGHT_YELLOW,
            Severity.INFO, IndexedColors.LIGHT_TURQUOISE));
    private static final Map<Severity, String> MEANINGS = new EnumMap<>(Map.of(
            Severity.ERROR, "错误：数据缺失或错误，得分不可信 / error",
            Severity.WARNING, "警告：与评分规则或其他数据不符，请复核 / warning",
            Severity.INFO, "提示：工具所作的假设或说明 / note"));
    /** One landscape A4 page wide at full size when printed: the message wraps within its column. */
    private static final int[] WIDTHS = {6, 22, 6, 26, 80};

    private ReviewMarks() {
    }

    /** The indexed colour (Excel's legacy palette) a severity's cells are filled with. */
    static short colour(Severity severity) {
        return COLOURS.get(severity).getIndex();
    }

    static void mark(FilledCopy copy, List<ScoredEvaluation> scored) {
        Map<CellRef, List<String>> notes = new LinkedHashMap<>();
        Map<CellRef, Severity> worst = new LinkedHashMap<>();
        List<Problem> all = new ArrayList<>();
        for (ScoredEvaluation evaluation : scored) {
            for (Problem problem : evaluation.allProblems()) {
                all.add(problem);
                problem.cell().ifPresent(cell -> {
                    notes.computeIfAbsent(cell, k -> new ArrayList<>()).add("【" + problem.severity().chinese() + " "
                            + problem.code() + "】" + problem.message());
                    worst.merge(cell, problem.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                });
            }
            for (IndicatorScore score : evaluation.indicators()) {
                notes.computeIfAbsent(score.indicator().scoreCell(), k -> new ArrayList<>())
                        .add("得分依据：" + score.basis() + "（" + score.ruleDescription() + "）");
            }
            evaluation.budget().flatMap(b -> b.line().scoreCell().map(c -> Map.entry(c, b.basis())))
                    .ifPresent(e -> notes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add("得分依据：" + e.getValue()));
        }
        Map<CellRef, String> comments = new LinkedHashMap<>();
        notes.forEach((cell, lines) -> comments.put(cell, String.join("\n", lines)));
        copy.mark(worst, comments);
        copy.addSheet(reviewSheet(all, AddedSheet.unitOf(scored)));
    }

    private static AddedSheet reviewSheet(List<Problem> problems, String unit) {
        List<List<AddedSheet.Entry>> rows = new ArrayList<>();
        rows.add(List.of(AddedSheet.Entry.bold("审核意见 / Review findings")));
        rows.add(List.of(AddedSheet.Entry.bold("颜色说明 / legend")));
        for (Severity severity : Severity.values()) {
            rows.add(List.of(AddedSheet.Entry.swatch(severity.chinese(), severity),
                    AddedSheet.Entry.text(MEANINGS.get(severity))));
        }
        rows.add(List.of());
        int header = rows.size();
        rows.add(List.of(AddedSheet.Entry.bold("序号"), AddedSheet.Entry.bold("单元格"), AddedSheet.Entry.bold("级别"),
                AddedSheet.Entry.bold("代码"), AddedSheet.Entry.bold("说明")));
        int n = 1;
        for (Problem problem : problems) {
            AddedSheet.Entry where = problem.cell()
                    .map(ref -> AddedSheet.Entry.link(ref.toString(), "'" + ref.sheet().replace("'", "''") + "'!" + ref.a1()))
                    .orElse(AddedSheet.Entry.text(""));
            rows.add(List.of(AddedSheet.Entry.number(n++), where, AddedSheet.Entry.text(problem.severity().chinese()),
                    AddedSheet.Entry.text(problem.code().name()), AddedSheet.Entry.text(problem.message())));
        }
        return new AddedSheet(SHEET, WIDTHS, rows, header, java.util.Set.of(4), unit);
    }
}
