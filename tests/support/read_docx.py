"""Reads a .docx back with python-docx, as a real client would, and prints what the tests check.

Usage: /usr/bin/python3 tests/support/read_docx.py FILE.docx
"""
import json
import sys

import docx
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
body = document.element.body

alt_texts = [el.get('descr') for el in body.iter(qn('wp:docPr'))]
tables = []
for table in document.tables:
    first = table.rows[0]
    repeat = first._tr.trPr is not None and first._tr.trPr.find(qn('w:tblHeader')) is not None
    merged = any(tc.tcPr is not None and (tc.tcPr.find(qn('w:gridSpan')) is not None or tc.tcPr.find(qn('w:vMerge')) is not None) for tc in table._tbl.iter(qn('w:tc')))
    empty = sum(1 for row in table.rows for cell in row.cells if not cell.text.strip())
    tables.append({'header': [c.text for c in first.cells], 'rows': len(table.rows), 'repeatHeader': repeat, 'merged': merged, 'emptyCells': empty,
                   'cells': [[c.text for c in row.cells] for row in table.rows]})

languages = sorted({el.get(qn('w:val')) for el in document.styles.element.iter(qn('w:lang'))})
print(json.dumps({
    'headings': [{'level': p.style.name, 'text': p.text} for p in document.paragraphs if p.style.name.startswith('Heading')],
    'headers': [p.text for s in document.sections for p in s.header.paragraphs],
    'footers': [p.text for s in document.sections for p in s.footer.paragraphs],
    # Per Word section: its own header and footer text, and whether it only borrows the previous one's.
    'sections': [{'header': [p.text for p in s.header.paragraphs], 'footer': [p.text for p in s.footer.paragraphs],
                  'headerLinked': s.header.is_linked_to_previous, 'footerLinked': s.footer.is_linked_to_previous,
                  'landscape': s.orientation == 1} for s in document.sections],
    'paragraphs': [p.text for p in document.paragraphs],
    'tables': tables,
    'altTexts': alt_texts,
    'languages': languages,
    'properties': {'title': document.core_properties.title, 'author': document.core_properties.author, 'subject': document.core_properties.subject},
    'text': '\n'.join(p.text for p in document.paragraphs) + '\n' + '\n'.join(c.text for t in document.tables for r in t.rows for c in r.cells),
}))
