package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.model.Relation;
import org.jixiao.read.FigureParser;

/**
 * Builds a {@link Rule} from a row's 规则类型 and 参数 cells. Every problem goes to the sink with the column it
 * concerns; a rule is returned only when the row was clean. List values are separated by | (｜), pairs by :
 * (：), e.g. {@code 档位=[90%,+∞):5|[80%,90%):4|(-∞,80%):0}.
 */
final class RuleFactory {

    /** Where a row's mistakes go. */
    interface Sink {
        void error(String column, String value, RuleSetError.Code code, String message);
    }

    static final String TYPE_COLUMN = "规则类型";
    static final String PARAMS_COLUMN = "参数";

    private static final List<String> DEFAULT_YES = List.of("是", "有", "已完成", "完成", "达到", "达成", "合格", "符合",
            "已建立", "健全", "√", "✓", "yes", "y");
    static final List<String> DEFAULT_TRIGGERS = List.of("是", "有", "发生", "存在");
    private static final String DEFAULT_BANDS = "未达成:[0,60%)|部分达成:[60%,80%)|达成:[80%,100%]";

    private RuleFactory() {
    }

    static Optional<Rule> build(String typeText, String paramsText, Sink sink) {
        Optional<RuleType> type = RuleType.find(typeText);
        if (type.isEmpty()) {
            sink.error(TYPE_COLUMN, typeText, RuleSetError.Code.UNKNOWN_RULE_TYPE,
                    "未知的规则类型，是否应为“" + RuleType.nearest(typeText) + "”？ / unknown rule type");
            return Optional.empty();
        }
        return build(type.get(), parseParams(paramsText, sink), sink);
    }

    private static Optional<Rule> build(RuleType type, Map<Param, String> params, Sink outer) {
        boolean[] failed = {false};
        Sink sink = (column, value, code, message) -> {
            failed[0] = true;
            outer.error(column, value, code, message);
        };
        for (Param param : params.keySet()) {
            boolean forInner = type.wrapsAnother() && param != Param.BY && !type.accepts(param);
            if (!type.accepts(param) && !forInner) {
                sink.error(PARAMS_COLUMN, param.chinese(), RuleSetError.Code.UNKNOWN_PARAMETER,
                        "规则类型“" + type.chinese() + "”没有参数“" + param.chinese() + "” / parameter not used by this type");
            }
        }
        for (Param param : type.required()) {
            if (!params.containsKey(param)) {
                sink.error(PARAMS_COLUMN, "", RuleSetError.Code.MISSING_PARAMETER,
                        "规则类型“" + type.chinese() + "”需要参数“" + param.chinese() + "=…” / missing parameter");
            }
        }
        Values v = new Values(params, sink);
        Rule rule = switch (type) {
            case NATIONAL -> new Rule.National();
            case PROPORTIONAL -> new Rule.Proportional(v.number(Param.BASE), v.number(Param.CAP).orElse(BigDecimal.ONE));
            case REVERSE -> new Rule.Reverse(v.number(Param.BASE));
            case MET_OR_PROPORTIONAL -> new Rule.MetOrProportional(v.relation(Param.DIRECTION));
            case DEDUCTION -> new Rule.Deduction(v.over(), v.number(Param.THRESHOLD),
                    v.positive(Param.STEP).orElse(BigDecimal.ONE), v.positive(Param.AMOUNT).orElse(BigDecimal.ONE),
                    v.number(Param.FLOOR).orElse(BigDecimal.ZERO), v.stepMode());
            case TIERS -> new Rule.Tiers(v.tiers());
            case PER_OCCURRENCE -> new Rule.PerOccurrence(v.positive(Param.AMOUNT).orElse(BigDecimal.ONE),
                    v.number(Param.FLOOR).orElse(BigDecimal.ZERO));
            case CHECKLIST -> new Rule.Checklist(v.items(Param.ITEMS));
            case BINARY -> new Rule.Binary(v.words(Param.YES, DEFAULT_YES), v.yes(Param.INVERT));
            case CATEGORICAL -> new Rule.Categorical(v.items(Param.MAP));
            case QUALITATIVE_BAND -> new Rule.QualitativeBand(v.bands());
            case SATISFACTION -> new Rule.Satisfaction(v.number(Param.FULL),
                    v.number(Param.ZERO).orElse(new BigDecimal("0.6")));
            case COEFFICIENT -> new Rule.Coefficient();
            case EQUALITY -> new Rule.Equality(v.number(Param.TOLERANCE).orElse(BigDecimal.ZERO));
            case EITHER_OR -> new Rule.EitherOr(params.getOrDefault(Param.GROUP, ""),
                    !"有值".equals(params.get(Param.PICK)) && !"present".equalsIgnoreCase(params.get(Param.PICK)),
                    inner(params, sink));
            case NOT_APPLICABLE -> new Rule.NotApplicable(v.rescale(), inner(params, sink));
            case VETO -> new Rule.Veto(Optional.ofNullable(params.get(Param.CAP_GRADE)), v.number(Param.CAP_TOTAL),
                    v.words(Param.TRIGGER, DEFAULT_TRIGGERS));
            case MANUAL -> new Rule.Manual();
            case SUBTOTAL -> new Rule.Subtotal();
        };
        return failed[0] ? Optional.empty() : Optional.of(rule);
    }

    /** The rule named by 按= (default 国标默认), built from the parameters the wrapper does not use itself. */
    private static Rule inner(Map<Param, String> params, Sink sink) {
        String by = params.getOrDefault(Param.BY, RuleType.NATIONAL.chinese());
        Optional<RuleType> type = RuleType.find(by);
        if (type.isEmpty() || type.get().wrapsAnother() || type.get() == RuleType.SUBTOTAL) {
            sink.error(PARAMS_COLUMN, by, RuleSetError.Code.BAD_PARAMETER,
                    "“按=”应为一种计分规则类型，如“按=反向比率”；最接近的是“" + RuleType.nearest(by) + "”");
            return new Rule.National();
        }
        Map<Param, String> rest = new EnumMap<>(Param.class);
        params.forEach((p, value) -> {
            if (type.get().accepts(p)) {
                rest.put(p, value);
            }
        });
        return build(type.get(), rest, sink).orElse(new Rule.National());
    }

    static Map<Param, String> parseParams(String text, Sink sink) {
        Map<Param, String> params = new EnumMap<>(Param.class);
        String s = text == null ? "" : text.replace('；', ';').replace('＝', '=');
        for (String part : s.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                sink.error(PARAMS_COLUMN, part.strip(), RuleSetError.Code.BAD_PARAMETER,
                        "参数应写成“名称=值”，多个参数用分号分隔 / parameters are name=value; name=value");
                continue;
            }
            String name = part.substring(0, eq).strip();
            Optional<Param> param = Param.find(name);
            if (param.isEmpty()) {
                sink.error(PARAMS_COLUMN, name, RuleSetError.Code.UNKNOWN_PARAMETER, "未知参数；可用参数："
                        + String.join("、", Arrays.stream(Param.values()).map(Param::chinese).toList())
                        + " / unknown parameter");
                continue;
            }
            params.put(param.get(), part.substring(eq + 1).strip());
        }
        return params;
    }

    /** Typed reads of parameter values, each reporting its own mistakes. */
    private record Values(Map<Param, String> params, Sink sink) {

        Optional<BigDecimal> number(Param param) {
            String text = params.get(param);
            if (text == null) {
                return Optional.empty();
            }
            Optional<BigDecimal> n = FigureParser.parse(text).number();
            if (n.isEmpty() || FigureParser.parse(text).relation().isPresent()) {
                sink.error(PARAMS_COLUMN, param.chinese() + "=" + text, RuleSetError.Code.BAD_NUMBER,
                        "“" + param.chinese() + "”应为数值（可带%） / not a number");
                return Optional.empty();
            }
            return n;
        }

        Optional<BigDecimal> positive(Param param) {
            Optional<BigDecimal> n = number(param);
            if (n.isPresent() && n.get().signum() <= 0) {
                sink.error(PARAMS_COLUMN, param.chinese() + "=" + params.get(param), RuleSetError.Code.BAD_NUMBER,
                        "“" + param.chinese() + "”应大于0 / must be positive");
                return Optional.empty();
            }
            return n;
        }

        Optional<Relation> relation(Param param) {
            String text = params.get(param);
            if (text == null) {
                return Optional.empty();
            }
            String t = FigureParser.normalize(text);
            if (t.equals("≥") || t.equals(">=") || t.equals("正向") || t.equalsIgnoreCase("higher")) {
                return Optional.of(Relation.AT_LEAST);
            }
            if (t.equals("≤") || t.equals("<=") || t.equals("反向") || t.equalsIgnoreCase("lower")) {
                return Optional.of(Relation.AT_MOST);
            }
            if (t.equals("=") || t.equals("等于")) {
                return Optional.of(Relation.EQUAL);
            }
            sink.error(PARAMS_COLUMN, param.chinese() + "=" + text, RuleSetError.Code.BAD_PARAMETER,
                    "“方向”应为 ≥、≤ 或 =（正向/反向） / direction must be ≥, ≤ or =");
            return Optional.empty();
        }

        boolean over() {
            String text = params.getOrDefault(Param.DIRECTION, "超出");
            String t = FigureParser.normalize(text);
            if (t.equals("超出") || t.equals("高于") || t.equals("over") || t.equals(">") || t.equals("≥")) {
                return true;
            }
            if (t.equals("不足") || t.equals("低于") || t.equals("under") || t.equals("<") || t.equals("≤")) {
                return false;
            }
            sink.error(PARAMS_COLUMN, "方向=" + text, RuleSetError.Code.BAD_PARAMETER,
                    "扣分的“方向”应为“超出”或“不足” / direction must be 超出 (over) or 不足 (under)");
            return true;
        }

        Rule.StepMode stepMode() {
            String text = FigureParser.normalize(params.getOrDefault(Param.MODE, "按比例"));
            if (text.equals("按比例") || text.equalsIgnoreCase("pro_rata")) {
                return Rule.StepMode.PRO_RATA;
            }
            if (text.equals("整步") || text.equalsIgnoreCase("whole_step")) {
                return Rule.StepMode.WHOLE_STEP;
            }
            sink.error(PARAMS_COLUMN, "计法=" + text, RuleSetError.Code.BAD_PARAMETER,
                    "“计法”应为“按比例”或“整步” / mode must be 按比例 (pro_rata) or 整步 (whole_step)");
            return Rule.StepMode.PRO_RATA;
        }

        boolean rescale() {
            String text = FigureParser.normalize(params.getOrDefault(Param.TREATMENT, "满分"));
            if (text.equals("满分") || text.equalsIgnoreCase("full")) {
                return false;
            }
            if (text.equals("剔除") || text.equals("折算") || text.equalsIgnoreCase("rescale")) {
                return true;
            }
            sink.error(PARAMS_COLUMN, "处理=" + text, RuleSetError.Code.BAD_PARAMETER,
                    "“处理”应为“满分”或“剔除” / treatment must be 满分 (full) or 剔除 (rescale)");
            return false;
        }

        boolean yes(Param param) {
            String text = FigureParser.normalize(params.getOrDefault(param, "否"));
            return text.equals("是") || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes");
        }

        List<String> words(Param param, List<String> defaults) {
            String text = params.get(param);
            return text == null ? defaults : Arrays.stream(FigureParser.normalize(text).split("[|、,]"))
                    .filter(w -> !w.isEmpty()).toList();
        }

        List<Rule.Tier> tiers() {
            List<Rule.Tier> tiers = new ArrayList<>();
            for (String[] pair : pairs(Param.TIERS)) {
                Optional<Interval> interval = Interval.parse(pair[0]);
                Optional<BigDecimal> points = FigureParser.parse(pair[1]).number();
                if (interval.isEmpty() || points.isEmpty()) {
                    sink.error(PARAMS_COLUMN, pair[0] + ":" + pair[1], RuleSetError.Code.BAD_INTERVAL,
                            "档位应写成“区间:得分”，如 [90%,+∞):5 或 ≥90%:5（方括号表示含端点） / tier must be interval:points");
                    continue;
                }
                tiers.add(new Rule.Tier(interval.get(), points.get()));
            }
            IntervalChecks.check(tiers.stream().map(Rule.Tier::interval).toList(), false, (a, b, overlap) ->
                    sink.error(PARAMS_COLUMN, a + " " + b, overlap ? RuleSetError.Code.TIERS_OVERLAP
                                    : RuleSetError.Code.TIERS_GAP,
                            overlap ? "档位 " + a + " 与 " + b + " 重叠 / tiers overlap"
                                    : "档位 " + a + " 与 " + b + " 之间有空缺 / gap between tiers"));
            return tiers;
        }

        List<Rule.Item> items(Param param) {
            List<Rule.Item> items = new ArrayList<>();
            for (String[] pair : pairs(param)) {
                Optional<BigDecimal> points = FigureParser.parse(pair[1]).number();
                if (points.isEmpty() || pair[0].isEmpty()) {
                    sink.error(PARAMS_COLUMN, pair[0] + ":" + pair[1], RuleSetError.Code.BAD_PARAMETER,
                            "应写成“名称:分数”，多项用 | 分隔 / items are name:points|name:points");
                    continue;
                }
                items.add(new Rule.Item(pair[0], points.get()));
            }
            return items;
        }

        List<Rule.Band> bands() {
            List<Rule.Band> bands = new ArrayList<>();
            String text = params.getOrDefault(Param.BANDS, DEFAULT_BANDS);
            for (String[] pair : split(text)) {
                Optional<Interval> share = Interval.parse(pair[1]);
                if (share.isEmpty() || pair[0].isEmpty()) {
                    sink.error(PARAMS_COLUMN, pair[0] + ":" + pair[1], RuleSetError.Code.BAD_INTERVAL,
                            "档应写成“名称:区间”，如 达成:[80%,100%] / bands are name:interval");
                    continue;
                }
                bands.add(new Rule.Band(pair[0], share.get()));
            }
            return bands;
        }

        private List<String[]> pairs(Param param) {
            String text = params.get(param);
            return text == null ? List.of() : split(text);
        }

        private List<String[]> split(String text) {
            List<String[]> pairs = new ArrayList<>();
            for (String part : FigureParser.normalize(text).split("\\|")) {
                if (part.isEmpty()) {
                    continue;
                }
                int colon = part.lastIndexOf(':');
                pairs.add(colon < 0 ? new String[] {part, ""}
                        : new String[] {part.substring(0, colon), part.substring(colon + 1)});
            }
            return pairs;
        }
    }
}
