"""Fills a Scrutineer audit workbook the way an auditor would in Excel: a grade from the list,
evidence and reasons on every row, and their name on the instructions sheet. Optionally
changes a locked cell, as a careless edit would. Usage: fill_workbook.py IN OUT [--edit-row N]"""
import sys

import openpyxl

source, target = sys.argv[1], sys.argv[2]
edit_row = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--edit-row" else None
book = openpyxl.load_workbook(source)
book["Instructions"]["B6"] = "Wynn Workbook"
sheet = book["Audit"]
for row in range(2, sheet.max_row + 1):
    key = sheet.cell(row=row, column=2).value
    if not key:
        continue
    reference = sheet.cell(row=row, column=1).value
    if key == "drift":
        sheet.cell(row=row, column=4).value = "Requires improvement"
        sheet.cell(row=row, column=6).value = "Plan reviewed late twice."
    elif key == "cultural-competence":
        sheet.cell(row=row, column=4).value = "Not applicable"
        sheet.cell(row=row, column=6).value = "No cultural factors were recorded."
    else:
        sheet.cell(row=row, column=4).value = "Good"
    sheet.cell(row=row, column=5).value = f"Seen in the {reference} file: {key}."
if edit_row:
    sheet.cell(row=edit_row, column=2).value = "changed-by-hand"
book.save(target)
