package org.jixiao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.BudgetLine;
import org.jixiao.model.Evaluation;
import org.jixiao.model.EvaluationKind;
import org.jixiao.score.BudgetScore;
import org.jixiao.score.GroupScore;
import org.jixiao.score.IndicatorScore;
import org.jixiao.score.ScoredEvaluation;

/**
 * The blocks of one evaluation's 自评报告: the standard outline of a 部门整体支出 report or of a 项目支出 report,
 * every figure the table gives filled in, the rest left as placeholders.
 */
final class EvaluationDraft {

    /** Below this probability of keeping its grade, the draft says how sensitive the grade is to the weights. */
    static final double ROBUST_ENOUGH = 0.95;

    private final ScoredEvaluation scored;
    private final Evaluation e;
    private final String source;
    private final List<Block> blocks = new ArrayList<>();

    private EvaluationDraft(ScoredEvaluation scored, String source) {
        this.scored = scored;
        this.e = scored.evaluation();
        this.source = source;
    }

    /** @param source the workbook's file name, for the drafting note */
    static List<Block> of(ScoredEvaluation scored, String source) {
        EvaluationDraft draft = new EvaluationDraft(scored, source);
        if (scored.evaluation().kind() == EvaluationKind.PROJECT) {
            draft.project();
        } else {
            draft.department();
        }
        return draft.blocks;
    }

    /** The title a report on this evaluation carries. */
    static String title(Evaluation e) {
        String year = e.year().map(y -> y + "年度").orElse("");
        if (e.kind() == EvaluationKind.PROJECT) {
            return e.project().orElse(e.unit().orElse("")) + year + "项目支出绩效自评报告";
        }
        return e.unit().orElse("") + year + "部门整体支出绩效自评报告";
    }

    private void department() {
        blocks.add(new Block.Title(title(e), List.of()));
        note();
        h1("一、基本情况");
        h2("（一）部门概况");
        fill("部门职能、内设机构、所属单位、人员编制与实有人数等基本情况");
        h2("（二）年度总体工作和重点工作任务");
        fill("年度总体工作目标和重点工作任务");
        h2("（三）部门整体收支情况");
        money("支出");
        h2("（四）部门整体绩效管理情况");
        fill("绩效目标设定、绩效运行监控、绩效自评组织开展和结果应用等情况");
        h1("二、综合评价分析");
        h2("（一）自评结论综述");
        conclusion("部门整体支出绩效自评");
        h2("（二）各项工作任务绩效目标完成情况分析");
        indicators();
        h2("（三）各重点任务项目支出完成情况分析");
        fill("重点任务项目的预算安排、资金执行和绩效目标完成情况");
        h2("（四）主要工作成效");
        fill("年度主要工作成效、经验和做法");
        h1("三、存在的主要问题");
        List<ProblemItems.Item> items = ProblemItems.of(scored);
        problems(items);
        h1("四、下一步改进措施");
        measures(items);
        signature();
    }

    private void project() {
        List<String> subtitles = e.unit().map(u -> List.of("（" + u + "）")).orElse(List.of());
        blocks.add(new Block.Title(title(e), subtitles));
        note();
        h1("一、基本情况");
        h2("（一）项目概况");
        fill("项目立项依据、主要内容、实施主体和实施情况");
        h2("（二）项目资金投入和使用情况");
        money("项目");
        h2("（三）项目绩效目标");
        fill("项目年度总体目标和绩效指标");
        h1("二、绩效自评工作开展情况");
        fill("自评的目的、对象、范围、方法和工作过程");
        h1("三、综合评价情况及评价结论");
        conclusion("项目支出绩效自评");
        h1("四、绩效指标完成情况分析");
        indicators();
        h1("五、存在的主要问题及原因分析");
        List<ProblemItems.Item> items = ProblemItems.of(scored);
        problems(items);
        h1("六、下一步改进措施");
        measures(items);
        h1("七、其他需要说明的问题");
        fill("其他需要说明的问题，没有则写“无”");
        signature();
    }

    private void note() {
        blocks.add(new Block.Para(List.of(Block.Span.text("【起草说明：本稿由 jixiao 根据“" + source + "”中“" + e.sheet()
                + "”的评分结果生成，数字取自评价表并按评分规则重新计算；标黄的【请填写：…】处由单位补充。定稿前请删除本说明。】")),
                Block.Align.NOTE));
    }

    /** 收支情况: budget, execution and rate, each from the table, then the 其中 rows. */
    private void money(String what) {
        String year = e.year().map(y -> y + "年度").orElse("本年度");
        Optional<BudgetScore> budget = scored.budget();
        Optional<BudgetLine> line = budget.map(BudgetScore::line).or(e::budgetTotal);
        List<Block.Span> spans = new ArrayList<>();
        Optional<BigDecimal> planned = line.flatMap(l -> l.budget().or(l::initialBudget));
        Optional<BigDecimal> executed = line.flatMap(BudgetLine::executed);
        String prefix = what.equals("支出") ? "支出" : "全年";
        spans.add(Block.Span.text(year + (what.equals("支出") ? "" : "项目") + prefix + "预算数"));
        addMoney(spans, planned, "支出预算数");
        spans.add(Block.Span.text("，" + prefix + "执行数"));
        addMoney(spans, executed, "支出执行数");
        Optional<BigDecimal> rate = budget.flatMap(BudgetScore::rate);
        if (rate.isPresent()) {
            spans.add(Block.Span.text("，完成预算的" + Format.rate(rate.get()) + "。"));
        } else {
            spans.add(Block.Span.text("，完成预算的"));
            spans.add(Block.Span.fill("执行率"));
            spans.add(Block.Span.text("。"));
        }
        List<String> parts = new ArrayList<>();
        for (BudgetLine component : e.budgetLines()) {
            if (!component.component()) {
                continue;
            }
            String label = component.label().replaceFirst("^其中[：:]?", "");
            Optional<BigDecimal> b = component.budget().or(component::initialBudget);
            boolean nothing = b.map(v -> v.signum() == 0).orElse(true)
                    && component.executed().map(v -> v.signum() == 0).orElse(true);
            if (label.isBlank() || nothing) {
                continue;
            }
            parts.add(label + b.map(v -> "预算" + Format.money(v) + "万元").orElse("")
                    + component.executed().map(v -> (b.isPresent() ? "、" : "") + "执行" + Format.money(v) + "万元")
                    .orElse(""));
        }
        if (!parts.isEmpty()) {
            spans.add(Block.Span.text("其中：" + String.join("；", parts) + "。"));
        }
        spans.add(Block.Span.fill("收入预算及来源构成、支出按功能和经济分类的构成及变化原因"));
        blocks.add(new Block.Para(spans, Block.Align.INDENTED));
    }

    private static void addMoney(List<Block.Span> spans, Optional<BigDecimal> value, String what) {
        if (value.isPresent()) {
            spans.add(Block.Span.text(Format.money(value.get()) + "万元"));
        } else {
            spans.add(Block.Span.fill(what));
            spans.add(Block.Span.text("万元"));
        }
    }

    /** 自评结论: total and grade, each group's score, the subtotal table, the robustness line where it matters. */
    private void conclusion(String what) {
        String subject = e.kind() == EvaluationKind.PROJECT ? "该项目" : e.unit().orElse("本部门");
        String year = e.year().map(y -> y + "年度").orElse("本年度");
        List<String> parts = new ArrayList<>();
        scored.budget().ifPresent(b -> parts.add("预算执行得" + Format.score(b.score()) + "分（分值" + Format.weight(b.weight())
                + "分）"));
        for (GroupScore g : scored.groups()) {
            parts.add("“" + g.name() + "”得" + Format.score(g.score()) + "分"
                    + g.knownWeight().map(w -> "（分值" + Format.weight(w) + "分）").orElse(""));
        }
        blocks.add(Block.Para.text("经自评，" + subject + year + what + "综合得分为" + Format.score(scored.total())
                + "分，自评结果为“" + scored.grade().label() + "”。" + (parts.isEmpty() ? ""
                : "其中，" + String.join("，", parts) + "。各级指标得分见下表。")));
        subtotalTable();
        e.reportedTotal().filter(r -> r.compareTo(scored.total()) != 0).ifPresent(r -> blocks.add(Block.Para.text(
                "自评表中填报的合计为" + Format.plain(r) + "分，与按评分规则重新计算的结果相差"
                        + Format.score(r.subtract(scored.total()).abs()) + "分，本报告采用重新计算的结果。")));
        var robustness = scored.robustness();
        if (robustness.iterations() > 0 && robustness.sameGradeProbability() < ROBUST_ENOUGH) {
            blocks.add(Block.Para.text(String.format("需要说明的是，若各项分值在±%.0f%%范围内随机浮动（模拟%,d次），"
                            + "等级保持“%s”的概率为%.1f%%，九成模拟结果落在%.2f至%.2f分之间，自评等级对分值设置较为敏感。",
                    robustness.spread() * 100, robustness.iterations(), scored.grade().label(),
                    robustness.sameGradeProbability() * 100, robustness.totalP5(), robustness.totalP95())));
        }
        blocks.add(Block.Para.of(Block.Span.fill("对自评结论的综合分析")));
    }

    private void subtotalTable() {
        List<List<String>> rows = new ArrayList<>();
        scored.budget().ifPresent(b -> rows.add(List.of("预算执行", "", Format.weight(b.weight()), Format.score(b.score()),
                Format.score(b.weight().subtract(b.score())))));
        BigDecimal weights = scored.budget().map(BudgetScore::weight).orElse(BigDecimal.ZERO);
        boolean allWeighted = true;
        for (GroupScore g : scored.groups()) {
            rows.add(List.of(g.name(), "", g.knownWeight().map(Format::weight).orElse("—"), Format.score(g.score()),
                    g.knownPointsLost().map(Format::score).orElse("—")));
            for (GroupScore child : g.children()) {
                rows.add(List.of("", child.name(), child.knownWeight().map(Format::weight).orElse("—"),
                        Format.score(child.score()), child.knownPointsLost().map(Format::score).orElse("—")));
            }
            weights = weights.add(g.weight());
            allWeighted &= g.weighted();
        }
        rows.add(List.of("合计", "", allWeighted ? Format.weight(weights) : "—", Format.score(scored.total()),
                allWeighted ? Format.score(weights.subtract(scored.total())) : "—"));
        blocks.add(new Block.Table(List.of("一级指标", "二级指标", "分值", "得分", "失分"), rows, List.of(26, 30, 14, 15, 15),
                List.of(false, false, true, true, true)));
    }

    /** Each 一级 group's score and the indicators that lost points, with their 偏差原因. */
    private void indicators() {
        int n = 0;
        Optional<BudgetScore> budget = scored.budget();
        if (budget.isPresent()) {
            BudgetScore b = budget.get();
            n++;
            Optional<BigDecimal> planned = b.line().budget().or(b.line()::initialBudget);
            String how = b.rate().isEmpty() || planned.isEmpty() || b.line().executed().isEmpty()
                    ? "得分依据：" + Format.chinese(b.basis()) + "。"
                    : "执行率为" + Format.rate(b.rate().get()) + "（执行数" + Format.money(b.line().executed().get())
                            + "万元÷预算数" + Format.money(planned.get()) + "万元），得" + Format.score(b.score()) + "分。";
            blocks.add(Block.Para.text(n + ". 预算执行（分值" + Format.weight(b.weight()) + "分，得" + Format.score(b.score())
                    + "分）。" + how));
        }
        for (GroupScore g : scored.groups()) {
            n++;
            List<Block.Span> spans = new ArrayList<>();
            spans.add(Block.Span.text(n + ". “" + g.name() + "”（" + g.knownWeight().map(w -> "分值" + Format.weight(w) + "分，")
                    .orElse("") + "得" + Format.score(g.score()) + "分"
                    + g.knownPointsLost().filter(l -> l.signum() > 0).map(l -> "，失" + Format.score(l) + "分").orElse("")
                    + "）。"));
            List<IndicatorScore> lost = scored.indicators().stream()
                    .filter(i -> i.indicator().path().level1().equals(g.name()) && i.counted() && i.weighted()
                            && i.score().compareTo(i.weight()) < 0).toList();
            long members = scored.indicators().stream().filter(i -> i.indicator().path().level1().equals(g.name())
                    && i.counted()).count();
            if (lost.isEmpty()) {
                spans.add(Block.Span.text(members > 0 && g.weighted() ? "各项指标均达到年度目标，得满分。" : ""));
            } else {
                for (IndicatorScore i : lost) {
                    spans.add(Block.Span.text("“" + i.indicator().path().name() + "”年度指标值" + orBlank(i.indicator().target().text())
                            + "，实际完成" + orBlank(i.indicator().actual().text()) + "，得" + Format.score(i.score()) + "分（分值"
                            + Format.weight(i.weight()) + "分），失" + Format.score(i.weight().subtract(i.score())) + "分；偏差原因："));
                    String note = i.indicator().deviationNote().strip();
                    if (note.isEmpty()) {
                        spans.add(Block.Span.fill("偏差原因及改进措施"));
                        spans.add(Block.Span.text("。"));
                    } else {
                        spans.add(Block.Span.text(note + (note.matches(".*[。；.;]$") ? "" : "。")));
                    }
                }
                if (lost.size() < members) {
                    spans.add(Block.Span.text("其余指标均达到年度目标。"));
                }
            }
            spans.add(Block.Span.fill("本类指标完成情况的具体说明"));
            blocks.add(new Block.Para(spans, Block.Align.INDENTED));
        }
    }

    private void problems(List<ProblemItems.Item> items) {
        int n = 0;
        for (ProblemItems.Item item : items) {
            n++;
            blocks.add(Block.Para.of(Block.Span.text(n + ". " + item.problem()), Block.Span.fill("原因分析")));
        }
        n++;
        blocks.add(Block.Para.of(Block.Span.text(n + ". "), Block.Span.fill(items.isEmpty()
                ? "自评表未反映出明显问题；请补充工作中存在的主要问题" : "其他存在的问题；没有则删除本条")));
    }

    private void measures(List<ProblemItems.Item> items) {
        int n = 0;
        for (ProblemItems.Item item : items) {
            n++;
            blocks.add(Block.Para.of(Block.Span.text(n + ". 针对" + item.topic() + "："),
                    Block.Span.fill(item.measureHint())));
        }
        n++;
        blocks.add(Block.Para.of(Block.Span.text(n + ". "), Block.Span.fill("其他改进措施")));
    }

    private void signature() {
        blocks.add(new Block.Para(List.of(Block.Span.text(e.unit().orElse(""))), Block.Align.RIGHT));
        blocks.add(new Block.Para(List.of(Block.Span.fill("成文日期")), Block.Align.RIGHT));
    }

    private void h1(String text) {
        blocks.add(new Block.Heading(1, text));
    }

    private void h2(String text) {
        blocks.add(new Block.Heading(2, text));
    }

    private void fill(String what) {
        blocks.add(Block.Para.of(Block.Span.fill(what)));
    }

    private static String orBlank(String text) {
        return text.isBlank() ? "（空）" : text;
    }
}
