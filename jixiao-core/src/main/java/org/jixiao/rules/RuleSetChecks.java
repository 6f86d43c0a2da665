package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks across the rows of a rule set: duplicate 编码, 小计 rows against the rows under them, the total of
 * all 分值 (budget included) against 满分合计, tier points above 分值, veto grades missing from 等级.
 */
final class RuleSetChecks {

    private RuleSetChecks() {
    }

    /**
     * @param rowsComplete false when some rows failed to parse: sums over the rest would only repeat those
     *                     mistakes, so they are not checked
     */
    static void check(String file, List<RuleRow> rows, boolean rowsComplete, GradeScale grades, Settings settings,
                      List<RuleSetError> errors) {
        for (RuleRow row : rows) {
            perRow(file, row, grades, errors);
        }
        if (rowsComplete) {
            checkSubtotals(file, rows, errors);
            checkTotal(file, rows, settings, errors);
        }
    }

    private static void perRow(String file, RuleRow row, GradeScale grades, List<RuleSetError> errors) {
        Rule rule = row.rule();
        if (rule instanceof Rule.Tiers tiers && row.weight().isPresent()) {
            for (Rule.Tier tier : tiers.tiers()) {
                if (tier.points().compareTo(row.weight().get()) > 0) {
                    errors.add(new RuleSetError(file, row.line(), "参数", tier.interval() + ":" + tier.points(),
                            RuleSetError.Code.BAD_PARAMETER, "档位得分" + tier.points().toPlainString() + "超过分值"
                                    + row.weight().get().toPlainString()));
                }
            }
        }
        if (rule instanceof Rule.Veto veto && veto.capGrade().isPresent()
                && grades.bands().stream().noneMatch(b -> b.label().equals(veto.capGrade().get()))) {
            errors.add(new RuleSetError(file, row.line(), "参数", veto.capGrade().get(), RuleSetError.Code.BAD_PARAMETER,
                    "封顶等级不在“等级”表中；可用：" + String.join("、", grades.bands().stream()
                            .map(GradeScale.Band::label).toList())));
        }
    }

    /** A 小计 row's 分值 must equal the sum of the weighted rows under its level. */
    private static void checkSubtotals(String file, List<RuleRow> rows, List<RuleSetError> errors) {
        for (RuleRow subtotal : rows) {
            if (!(subtotal.rule() instanceof Rule.Subtotal) || subtotal.weight().isEmpty()) {
                continue;
            }
            boolean level2 = !subtotal.level2().text().equals("*");
            List<RuleRow> under = rows.stream().filter(r -> !(r.rule() instanceof Rule.Subtotal))
                    .filter(r -> r.level1().text().equals(subtotal.level1().text()))
                    .filter(r -> !level2 || r.level2().text().equals(subtotal.level2().text())).toList();
            if (under.isEmpty() || under.stream().anyMatch(r -> r.weight().isEmpty())) {
                continue;
            }
            BigDecimal sum = countedWeights(under);
            if (sum.compareTo(subtotal.weight().get()) != 0) {
                errors.add(new RuleSetError(file, subtotal.line(), "分值", subtotal.weight().get().toPlainString(),
                        RuleSetError.Code.SUBTOTAL_MISMATCH, "“" + subtotal.levelKey() + "”小计" + subtotal.weight().get()
                                .toPlainString() + "分，其下各行分值合计" + sum.toPlainString() + "分"));
            }
        }
    }

    /**
     * 一级 小计 rows (with the budget) must add up to 满分合计. Without them a rule set may cover only some
     * indicators, the rest keeping the sheet's 分值, so its weighted rows may add up to less — never to more.
     */
    private static void checkTotal(String file, List<RuleRow> rows, Settings settings, List<RuleSetError> errors) {
        List<RuleRow> scoring = rows.stream().filter(r -> !(r.rule() instanceof Rule.Subtotal)).toList();
        List<RuleRow> level1Subtotals = rows.stream().filter(r -> r.rule() instanceof Rule.Subtotal)
                .filter(r -> r.level2().text().equals("*") && r.weight().isPresent()).toList();
        BigDecimal budget = settings.budgetWeight().orElse(BigDecimal.ZERO);
        BigDecimal sum;
        String what;
        boolean exact;
        if (!level1Subtotals.isEmpty()) {
            sum = level1Subtotals.stream().map(r -> r.weight().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
            what = "一级小计";
            exact = true;
        } else {
            sum = countedWeights(scoring.stream().filter(r -> r.weight().isPresent()).toList());
            what = "各行分值";
            exact = false;
        }
        int comparison = sum.add(budget).compareTo(settings.expectedTotal());
        if (exact ? comparison != 0 : comparison > 0) {
            errors.add(new RuleSetError(file, 0, "分值", sum.add(budget).toPlainString(), RuleSetError.Code.TOTAL_MISMATCH,
                    what + "合计" + sum.toPlainString() + (budget.signum() > 0 ? " + 预算分值" + budget.toPlainString() : "")
                            + (exact ? "，不等于满分合计" : "，超过满分合计") + settings.expectedTotal().toPlainString()));
        }
    }

    /** Sum of weights, counting each either-or group once. */
    private static BigDecimal countedWeights(List<RuleRow> rows) {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (RuleRow row : rows) {
            BigDecimal w = row.weight().orElse(BigDecimal.ZERO);
            Optional<String> group = row.rule() instanceof Rule.EitherOr pair ? Optional.of(pair.group())
                    : Optional.empty();
            if (group.isPresent()) {
                groups.merge(group.get(), w, BigDecimal::max);
            } else {
                sum = sum.add(w);
            }
        }
        return groups.values().stream().reduce(sum, BigDecimal::add);
    }
}
