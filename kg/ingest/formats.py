"""Text out of the formats reports come in: .docx, .pdf (text layer), .html.

Each reader returns the report's text in reading order; that text is the
"raw" text provenance offsets point into. Damaged files raise ``InputError``
naming the file and the problem.
"""
from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path

from kg.errors import InputError

_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}(?:[、．)）]|\.(?!\d)))")
_SENTENCE_END = "。！？；：!?;:"


def docx_text(path: Path, data: bytes) -> str:
    """Paragraphs and tables of a .docx, in reading order; a table row becomes one line of cells."""
    try:
        from docx import Document
        from docx.oxml.ns import qn
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(path, f"not a readable .docx (truncated or damaged): {exc}") from exc
    except Exception as exc:  # python-docx raises a variety of lxml/opc errors on damaged parts
        raise InputError(path, f"not a readable .docx: {type(exc).__name__}: {exc}") from exc
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = cell.text.strip()
                    if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                        cells.append(text)
                lines.append("，".join(cells) + ("。" if cells and cells[-1][-1] not in _SENTENCE_END else ""))
    return "\n".join(lines)


def pdf_text(path: Path, data: bytes) -> str:
    """The text layer of a PDF; visual line breaks inside a paragraph are joined."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would interleave with our summary
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError, TypeError) as exc:
        raise InputError(path, f"not a readable PDF (truncated or damaged): {exc}") from exc
    text = "\n".join(pages)
    if not re.search(r"[\u4e00-\u9fff]", text):
        raise InputError(path, "no text layer (a scanned PDF?): OCR it first")
    return join_wrapped_lines(text)


def join_wrapped_lines(text: str) -> str:
    """Join lines a PDF wrapped: a full-width line not ending a sentence continues on the next.

    >>> join_wrapped_lines("一是G6512秀从高速公路(新晃段)项目，全长\\n32.74km。\\n二、计划")
    '一是G6512秀从高速公路(新晃段)项目，全长32.74km。\\n二、计划'
    """
    lines = text.split("\n")
    longest = max((len(line.strip()) for line in lines), default=0)
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if out and out[-1] and stripped and not _HEADING.match(stripped):
            prev = out[-1]
            if prev[-1] not in _SENTENCE_END and len(prev) >= 0.8 * longest:
                out[-1] = prev + stripped
                continue
        out.append(stripped)
    return "\n".join(out)


#: Elements whose text is a block of its own: a paragraph, a heading, a list item, a table row, a div.
_BLOCKS = ("h1", "h2", "h3", "h4", "p", "li", "tr", "div")


def html_text(path: Path, data: bytes) -> str:
    """The main text of an HTML page: article/main when marked, without scripts, navigation or footers.

    Each innermost block (one holding no other block) becomes a line. Found in
    one pass: every block marks the nearest block above it as not innermost,
    so a page nested 100,000 deep costs what a flat one of its size costs,
    instead of each block searching everything beneath it again.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    title = soup.title.get_text(strip=True) if soup.title else ""
    blocks = root.find_all(_BLOCKS)
    holds_a_block: set[int] = set()
    for block in blocks:
        above = block.parent
        while above is not None and above is not root and above.name not in _BLOCKS:
            above = above.parent
        if above is not None:
            holds_a_block.add(id(above))
    lines = (b.get_text(" ", strip=True) for b in blocks if id(b) not in holds_a_block)
    text = "\n".join(line for line in lines if line)
    if not text.strip():
        text = root.get_text("\n", strip=True)
    if title and not text.startswith(title):
        text = title + "\n" + text
    return text
