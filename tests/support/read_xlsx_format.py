"""Reads an .xlsx back with openpyxl and prints each sheet's values with their Python types and
number formats, its header and footer, frozen panes, autofilter and column widths.

Usage: /usr/bin/python3 tests/support/read_xlsx_format.py FILE.xlsx
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])


def cell(c):
    value = c.value
    kind = type(value).__name__
    if hasattr(value, 'isoformat'):
        value = value.isoformat()
    return {'value': value, 'type': kind, 'format': c.number_format, 'wrap': bool(c.alignment.wrap_text)}


print(json.dumps({
    'properties': {'title': book.properties.title, 'creator': book.properties.creator, 'keywords': book.properties.keywords},
    'sheets': [{
        'name': ws.title,
        'header': ws.oddHeader.center.text,
        'footer': ws.oddFooter.center.text,
        'frozen': ws.freeze_panes,
        'filter': ws.auto_filter.ref,
        'widths': {k: d.width for k, d in ws.column_dimensions.items()},
        'rows': [[cell(c) for c in row] for row in ws.iter_rows()],
    } for ws in book.worksheets],
}))
