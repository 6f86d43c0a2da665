package org.jixiao.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.read.FigureParser;

/**
 * The closed set of rule types seen in real 评分标准, each with its Chinese and English names and the parameters
 * it takes (the first ones listed as required).
 */
public enum RuleType {
    NATIONAL("national", "国标默认", List.of(), List.of(), "定量按目标符号取方向、未达成按比例；定性采用自评得分"),
    PROPORTIONAL("proportional", "比率", List.of(), List.of(Param.BASE, Param.CAP), "分值×min(封顶,完成值/基准)"),
    REVERSE("reverse", "反向比率", List.of(), List.of(Param.BASE), "完成值≤基准得满分，否则分值×基准/完成值"),
    MET_OR_PROPORTIONAL("met_or_proportional", "达标满分", List.of(), List.of(Param.DIRECTION),
            "达到目标得满分，否则按完成比例"),
    DEDUCTION("deduction", "扣分", List.of(Param.AMOUNT),
            List.of(Param.DIRECTION, Param.THRESHOLD, Param.STEP, Param.FLOOR, Param.MODE),
            "超出（或不足）阈值每个步长扣分，扣完为止"),
    TIERS("tiers", "分档", List.of(Param.TIERS), List.of(), "按完成值所在档位得分"),
    PER_OCCURRENCE("per_occurrence", "每次扣分", List.of(Param.AMOUNT), List.of(Param.FLOOR), "每发生一次扣分，扣完为止"),
    CHECKLIST("checklist", "清单", List.of(Param.ITEMS), List.of(), "符合一项得一项分"),
    BINARY("binary", "是否", List.of(), List.of(Param.YES, Param.INVERT), "是得满分，否得0分"),
    CATEGORICAL("categorical", "分类", List.of(Param.MAP), List.of(), "按完成情况类别得分"),
    QUALITATIVE_BAND("qualitative_band", "定性分档", List.of(), List.of(Param.BANDS),
            "达成80%–100%、部分达成60%–80%、未达成0–60%的分值，在档内取自评得分"),
    SATISFACTION("satisfaction", "满意度", List.of(), List.of(Param.FULL, Param.ZERO),
            "达到满分线得满分，低于零分线得0分，之间线性"),
    COEFFICIENT("coefficient", "得分系数", List.of(), List.of(), "得分系数×分值"),
    EQUALITY("equality", "等值", List.of(), List.of(Param.TOLERANCE), "等于目标值得满分，否则0分"),
    EITHER_OR("either_or", "二者择其一", List.of(Param.GROUP), List.of(Param.PICK, Param.BY), "同组指标只计一项"),
    NOT_APPLICABLE("not_applicable", "不适用", List.of(), List.of(Param.TREATMENT, Param.BY),
            "无此事项时按满分或剔除后折算"),
    VETO("veto", "否决", List.of(), List.of(Param.CAP_GRADE, Param.CAP_TOTAL, Param.TRIGGER),
            "发生即封顶等级或总分"),
    MANUAL("manual", "人工", List.of(), List.of(), "采用自评得分，不超过分值"),
    SUBTOTAL("subtotal", "小计", List.of(), List.of(), "声明一级或二级指标的分值合计");

    private static final Set<String> EXTRA_NAMES_NATIONAL = Set.of("默认", "全国默认", "国标");

    private final String id;
    private final String chinese;
    private final List<Param> required;
    private final List<Param> optional;
    private final String summary;

    RuleType(String id, String chinese, List<Param> required, List<Param> optional, String summary) {
        this.id = id;
        this.chinese = chinese;
        this.required = required;
        this.optional = optional;
        this.summary = summary;
    }

    String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }

    List<Param> required() {
        return required;
    }

    /** True for the types that score through another type named by 按=. */
    boolean wrapsAnother() {
        return this == EITHER_OR || this == NOT_APPLICABLE;
    }

    boolean accepts(Param param) {
        return required.contains(param) || optional.contains(param);
    }

    String summary() {
        return summary;
    }

    static Optional<RuleType> find(String name) {
        String n = FigureParser.normalize(name);
        if (EXTRA_NAMES_NATIONAL.contains(n)) {
            return Optional.of(NATIONAL);
        }
        return Arrays.stream(values()).filter(t -> t.chinese.equals(n) || t.id.equalsIgnoreCase(n)).findFirst();
    }

    /** The valid name closest to a mistyped one, for "did you mean" messages. */
    static String nearest(String name) {
        String n = FigureParser.normalize(name).toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).flatMap(t -> java.util.stream.Stream.of(t.chinese, t.id))
                .min(Comparator.comparingInt(candidate -> distance(n, candidate.toLowerCase(java.util.Locale.ROOT))))
                .orElseThrow();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
