"""The benchmark's workbooks written by openpyxl instead of POI (issue 15): N national-template workbooks of R
indicator rows, every one made by openpyxl (not one made and then varied), with exactly the cells, merges and
values of jixiao-core/src/test/java/org/jixiao/bench/GeneratedWorkbooks.java for the same seed: the seeded draws repeat
java.util.Random's, so a POI-made and an openpyxl-made run score the same workbooks and differ only in who wrote
the XML (openpyxl: inline strings, no sharedStrings part, xmlns:r on each <sheet>, no XML declaration).
Usage: python3 openpyxl_workbooks.py OUTDIR [N workbooks, 300] [indicator rows, 30] [seed, 42]
Needs: python3 with openpyxl (the Debian/Ubuntu package python3-openpyxl, or pip install openpyxl)."""
import math
import os
import sys

import openpyxl
from openpyxl.styles import Border, Side


class JavaRandom:
    """java.util.Random: the same 48-bit linear congruential generator, so a seed gives Java's numbers."""
    MULTIPLIER, ADDEND, MASK = 0x5DEECE66D, 0xB, (1 << 48) - 1

    def __init__(self, seed):
        self.seed = (seed ^ self.MULTIPLIER) & self.MASK

    def _next(self, bits):
        self.seed = (self.seed * self.MULTIPLIER + self.ADDEND) & self.MASK
        value = self.seed >> (48 - bits)
        return value - (1 << bits) if value >= 1 << (bits - 1) and bits == 32 else value

    def next_int(self, bound):
        if bound & -bound == bound:  # a power of two
            return (bound * self._next(31)) >> 31
        while True:
            bits = self._next(31)
            value = bits % bound
            if bits - value + (bound - 1) < 1 << 31:  # Java's int overflow test
                return value

    def next_double(self):
        return ((self._next(26) << 27) + self._next(27)) * (1.0 / (1 << 53))


def java_round(x):
    """Math.round(double): the nearest long, halves up."""
    return math.floor(x + 0.5)


def write(path, indicators, random, boxed):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"

    def put(r, c, value):  # zero-based, as GeneratedWorkbooks.put
        cell = ws.cell(r + 1, c + 1)
        cell.value = value
        cell.border = boxed

    put(0, 0, "项目支出绩效自评表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=9)
    put(1, 0, "（2023年度）")
    put(2, 0, "项目名称")
    put(2, 1, "测试项目%d" % random.next_int(100000))
    put(3, 0, "项目资金（万元）")
    header = [None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for c in range(1, len(header)):
        put(3, c, header[c])
    budget = 100.0 + random.next_int(900)
    line = [None, "年度资金总额", budget, budget, java_round(budget * (0.6 + 0.4 * random.next_double())), 10, None, None]
    for c in range(1, len(line)):
        put(4, c, line[c])
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    headers = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for c, text in enumerate(headers):
        put(5, c, text)
    level1 = ["产出指标", "效益指标", "满意度指标"]
    weight = 90.0 / indicators
    first = 6
    for i in range(indicators):
        r = first + i
        group = min(2, i * 3 // indicators)
        put(r, 1, level1[group])
        put(r, 2, level1[group].replace("指标", "") + "二级" + str(i % 4))
        put(r, 3, "指标%d" % (i + 1))
        target = 50 + random.next_int(500)
        put(r, 4, "≥%d个" % target)
        put(r, 5, "%d个" % java_round(target * (0.7 + 0.5 * random.next_double())))
        put(r, 6, java_round(weight * 10000) / 10000.0)
        put(r, 7, None)
        put(r, 8, None)
    total = first + indicators
    put(total, 0, "总分")
    put(total, 6, 100)
    put(total, 7, None)
    ws.merge_cells(start_row=total + 1, start_column=1, end_row=total + 1, end_column=6)
    wb.save(path)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 42
    os.makedirs(out, exist_ok=True)
    random = JavaRandom(seed)
    thin = Side(style="thin")
    boxed = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i in range(n):
        write(os.path.join(out, "wb-%05d.xlsx" % i), rows, random, boxed)


if __name__ == "__main__":
    main()
