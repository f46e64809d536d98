"""Reads a .docx back with python-docx: each paragraph's style, text and whether any run is italic,
and the core properties, for checks the shared reader (read_docx.py) does not make.

Usage: /usr/bin/python3 tests/support/read_docx_styles.py FILE.docx
"""
import json
import sys

import docx

document = docx.Document(sys.argv[1])
props = document.core_properties
print(json.dumps({
    'paragraphs': [{'style': p.style.name, 'text': p.text, 'italic': any(r.italic or (r.style is not None and r.style.font.italic) for r in p.runs) or bool(p.style.font.italic)}
                   for p in document.paragraphs],
    'properties': {'title': props.title, 'subject': props.subject, 'author': props.author, 'keywords': props.keywords,
                   'lastModifiedBy': props.last_modified_by, 'language': props.language},
}))
