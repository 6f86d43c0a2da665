"""Writes the producer conformance corpus's Python-made workbooks (issue 15): the one content of
jixiao-core/src/test/resources/producers/national-content.tsv, written by openpyxl and by XlsxWriter, into
jixiao-core/src/test/resources/producers/national-openpyxl.xlsx and national-xlsxwriter.xlsx.

Regenerate (from the repository root; the committed files were written by openpyxl 3.0.9 and XlsxWriter 3.0.2):
    jixiao-core/src/test/producers/make_workbooks.sh        # this script, then LibreOffice's copy (national-libreoffice.xlsx)
    /usr/bin/python3 jixiao-core/src/test/producers/make_workbooks.py [OUTDIR]   # the two Python-made files only
Needs: python3 with openpyxl and xlsxwriter (apt-get install python3-openpyxl python3-xlsxwriter).
The files are committed, so the tests need neither Python nor LibreOffice; regenerate them only to follow a new
version of a producer, and commit the result with the versions in the message.
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "resources", "producers")
CONTENT = os.path.join(RESOURCES, "national-content.tsv")
WIDTHS = [14, 14, 16, 22, 14, 14, 10, 10, 26]  # characters, columns A-I, as the POI-made samples
FIXED_TIME = datetime.datetime(2023, 3, 31, 9, 0, 0)  # document properties, so a rerun changes only zip times
REF = re.compile(r"([A-Z]+)(\d+)")


def cell_index(ref):
    """'B13' -> (12, 1): zero-based row and column."""
    letters, digits = REF.fullmatch(ref).groups()
    col = 0
    for ch in letters:
        col = col * 26 + ord(ch) - ord("A") + 1
    return int(digits) - 1, col - 1


def read_content(path=CONTENT):
    """(box, cells): box is (r1, c1, r2, c2); cells are (r1, c1, r2, c2, kind, value) in file order."""
    box, cells = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            first, _, last = fields[0].partition(":")
            r1, c1 = cell_index(first)
            r2, c2 = cell_index(last) if last else (r1, c1)
            if fields[1] == "box":
                box = (r1, c1, r2, c2)
                continue
            kind, text = fields[1], fields[2] if len(fields) > 2 else ""
            value = None if text == "" else float(text) if kind in ("number", "money", "percent") else text
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            cells.append((r1, c1, r2, c2, kind, value))
    return box, cells


NUMBER_FORMATS = {"money": "#,##0.00", "percent": "0.00%"}


def with_openpyxl(path, box, cells):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    thin = Side(style="thin")
    boxed = dict(border=Border(left=thin, right=thin, top=thin, bottom=thin),
                 alignment=Alignment(wrap_text=True, vertical="center"))
    r1, c1, r2, c2 = box
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r + 1, c + 1)
            cell.border, cell.alignment = boxed["border"], boxed["alignment"]
    for r1, c1, r2, c2, kind, value in cells:
        cell = ws.cell(r1 + 1, c1 + 1)
        cell.value = value
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # openpyxl takes "=100%" for a formula; the content means the text
        if kind == "title":
            cell.font = Font(bold=True, size=16)
            cell.alignment = Alignment(horizontal="center")
        if kind in NUMBER_FORMATS:
            cell.number_format = NUMBER_FORMATS[kind]
        if (r1, c1) != (r2, c2):
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    wb.properties.creator = "jixiao producer corpus"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(path)


def with_xlsxwriter(path, box, cells):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)  # shared strings, as XlsxWriter writes by default
    wb.set_properties({"author": "jixiao producer corpus", "created": FIXED_TIME})
    ws = wb.add_worksheet("附件1")
    for i, width in enumerate(WIDTHS):
        ws.set_column(i, i, width)
    boxed = {"border": 1, "text_wrap": True, "valign": "vcenter"}
    formats = {"title": wb.add_format({"bold": True, "font_size": 16, "align": "center"}),
               "text": wb.add_format(boxed), "number": wb.add_format(boxed),
               "money": wb.add_format(dict(boxed, num_format=NUMBER_FORMATS["money"])),
               "percent": wb.add_format(dict(boxed, num_format=NUMBER_FORMATS["percent"]))}
    br1, bc1, br2, bc2 = box
    written = set()
    for r1, c1, r2, c2, kind, value in cells:
        fmt = formats[kind]
        if (r1, c1) != (r2, c2):
            ws.merge_range(r1, c1, r2, c2, "", fmt)  # borders every cell of the range; then the typed value
        if value is None:
            ws.write_blank(r1, c1, None, fmt)
        elif isinstance(value, str):
            ws.write_string(r1, c1, value, fmt)
        else:
            ws.write_number(r1, c1, value, fmt)
        written.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
    for r in range(br1, br2 + 1):
        for c in range(bc1, bc2 + 1):
            if (r, c) not in written:
                ws.write_blank(r, c, None, formats["text"])
    wb.close()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else RESOURCES
    os.makedirs(out, exist_ok=True)
    box, cells = read_content()
    for name, write in (("national-openpyxl.xlsx", with_openpyxl), ("national-xlsxwriter.xlsx", with_xlsxwriter)):
        path = os.path.join(out, name)
        write(path, box, cells)
        print(path)


if __name__ == "__main__":
    main()
