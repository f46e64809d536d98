"""Reads an .xlsx back with openpyxl, as a real client would, and prints every sheet's cell values.

Usage: /usr/bin/python3 tests/support/read_xlsx.py FILE.xlsx
Prints {"sheets": [{"name": ..., "rows": [[value, ...], ...]}]}; numbers stay numbers.
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1], data_only=False)
print(json.dumps({
    'sheets': [{'name': ws.title, 'rows': [list(row) for row in ws.iter_rows(values_only=True)]} for ws in book.worksheets],
}, default=str))
