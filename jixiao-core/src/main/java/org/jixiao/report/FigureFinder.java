package org.jixiao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.EvaluationKind;
import org.jixiao.rules.GradeScale;

/**
 * Finds the figures a report states in the usual phrasings: 预算数 / 支出预算数 / 全年预算 …, 执行数 / 支出执行数 /
 * 实际支出 …, 完成预算的 / 执行率 / 预算执行率 …, 自评得分 / 综合得分 / 总分 …, 自评结果 / 评价等级 / 等级 …; money in 万元,
 * 元 or 亿元; full-width digits, points, percent signs and thousands commas. A keyword is followed by a few
 * joining words (为, 是, 达到, 共计, ：…) and then the figure. Keywords right after 收入, 年初, 上年, 基本, 结转,
 * 填报 or 计算 name another figure and are skipped. In a table, a bare value is read with the label to its left or
 * the header above it.
 */
final class FigureFinder {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String JOIN = "(?:[\\s\u3000:：]|为|是|达到|达|共计|合计|总计|共|计|约|人民币|金额){0,4}";
    private static final String UNIT_NOTE = "(?:[（(](?:单位[:：])?(万元|亿元|元|%|分)[)）])?";
    private static final String NOT_AFTER = "(?<!收入|年初|上年|基本|结转|填报|计算|满分|项目支出)";

    private static final Pattern MONEY = Pattern.compile(NOT_AFTER
            + "(支出预算数|全年预算数|调整后预算数|年度预算数|预算总额|预算数|全年预算|年度预算"
            + "|支出执行数|全年执行数|执行数|实际支出|实际执行|决算数|全年支出|执行金额)"
            + UNIT_NOTE + JOIN + "[（(]?" + NUMBER + "(?![\\d%])\\s*(万元|亿元|元)?");
    private static final Pattern RATE = Pattern.compile(NOT_AFTER
            + "(完成预算的|预算执行率|预算完成率|资金执行率|支出执行率|执行率|执行进度)" + UNIT_NOTE + JOIN + "[（(]?"
            + NUMBER + "\\s*%");
    private static final Pattern TOTAL = Pattern.compile(NOT_AFTER
            + "(自评综合得分|综合得分|自评总分|自评得分|评价总分|评价得分|综合评分|总分)" + UNIT_NOTE + JOIN + "[（(]?"
            + NUMBER + "(?![\\d.%])\\s*(?!%|个百分点)(分)?");
    private static final Pattern GRADE = Pattern.compile("(?<!填报|计算)"
            + "(自评结果|评价结果|评价等级|自评等级|绩效等级|等级)(?:[\\s\u3000:：]|为|是|评定为|评为|定为|属于){0,3}"
            + "[“\"'‘「『]?(优秀|良好|中等|合格|不合格|较差|较好|一般|优|良|中|差|好)[”\"'’」』]?(?![、/和或至])");

    /** A table cell that is only a value: a number with or without unit, or a grade. */
    private static final Pattern BARE_VALUE = Pattern.compile("^[（(]?" + NUMBER + "\\s*(万元|亿元|元|%|分)?[)）]?$"
            + "|^[“\"'‘「『]?(优秀|良好|中等|合格|不合格|较差|较好|一般|优|良|中|差|好)[”\"'’」』]?$");
    private static final Pattern KEYWORD = Pattern.compile("预算数|全年预算|年度预算|预算总额|执行数|实际支出|实际执行|决算数"
            + "|完成预算|执行率|完成率|执行进度|得分|总分|综合评分|自评结果|评价结果|等级");

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
    private static final Pattern CLAUSE_END = Pattern.compile("[。！？!?；;，,：:、]");
    private static final Pattern PROJECT = Pattern.compile("项目(?!支出)");
    private static final Pattern OWN_SUBJECT = Pattern.compile("本项目|该项目|此项目|部门整体|整体支出");

    private final EvaluationKind kind;
    private final GradeScale grades;

    /** @param kind the report's kind: in a 部门整体 report a clause naming a project is about a part */
    FigureFinder(EvaluationKind kind, GradeScale grades) {
        this.kind = kind;
        this.grades = grades;
    }

    List<StatedFigure> find(ReportText report) {
        List<Passage> passages = report.passages();
        List<StatedFigure> figures = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            String text = normalize(passage.text());
            List<StatedFigure> found = find(passage, text, text, 0, false);
            if (found.isEmpty() && passage.inTable() && BARE_VALUE.matcher(text).matches()) {
                Optional<String> label = label(passages, i);
                if (label.isPresent()) {
                    String phrase = label.get() + "：" + text;
                    found = find(passage, phrase, text, label.get().length() + 1, true);
                }
            }
            figures.addAll(found);
        }
        return dropMaximumScores(figures);
    }

    /**
     * @param text      the (normalised) text searched
     * @param shown     the text to quote as the excerpt's source
     * @param offset    where {@code shown} starts in {@code text}: a table value searched with its label before it
     * @param tableCell a bare table value: money without a unit is taken as 万元
     */
    private List<StatedFigure> find(Passage passage, String text, String shown, int offset, boolean tableCell) {
        List<Found> figures = new ArrayList<>();
        Matcher money = MONEY.matcher(text);
        while (money.find()) {
            Optional<String> unit = Optional.ofNullable(money.group(4)).or(() -> Optional.ofNullable(money.group(2)))
                    .filter(u -> u.endsWith("元"));
            if (unit.isEmpty() && !tableCell) {
                continue; // 预算数500=… in running text is a formula, not a stated sum
            }
            String u = unit.orElse("万元");
            BigDecimal value = number(money.group(3));
            value = switch (u) {
                case "元" -> value.movePointLeft(4);
                case "亿元" -> value.movePointRight(4);
                default -> value;
            };
            StatedFigure.Kind k = money.group(1).contains("预算") ? StatedFigure.Kind.BUDGET : StatedFigure.Kind.EXECUTION;
            figures.add(new Found(money.start(), figure(passage, k, text, money, money.start(3), Optional.of(value),
                    Optional.empty(), u, shown, offset)));
        }
        Matcher rate = RATE.matcher(text);
        while (rate.find()) {
            figures.add(new Found(rate.start(), figure(passage, StatedFigure.Kind.RATE, text, rate, rate.start(3),
                    Optional.of(number(rate.group(3))), Optional.empty(), "%", shown, offset)));
        }
        Matcher total = TOTAL.matcher(text);
        while (total.find()) {
            figures.add(new Found(total.start(), figure(passage, StatedFigure.Kind.TOTAL, text, total, total.start(3),
                    Optional.of(number(total.group(3))), Optional.empty(), "分", shown, offset)));
        }
        Matcher grade = GRADE.matcher(text);
        while (grade.find()) {
            String written = grade.group(2);
            String label = grades.parse(written).orElse(written);
            figures.add(new Found(grade.start(), figure(passage, StatedFigure.Kind.GRADE, text, grade, grade.start(2),
                    Optional.empty(), Optional.of(label), "", shown, offset)));
        }
        figures.sort(java.util.Comparator.comparingInt(Found::position));
        return figures.stream().map(Found::figure).toList();
    }

    /** A figure and where its keyword starts, to list figures in the order they are written. */
    private record Found(int position, StatedFigure figure) {
    }

    private StatedFigure figure(Passage passage, StatedFigure.Kind k, String text, Matcher m, int valueStart,
                                Optional<BigDecimal> value, Optional<String> grade, String unit, String shown,
                                int offset) {
        int sentence = 1;
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find() && end.start() < m.start()) {
            sentence++;
            sentenceStart = end.end();
        }
        int sentenceEnd = text.length();
        Matcher next = SENTENCE_END.matcher(text);
        if (next.find(m.end())) {
            sentenceEnd = next.end();
        }
        int clauseStart = 0;
        Matcher clause = CLAUSE_END.matcher(text);
        while (clause.find() && clause.start() < m.start()) {
            clauseStart = clause.end();
        }
        // a sentence about a part stays about it: 其中，某项目预算数500万元，执行数480万元，执行率96%
        boolean part = aboutAPart(text.substring(clauseStart, m.start()))
                || aboutAPart(text.substring(sentenceStart, m.start()));
        int line = passage.lineOf(Math.max(0, valueStart - offset));
        ReportLocation location = new ReportLocation(passage.paragraph(), passage.inTable() ? 1 : sentence, line,
                passage.table(), passage.row(), passage.column(), passage.section());
        String written = text.substring(valueStart, m.end()).strip();
        String excerpt = offset > 0 ? shown : text.substring(sentenceStart, sentenceEnd).strip();
        return new StatedFigure(k, written, value, grade, unit, location, excerpt, part);
    }

    /** A clause opening with 其中, or in a 部门整体 report naming a project (项目支出 is a kind of spending). */
    private boolean aboutAPart(String before) {
        return before.startsWith("其中") || (kind == EvaluationKind.DEPARTMENT && PROJECT.matcher(before).find()
                && !OWN_SUBJECT.matcher(before).find());
    }

    /** The label a bare table value belongs to: the cell to its left, else the nearest header above it. */
    private static Optional<String> label(List<Passage> passages, int index) {
        Passage cell = passages.get(index);
        for (Passage p : passages) {
            if (p.table() == cell.table() && p.row() == cell.row() && p.column() == cell.column() - 1
                    && KEYWORD.matcher(p.text()).find()) {
                return Optional.of(normalize(p.text()));
            }
        }
        for (int row = cell.row() - 1; row >= 1; row--) {
            for (Passage p : passages) {
                if (p.table() == cell.table() && p.row() == row && p.column() == cell.column()
                        && KEYWORD.matcher(p.text()).find()) {
                    return Optional.of(normalize(p.text()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 总分100分 states the maximum, not the result: where a report states other scores too, a 总分 of exactly
     * 100 is dropped.
     */
    private static List<StatedFigure> dropMaximumScores(List<StatedFigure> figures) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        boolean others = figures.stream().anyMatch(f -> f.kind() == StatedFigure.Kind.TOTAL
                && f.value().get().compareTo(hundred) != 0);
        if (!others) {
            return figures;
        }
        return figures.stream().filter(f -> !(f.kind() == StatedFigure.Kind.TOTAL
                && f.value().get().compareTo(hundred) == 0)).toList();
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    /**
     * Full-width digits, point, percent sign and colon made ASCII, and a full-width comma between digits that
     * groups thousands (48，865.73) made a comma; character for character, so offsets stay.
     */
    static String normalize(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '０' && ch <= '９') {
                c[i] = (char) ('0' + (ch - '０'));
            } else if (ch == '．') {
                c[i] = '.';
            } else if (ch == '％' || ch == '﹪') {
                c[i] = '%';
            }
        }
        for (int i = 1; i < c.length; i++) {
            if (c[i] == '，' && ascii(c[i - 1]) && digits(c, i + 1, 3) && (i + 4 >= c.length || !ascii(c[i + 4]))) {
                c[i] = ',';
            }
        }
        return new String(c);
    }

    private static boolean ascii(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(char[] c, int from, int count) {
        if (from + count > c.length) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!ascii(c[i])) {
                return false;
            }
        }
        return true;
    }
}
