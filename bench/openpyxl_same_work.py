"""The same work as `jixiao batch`, scripted with openpyxl (and numpy for the random draws), for a like-for-like
comparison: per workbook, the scores, rate, total and grade written in; a comment with the scoring basis on every
scored cell; submitted scores that differ from the rule filled yellow; a 审核意见 sheet listing the findings; a
评分说明 sheet with subtotals and one line per indicator; the grade's robustness over 2,000 seeded weight
perturbations. Then 汇总.xlsx (summary with frozen header and filter, statistics with two bar charts, problems)
and summary.csv, with rank ranges over 500 shared perturbations. Single process, one core.
Usage: python3 openpyxl_same_work.py INDIR OUTDIR"""
import csv
import os
import statistics
import sys

import numpy as np
import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from openpyxl_score import number

YELLOW = PatternFill("solid", fgColor="FFFF00")
BOLD = Font(bold=True)
DRAWS = 2000
SEED = 20221231


def grade_of(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def score_sheet(ws):
    """Scores the national template in place; returns (total, items, findings, groups)."""
    header = next(c.row for row in ws.iter_rows(min_row=1, max_row=ws.max_row) for c in row if c.value == "三级指标")
    cols = {c.value: c.column for c in ws[header] if c.value in ("一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")}
    items, findings, groups = [], [], {}
    total = 0.0
    for r in range(1, header):
        labels = {c.value: c.column for c in ws[r] if isinstance(c.value, str)}
        if "全年执行数" in labels:
            budget = number(ws.cell(r + 1, labels["全年预算数"]).value)
            spent = number(ws.cell(r + 1, labels["全年执行数"]).value)
            weight = number(ws.cell(r + 1, labels["分值"]).value)
            rate = spent / budget if budget else 0
            s = round(min(rate, 1) * weight, 2)
            cell = ws.cell(r + 1, labels["得分"])
            check(cell, s, findings, ws.title, missing_is_finding=True)
            ws.cell(r + 1, labels["执行率"]).value = rate
            cell.value = s
            cell.comment = Comment(f"得分依据：执行{spent:g}/全年预算数{budget:g}={rate:.2%}，{weight:g}×min(1,{rate:.2%})={s:.2f}", "jixiao")
            items.append(("预算执行", "年度资金总额", weight, s, cell.coordinate))
            total += s
    for r in range(header + 1, ws.max_row + 1):
        if ws.cell(r, 1).value == "总分":
            cell = ws.cell(r, cols["得分"])
            check(cell, round(total, 2), findings, ws.title)
            cell.value = round(total, 2)
            ws.cell(r, cols["得分"] + 1).value = grade_of(total)
            break
        target_text = ws.cell(r, cols["年度指标值"]).value
        target, actual = number(target_text), number(ws.cell(r, cols["实际完成值"]).value)
        weight = number(ws.cell(r, cols["分值"]).value)
        if target is None or actual is None or weight is None:
            continue
        s = round(weight * min(1.0, actual / target) if target else 0, 2)
        cell = ws.cell(r, cols["得分"])
        check(cell, s, findings, ws.title)
        cell.value = s
        achieved = "达成" if actual >= target else "未达成"
        cell.comment = Comment(f"得分依据：完成{actual:g}≥目标{target:g}，{achieved}，满分{weight:g}，得{s:.2f}分", "jixiao")
        level1 = ws.cell(r, cols["一级指标"]).value or ""
        items.append((level1, ws.cell(r, cols["三级指标"]).value, weight, s, cell.coordinate))
        g = groups.setdefault(level1, [0.0, 0.0])
        g[0] += weight
        g[1] += s
        total += s
    return round(total, 2), items, findings, groups


def check(cell, computed, findings, sheet, missing_is_finding=False):
    submitted = number(cell.value)
    if submitted is None and missing_is_finding:
        cell.fill = YELLOW
        findings.append((f"{sheet}!{cell.coordinate}", "警告", "BUDGET_SCORE_MISSING",
                         f"预算执行未填得分；按规则应为{computed:.2f}"))
    elif submitted is not None and abs(submitted - computed) > 0.005:
        cell.fill = YELLOW
        findings.append((f"{sheet}!{cell.coordinate}", "警告", "SCORE_MISMATCH",
                         f"填报得分{submitted:g}与按规则计算的{computed:.2f}不符"))


def robustness(items, total):
    w = np.array([i[2] for i in items])
    ratio = np.array([i[3] / i[2] if i[2] else 0 for i in items])
    factors = np.random.default_rng(SEED).uniform(0.75, 1.25, size=(DRAWS, len(items)))
    perturbed = factors * w
    totals = (perturbed * ratio).sum(axis=1) * w.sum() / perturbed.sum(axis=1)
    bands = np.digitize(np.round(totals, 2), [60, 80, 90])  # 0 差, 1 中, 2 良, 3 优
    same = np.mean(bands == "差中良优".index(grade_of(total)))
    return same, np.percentile(totals, 5), np.percentile(totals, 95)


def review_sheet(wb, findings):
    ws = wb.create_sheet("审核意见")
    ws.append(["审核意见 / Review findings"])
    ws["A1"].font = BOLD
    ws.append(["颜色说明 / legend"])
    ws.append(["警告", "警告：与评分规则或其他数据不符，请复核 / warning"])
    ws.append([])
    ws.append(["序号", "单元格", "级别", "代码", "说明"])
    for n, f in enumerate(findings, 1):
        ws.append([n] + list(f))


def explanation_sheet(wb, total, items, groups, robust):
    ws = wb.create_sheet("评分说明")
    ws.append(["评分说明 / Scoring notes"])
    ws["A1"].font = BOLD
    for k, v in (("规则集 rule set", "national-project-2020"), ("小数位数", "2"), ("舍入方式", "四舍五入"),
                 ("等级区间", "优 [90,100]  良 [80,90)  中 [60,80)  差 [0,60)")):
        ws.append([k, v])
    ws.append([])
    ws.append([f"总分 {total:.2f}", f"等级 {grade_of(total)}"])
    ws.append(["等级稳健性", f"分值随机浮动±25%，{DRAWS}次（种子{SEED}）：等级不变的概率{robust[0]:.1%}，"
                            f"总分P5–P95为{robust[1]:.2f}–{robust[2]:.2f}"])
    ws.append(["一级指标", "分值", "得分", "失分"])
    for name, (weight, score) in groups.items():
        ws.append([name, weight, round(score, 2), round(weight - score, 2)])
    ws.append(["单元格", "一级", "三级", "分值", "计算得分"])
    for level1, name, weight, score, ref in items:
        ws.append([ref, level1, name, weight, score])


def summary(outdir, rows):
    totals = np.array([r["total"] for r in rows])
    keys = sorted({i[1] for r in rows for i in r["items"]})
    index = {k: n for n, k in enumerate(keys)}
    # every row's weights and scores as one matrix over all indicator names, so each draw is two products
    weights = np.zeros((len(rows), len(keys)))
    scores = np.zeros((len(rows), len(keys)))
    for n, r in enumerate(rows):
        for i in r["items"]:
            weights[n, index[i[1]]] += i[2]
            scores[n, index[i[1]]] += i[3]
    weight_sums = weights.sum(axis=1)
    rng = np.random.default_rng(SEED + 1)
    best = np.full(len(rows), len(rows))
    worst = np.zeros(len(rows), dtype=int)
    for _ in range(500):
        f = rng.uniform(0.75, 1.25, size=len(keys))
        p = (scores @ f) * weight_sums / (weights @ f)
        ranks = 1 + len(p) - np.searchsorted(np.sort(p), p, side="right")
        best, worst = np.minimum(best, ranks), np.maximum(worst, ranks)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    header = ["序号", "文件", "总分", "等级", "问题数", "排名", "排名区间", "等级稳定概率", "总分P5", "总分P95"]
    ws.append(header)
    for c in ws[1]:
        c.font = BOLD
    for n, r in enumerate(rows):
        rank = 1 + int((totals > r["total"]).sum())
        ws.append([n + 1, r["file"], r["total"], grade_of(r["total"]), len(r["findings"]), rank,
                   f"{best[n]}–{worst[n]}", r["robust"][0], r["robust"][1], r["robust"][2]])
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = ws.dimensions
    st = wb.create_sheet("统计")
    st.append(["统计量（总分）", "值"])
    for k, v in (("评价表数", len(rows)), ("平均值", statistics.mean(totals)), ("中位数", statistics.median(totals)),
                 ("标准差", statistics.stdev(totals) if len(rows) > 1 else None), ("最小值", totals.min()),
                 ("最大值", totals.max())):
        st.append([k, float(v) if v is not None else None])
    st.append([])
    st.append(["等级", "数量"])
    first = st.max_row + 1
    for g in "优良中差":
        st.append([g, sum(grade_of(t) == g for t in totals)])
    chart = BarChart()
    chart.title = "等级分布 / grades"
    chart.add_data(Reference(st, min_col=2, min_row=first, max_row=st.max_row))
    chart.set_categories(Reference(st, min_col=1, min_row=first, max_row=st.max_row))
    st.add_chart(chart, "F1")
    st.append([])
    st.append(["总分区间", "数量"])
    first = st.max_row + 1
    for lo in range(60, 100, 5):
        st.append([f"[{lo},{lo + 5})", int(((totals >= lo) & (totals < lo + 5)).sum())])
    chart = BarChart()
    chart.title = "总分分布 / histogram of totals"
    chart.add_data(Reference(st, min_col=2, min_row=first, max_row=st.max_row))
    chart.set_categories(Reference(st, min_col=1, min_row=first, max_row=st.max_row))
    st.add_chart(chart, "F18")
    pr = wb.create_sheet("问题")
    pr.append(["文件", "单元格", "级别", "代码", "说明"])
    for r in rows:
        for f in r["findings"]:
            pr.append([r["file"]] + list(f))
    wb.save(os.path.join(outdir, "汇总.xlsx"))
    with open(os.path.join(outdir, "summary.csv"), "w", newline="", encoding="utf-8-sig") as out:
        w = csv.writer(out)
        w.writerow(header[1:4])
        for r in rows:
            w.writerow([r["file"], r["total"], grade_of(r["total"])])


def main(indir, outdir):
    os.makedirs(outdir, exist_ok=True)
    rows = []
    for name in sorted(os.listdir(indir)):
        if not name.endswith(".xlsx"):
            continue
        wb = openpyxl.load_workbook(os.path.join(indir, name))
        total, items, findings, groups = score_sheet(wb.worksheets[0])
        robust = robustness(items, total)
        review_sheet(wb, findings)
        explanation_sheet(wb, total, items, groups, robust)
        wb.save(os.path.join(outdir, name))
        rows.append({"file": name, "total": total, "items": items, "findings": findings, "robust": robust})
    summary(outdir, rows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
