"""The alternative a bureau would script: openpyxl reads each national-template workbook, scores every
indicator (>= targets: actual/target x weight, capped; budget: rate x weight), writes the scores, total and
grade into a copy. Single process, one core. Usage: python3 openpyxl_score.py INDIR OUTDIR"""
import os
import re
import sys

import openpyxl

NUM = re.compile(r"[-+]?\d+(?:\.\d+)?")


def number(value):
    if isinstance(value, (int, float)):
        return float(value)
    m = NUM.search(str(value or ""))
    return float(m.group()) if m else None


def score_sheet(ws):
    header = None
    cols = {}
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        for cell in row:
            if cell.value == "三级指标":
                header = cell.row
        if header:
            break
    for cell in ws[header]:
        if cell.value in ("年度指标值", "实际完成值", "分值", "得分"):
            cols[cell.value] = cell.column
    total = 0.0
    # budget line: the row above the header block with 全年预算数 / 全年执行数
    for r in range(1, header):
        labels = {c.value: c.column for c in ws[r] if isinstance(c.value, str)}
        if "全年执行数" in labels:
            budget = number(ws.cell(r + 1, labels["全年预算数"]).value)
            spent = number(ws.cell(r + 1, labels["全年执行数"]).value)
            weight = number(ws.cell(r + 1, labels["分值"]).value)
            rate = spent / budget if budget else 0
            s = round(min(rate, 1) * weight, 2)
            ws.cell(r + 1, labels["执行率"]).value = rate
            ws.cell(r + 1, labels["得分"]).value = s
            total += s
    for r in range(header + 1, ws.max_row + 1):
        if ws.cell(r, 1).value == "总分":
            ws.cell(r, cols["得分"]).value = round(total, 2)
            grade = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
            ws.cell(r, cols["得分"] + 1).value = grade
            break
        target = number(ws.cell(r, cols["年度指标值"]).value)
        actual = number(ws.cell(r, cols["实际完成值"]).value)
        weight = number(ws.cell(r, cols["分值"]).value)
        if target is None or actual is None or weight is None:
            continue
        s = round(weight * min(1.0, actual / target) if target else 0, 2)
        ws.cell(r, cols["得分"]).value = s
        total += s


def main(indir, outdir):
    os.makedirs(outdir, exist_ok=True)
    for name in sorted(os.listdir(indir)):
        if not name.endswith(".xlsx"):
            continue
        wb = openpyxl.load_workbook(os.path.join(indir, name))
        score_sheet(wb.worksheets[0])
        wb.save(os.path.join(outdir, name))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
