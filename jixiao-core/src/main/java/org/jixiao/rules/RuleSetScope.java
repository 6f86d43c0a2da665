package org.jixiao.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jixiao.model.EvaluationKind;

/**
 * Which sheets a rule set is written for, read from the set itself so that a set a user writes needs nothing
 * extra: the kind of sheet (项目支出 or 部门整体支出; empty for any) and the rule rows that name an indicator — by
 * 编码, or by a 三级 name without {@code *}. Catch-all rows ({@code *}) and 小计 rows name none. Immutable and
 * thread-safe.
 *
 * <p>The kind is the 设置 {@code 适用类型} when given. Otherwise it is inferred from the 一级 names of those rows:
 * the national project template fixes its 一级 levels (产出指标, 效益指标, 满意度指标, and 成本指标 in later
 * editions), while 部门整体 frameworks name their own (投入, 过程, 产出, 效果, 部门决策 …), so rows only under the
 * template's levels make a 项目支出 set, rows under any other 一级 a 部门整体支出 set, and rows that name no 一级
 * (编码 or {@code *} only) leave the kind open.
 *
 * @param kind          the kind of sheet the set is for; empty: any
 * @param indicatorRows the rows that name an indicator, in file order
 */
public record RuleSetScope(Optional<EvaluationKind> kind, List<RuleRow> indicatorRows) {

    /** The 一级 levels of the national project template (财预〔2020〕10号 附件1 and its later editions). */
    static final Set<String> PROJECT_LEVEL1 = Set.of("产出指标", "效益指标", "满意度指标", "成本指标");

    public RuleSetScope {
        Objects.requireNonNull(kind, "kind");
        indicatorRows = List.copyOf(indicatorRows);
    }

    static RuleSetScope of(List<RuleRow> rows, Settings settings) {
        List<RuleRow> naming = rows.stream().filter(RuleSetScope::namesAnIndicator).toList();
        return new RuleSetScope(settings.kind().or(() -> inferred(naming)), naming);
    }

    /** A row that picks out one indicator rather than covering many: by 编码, or a 三级 name without *. */
    static boolean namesAnIndicator(RuleRow row) {
        return !(row.rule() instanceof Rule.Subtotal) && (row.code().isPresent() || !row.level3().isWildcard());
    }

    private static Optional<EvaluationKind> inferred(List<RuleRow> naming) {
        List<String> level1 = naming.stream().map(r -> r.level1()).filter(p -> !p.isWildcard())
                .map(NamePattern::text).distinct().toList();
        if (level1.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PROJECT_LEVEL1.containsAll(level1) ? EvaluationKind.PROJECT : EvaluationKind.DEPARTMENT);
    }

    /** True when a sheet of this kind may be scored by the set: the kinds agree, or the set is for any kind. */
    boolean admits(EvaluationKind sheetKind) {
        return kind.isEmpty() || kind.get() == sheetKind;
    }

    /** True when the set names at least one indicator, so that a sheet can be matched against it. */
    boolean namesIndicators() {
        return !indicatorRows.isEmpty();
    }

    /** How `rules list` shows it: 部门整体支出，点名 26 项指标 / 不限类型，不点名指标（通用规则）. */
    public String describe() {
        String k = kind.map(EvaluationKind::chinese).orElse("不限类型");
        return k + "，" + (indicatorRows.isEmpty() ? "不点名指标（通用规则）" : "点名 " + indicatorRows.size() + " 项指标");
    }
}
