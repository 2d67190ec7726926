"""Text out of the formats reports come in: .docx, .pdf (text layer), .html.

Each reader returns the report's text in reading order; that text is the
"raw" text provenance offsets point into. Damaged files raise ``InputError``
naming the file and the problem.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.errors import InputError

_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}(?:[、．)）]|\.(?!\d)))")
_SENTENCE_END = "。！？；：!?;:"


#: Bytes of XML a .docx may unpack to: a hundred-page report's is one or two MB; a small file that unpacks to
#: hundreds (a zip bomb) would take gigabytes to parse.
MAX_DOCX_XML_BYTES = 50_000_000


def docx_text(path: Path, data: bytes) -> str:
    """The text of a .docx in reading order, as Word shows it (``_DocxReader``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(i.file_size for i in package.infolist() if i.filename.endswith((".xml", ".rels")))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError(path, f"not a readable .docx (truncated or damaged): {exc}") from exc
    if unpacked > MAX_DOCX_XML_BYTES:
        raise InputError(path, f"a .docx whose XML unpacks to {unpacked / 1e6:.0f} MB (over "
                               f"{MAX_DOCX_XML_BYTES / 1e6:.0f} MB): not read")
    try:
        from docx import Document

        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(path, f"not a readable .docx (truncated or damaged): {exc}") from exc
    except Exception as exc:  # python-docx raises a variety of lxml/opc errors on damaged parts
        raise InputError(path, f"not a readable .docx: {type(exc).__name__}: {exc}") from exc
    return "\n".join(_DocxReader(_Numbering.of(document)).lines(document.element.body))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Subtrees whose text Word does not show: deleted and moved-away runs, a drawing's fallback copy (the same
#: text box again, for older readers), field instructions.
_HIDDEN = frozenset((f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delText",
                     "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"))
#: An empty cell of a data table, kept so that the cells after it stay under their columns.
EMPTY_CELL = "—"


def _val(element, name: str, default: str = "") -> str:
    child = element.find(f"{_W}{name}")
    return child.get(f"{_W}val", default) if child is not None else default


#: Word's number formats written in Chinese numerals (一、 （二）).
_CHINESE_FORMATS = ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                    "ideographDigital", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand")


def _formatted(n: int, fmt: str) -> str:
    if fmt in _CHINESE_FORMATS:
        import cn2an
        return str(cn2an.an2cn(n))
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    return str(n)


class _Numbering:
    """Word's automatic numbers (一、 （一） 1.), which a paragraph's text does not hold: its list and level
    (``w:numPr``, or its style's) point into the numbering part, whose levels say how each number is
    written (``lvlText`` %1、 with ``numFmt`` chineseCounting) and where it starts; the counters run through
    the document, a level's number restarting the levels below it. Without them the headings of a report
    written with Word's numbering lose their numbers, and the structure finds no sections."""

    def __init__(self, levels: dict[str, dict[int, tuple[int, str, str]]], abstract_of: dict[str, str],
                 starts: dict[tuple[str, int], int], style_lists: dict[str, tuple[str, int]]):
        self.levels, self.abstract_of, self.starts, self.style_lists = levels, abstract_of, starts, style_lists
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()

    @classmethod
    def of(cls, document) -> _Numbering:
        levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        abstract_of: dict[str, str] = {}
        starts: dict[tuple[str, int], int] = {}
        style_lists: dict[str, tuple[str, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering = None
        if numbering is not None:
            for abstract in numbering.iterchildren(f"{_W}abstractNum"):
                found = levels.setdefault(abstract.get(f"{_W}abstractNumId", ""), {})
                for lvl in abstract.iterchildren(f"{_W}lvl"):
                    start = _val(lvl, "start", "1")
                    found[int(lvl.get(f"{_W}ilvl", "0") or 0)] = (int(start) if start.isdigit() else 1,
                                                                  _val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText"))
            for num in numbering.iterchildren(f"{_W}num"):
                num_id = num.get(f"{_W}numId", "")
                abstract_of[num_id] = _val(num, "abstractNumId")
                for override in num.iterchildren(f"{_W}lvlOverride"):
                    start = _val(override, "startOverride")
                    if start.isdigit():
                        starts[(num_id, int(override.get(f"{_W}ilvl", "0") or 0))] = int(start)
        try:
            styles = document.styles.element
        except (NotImplementedError, KeyError, AttributeError):
            styles = None
        if styles is not None:
            for style in styles.iterchildren(f"{_W}style"):
                num_pr = style.find(f"{_W}pPr/{_W}numPr")
                if num_pr is not None:
                    level = _val(num_pr, "ilvl", "0")
                    style_lists[style.get(f"{_W}styleId", "")] = (_val(num_pr, "numId"),
                                                                  int(level) if level.isdigit() else 0)
        return cls(levels, abstract_of, starts, style_lists)

    def label(self, p) -> str:
        """The number Word shows before paragraph ``p`` (一、), counted; "" for none or a bullet."""
        p_pr = p.find(f"{_W}pPr")
        if p_pr is None:
            return ""
        num_id, level = self.style_lists.get(_val(p_pr, "pStyle"), ("", 0))
        num_pr = p_pr.find(f"{_W}numPr")
        if num_pr is not None:
            num_id = _val(num_pr, "numId", num_id)
            written = _val(num_pr, "ilvl", str(level))
            level = int(written) if written.isdigit() else 0
        abstract = self.abstract_of.get(num_id)
        levels = self.levels.get(abstract or "", {})
        if not num_id or num_id == "0" or level not in levels or levels[level][1] in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(abstract or "", {})
        if num_id not in self.started:  # a list that restarts its numbering
            self.started.add(num_id)
            for (num, lvl), start in self.starts.items():
                if num == num_id:
                    counters[lvl] = start - 1
        start, _, text = levels[level]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]

        def number(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            start_k, fmt_k, _ = levels.get(k, (1, "decimal", ""))
            return _formatted(counters.get(k, start_k), fmt_k)
        return re.sub(r"%([1-9])", number, text)


class _DocxReader:
    """The body of a .docx as lines, walked over its XML, not python-docx's paragraph and cell text, which
    leave out what Word shows: runs inserted with tracked changes (``w:ins``), a simple field's result, the
    paragraphs of a text box (the bureau's red header), the content of content controls (``w:sdt``: a cover
    page, a template's fields) and tables nested in a layout table.

    A paragraph is one line; a soft break (``w:br``) inside it ends the line only where a sentence or a
    heading would (修水县交通运输局 / 2024年工作总结 set on two lines of one title is one title; 约12 / 6亿元 is
    one amount). A data table's row is one line of cells parted by a space, as a flattened table's row
    reaches cleaning and the money-column reader, an empty cell as ``EMPTY_CELL``; a table holding tables
    (a page laid out in a table) is read as the blocks of its cells. An explicit stack, not recursion: a
    document nested deep reads in time proportional to its size.
    """

    def __init__(self, numbering: _Numbering | None = None):
        self.numbering = numbering

    def lines(self, body) -> list[str]:
        out: list[str] = []
        stack = list(reversed(list(body)))
        while stack:
            block = stack.pop()
            tag = block.tag
            if tag == f"{_W}p":
                out.extend(self.paragraph(block))
            elif tag == f"{_W}tbl":
                rows = self._children(block, "tr")
                cells = [tc for tr in rows for tc in self._children(tr, "tc")]
                if len(cells) == 1 or any(self._children(tc, "tbl") for tc in cells):
                    stack.extend(reversed([child for tc in cells for child in tc]))  # a layout table
                else:
                    out.extend(self.row(tr) for tr in rows)
            elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
                stack.extend(reversed(list(block)))
        return [line for line in out if line]

    @staticmethod
    def _children(element, name: str) -> list:
        """``element``'s children named ``name``, also inside content controls (a row or cell in a ``w:sdt``)."""
        out, stack = [], list(reversed(list(element)))
        while stack:
            child = stack.pop()
            if child.tag == f"{_W}{name}":
                out.append(child)
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
                stack.extend(reversed(list(child)))
        return out

    def row(self, tr) -> str:
        return table_row("".join("".join(self.paragraph(p, soft_breaks=False)) for p in self._children(tc, "p"))
                         for tc in self._children(tr, "tc"))

    def paragraph(self, p, *, soft_breaks: bool = True) -> list[str]:
        """The lines of a paragraph: the text boxes it anchors, then its own text."""
        pieces: list[str] = []
        boxes: list[str] = []
        stack = list(reversed(list(p)))
        while stack:
            node = stack.pop()
            tag = node.tag
            if not isinstance(tag, str) or tag in _HIDDEN:
                continue
            if tag == f"{_W}t":
                pieces.append(node.text or "")
            elif tag == f"{_W}tab":
                pieces.append(" ")
            elif tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                pieces.append("-")
            elif tag == f"{_W}txbxContent":
                boxes.extend(self.lines(node))
            elif tag != f"{_W}p":
                stack.extend(reversed(list(node)))
        text = "".join(pieces)
        if self.numbering is not None and text.strip():
            text = self.numbering.label(p) + text
        if not soft_breaks:
            return [*boxes, text.replace("\n", "")]
        return [*boxes, *_soft_lines(text)]


def _soft_lines(text: str) -> list[str]:
    """A paragraph's text with its soft breaks: kept where a sentence ends before one or a heading opens
    after it, else the two parts are one line."""
    parts = text.split("\n")
    out = [parts[0]]
    for part in parts[1:]:
        before = out[-1].rstrip()
        if not before or not part.strip() or before[-1] in _SENTENCE_END or _HEADING.match(part):
            out.append(part)
        else:
            out[-1] = before + part.lstrip()
    return out


def pdf_text(path: Path, data: bytes) -> str:
    """The text layer of a PDF, without its page furniture; visual line breaks inside a paragraph are joined."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would interleave with our summary
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        ruled = [i for i, page in enumerate(reader.pages) if _draws_lines(page)]
    except (PdfReadError, ValueError, KeyError, OSError, TypeError) as exc:
        raise InputError(path, f"not a readable PDF (truncated or damaged): {exc}") from exc
    for number, lines in _pages_with_tables(data, ruled).items():
        pages[number] = lines
    text = "\n".join(without_page_furniture(pages))
    if not re.search(r"[\u4e00-\u9fff]", text):
        raise InputError(path, "no text layer (a scanned PDF?): OCR it first")
    return join_wrapped_lines(text).replace(_ROW_MARK, "")


#: Marks a line that is a table's row while a PDF's lines are joined (``join_wrapped_lines`` never joins one).
_ROW_MARK = "\ue000"
#: A path drawn in a page's content stream: a rectangle (re) or a line (l); a table's rulings are drawn so.
_PATH_OPERATOR = re.compile(rb"[\d.]\s+(?:re|l)\s")


#: How many rectangles or lines a page must draw to be read for tables: a ruled table of two rows and two
#: columns draws at least four; a header's rule or an underline is one or two.
_MIN_RULINGS = 4


def _draws_lines(page) -> bool:
    """Whether a page draws enough rectangles or lines to hold a table's rulings: only such a page is read for
    tables (pdfplumber reads a page several times slower than pypdf)."""
    contents = page.get_contents()
    if contents is None:
        return False
    found = 0
    for _ in _PATH_OPERATOR.finditer(contents.get_data()):
        found += 1
        if found >= _MIN_RULINGS:
            return True
    return False


def _pages_with_tables(data: bytes, numbers: list[int]) -> dict[int, str]:
    """The text of the pages ``numbers`` that hold a ruled table, each table read as its rows.

    pypdf gives a table's cells one per line, and a cell wrapped on two
    lines as two (S216线城关至河口段 / 改建工程), so a project's name, length
    and amounts no longer stand on one line. pdfplumber finds the table by its
    rulings and reads it cell by cell: each row becomes one line of cells
    (``table_row``), as from a Word document or a web page, between the text
    above and below it. A page without such a table keeps pypdf's text, and so
    does every page where pdfplumber fails.
    """
    if not numbers:
        return {}
    import pdfplumber

    out: dict[int, str] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number in numbers:
                page = pdf.pages[number]
                tables = sorted((t for t in page.find_tables() if len(t.rows) >= 2 and len(t.rows[0].cells) >= 2),
                                key=lambda t: t.bbox[1])
                if not tables:
                    continue
                lines, top = [], page.bbox[1]
                for table in tables:
                    _, t_top, _, bottom = table.bbox
                    if t_top > top:
                        lines.append(page.crop((page.bbox[0], top, page.bbox[2], t_top)).extract_text() or "")
                    lines += [_ROW_MARK + row for row in (table_row(cell or "" for cell in cells)
                                                          for cells in table.extract()) if row]
                    top = max(top, bottom)
                if top < page.bbox[3]:
                    lines.append(page.crop((page.bbox[0], top, page.bbox[2], page.bbox[3])).extract_text() or "")
                out[number] = "\n".join(line for line in lines if line)
    except Exception as exc:  # pdfminer raises many kinds; pypdf's text is the fallback
        logging.getLogger("kg").debug("tables not read from a PDF: %s", exc)
    return out


#: A PDF's page number, the whole of its line: — 2 —, - 2 -, 第 3 页 共 9 页.
PAGE_NUMBER = (r"[ \t\u3000]*(?:[—－–-]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[—－–-]+|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页"
               r"(?:[ \t\u3000]*[，,/]?[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页)?)[ \t\u3000]*")
_PAGE_NUMBER = re.compile(PAGE_NUMBER)
#: A bare number, a page number only as a page's first or last line (else it may be a table's row number).
_BARE_NUMBER = re.compile(r"\s*\d{1,4}\s*")
#: How many lines at a page's top and bottom may be its running header or footer.
_PAGE_EDGE = 2


def without_page_furniture(pages: list[str]) -> list[str]:
    """Each page's text without its number and without the running header or footer the pages repeat.

    A line at a page's top or bottom (``_PAGE_EDGE`` lines each) that is
    the same on at least half of the pages after the first, and on two at
    least, is the document's running header (修水县交通运输局　…工作计划): it goes
    from every page but the first, where it may be the title. A page number
    on a line of its own at the top or bottom goes everywhere. Left in, they
    cut the sentence a page break falls in (罚款62 / — 2 — / 修水县交通运输局 / .8万元).
    """
    split = [page.split("\n") for page in pages]
    edges: Counter = Counter()
    for lines in split[1:]:
        kept = [line.strip() for line in lines if line.strip() and not _PAGE_NUMBER.fullmatch(line)]
        edges.update(set(kept[:_PAGE_EDGE] + kept[-_PAGE_EDGE:]))
    running = {line for line, n in edges.items() if n >= max(2, (len(split) - 1) / 2)}
    out = []
    for number, lines in enumerate(split):
        content = [i for i, line in enumerate(lines) if line.strip()]
        edge = set(content[:_PAGE_EDGE + 1] + content[-_PAGE_EDGE - 1:])
        ends = set(content[:1] + content[-1:])
        out.append("\n".join(line for i, line in enumerate(lines)
                             if not (i in edge and (_PAGE_NUMBER.fullmatch(line)
                                                    or (i in ends and _BARE_NUMBER.fullmatch(line))
                                                    or (number > 0 and line.strip() in running)))).strip("\n"))
    return out


def _display_width(line: str) -> int:
    """How wide ``line`` is set: a Chinese character or a full-width sign two units, an ASCII one one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def join_wrapped_lines(text: str) -> str:
    """Join lines a PDF wrapped: a full-width line not ending a sentence continues on the next.

    A line is full when it is set about as wide as the page's lines are
    (within two characters of the widest tenth, as set: digits and Latin
    letters are half as wide as Chinese, so a line dense in figures holds
    more characters), or, by its count of characters, within a fifth of
    the longest line.

    >>> join_wrapped_lines("某县2023年工作总结\\n一是G6512秀从高速公路(新晃段)项目，全长\\n32.74km。\\n二、计划")
    '某县2023年工作总结\\n一是G6512秀从高速公路(新晃段)项目，全长32.74km。\\n二、计划'
    """
    lines = text.split("\n")
    longest = max((len(line.strip()) for line in lines), default=0)
    widths = sorted(w for w in map(_display_width, (line.rstrip() for line in lines)) if w >= 20)
    full = widths[int(0.9 * (len(widths) - 1))] - 4 if widths else None
    out: list[str] = []
    out_width: list[int] = []
    title: int | None = None  # the first line with text, the title: it may fill its line and is never continued
    for line in lines:
        stripped = line.strip()
        if (out and out[-1] and stripped and not _HEADING.match(stripped) and len(out) - 1 != title
                and _ROW_MARK not in (out[-1][:1], stripped[:1])):
            prev = out[-1]
            if prev[-1] not in _SENTENCE_END and (len(prev) >= 0.8 * longest
                                                  or (full is not None and out_width[-1] >= full)):
                out[-1] = prev + stripped
                out_width[-1] = _display_width(line.rstrip())
                continue
        if title is None and stripped:
            title = len(out)
        out.append(stripped)
        out_width.append(_display_width(line.rstrip()))
    return "\n".join(out)


#: Elements that start and end a line of their own (a paragraph, a heading, a list item, a division …).
_BLOCKS = frozenset(("address", "article", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
                     "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p",
                     "pre", "section", "table", "tbody", "tfoot", "thead", "ul"))
#: Elements never read: scripts and the page's own furniture.
_UNREAD = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template")
#: A class or id that marks a page's furniture on the sites reports are copied from (<div class="nav">,
#: <div id="footer">, <ul class="side-menu">, <div class="bread-crumb">): it names other offices and the site's host.
_FURNITURE = re.compile(r"(?:^|[-_\s])(?:nav|navbar|menu|footer|foot|bottom|breadcrumbs?|crumbs?|sidebar|share|"
                        r"copyright|toolbar|topbar|friendlink|links)(?:$|[-_\s\d])", re.IGNORECASE)
#: A site's name after the title in <title> (…工作总结_某县人民政府, …工作总结 - 某市交通运输局).
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s[-—–]\s|——).*$")
_SPACE_RUN = re.compile(r"\s+")


def table_row(cells: Iterable[str]) -> str:
    """A data table's row as one line, the same from a Word document and a web page: its cells parted by a
    space (as a flattened table's row, which cleaning and the money column reader know), the spaces inside a
    cell dropped (合 计, 1.62 亿元: layout, not words), an empty cell as ``EMPTY_CELL`` so the cells after it
    stay under their columns; a row of empty cells is no line."""
    texts = [_SPACE_RUN.sub("", cell) or EMPTY_CELL for cell in cells]
    return " ".join(texts) if any(t != EMPTY_CELL for t in texts) else ""


def _is_furniture(tag) -> bool:
    names = " ".join(tag.get("class") or ()) + " " + str(tag.get("id") or "")
    return bool(_FURNITURE.search(names))


#: A block whose text is at least this share link text is a menu, a list of links or a breadcrumb trail
#: (县发展和改革委员会 | 县教育体育局 | … in a site's sidebar), not a passage of the report.
_LINK_SHARE = 0.5


def _page_layout(root) -> tuple[set[int], set[int]]:
    """The ids of the blocks under ``root`` whose text is mostly the text of links, and of the table cells
    that lay a page out rather than hold a value (a cell holding a table, or two blocks or more: a data
    cell of a Word export holds one ``<p>``), found in one pass from the leaves up (each element's text,
    link text and blocks summed from its children's)."""
    from bs4 import NavigableString

    sizes: dict[int, list[int]] = {}  # id -> [text length, link text length, blocks below, tables below]
    heavy: set[int] = set()
    layout: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, NavigableString):
            continue
        if not leaving:
            stack.append((node, True))
            stack.extend((child, False) for child in node.contents if not isinstance(child, NavigableString))
            continue
        text = link = blocks = tables = 0
        for child in node.contents:
            if isinstance(child, NavigableString):
                text += len(child.strip())
            else:
                t, k, b, n = sizes.pop(id(child), (0, 0, 0, 0))
                text, link, blocks, tables = text + t, link + k, blocks + b, tables + n
        if node.name == "a":
            link = text
        if node.name in ("td", "th") and (tables or blocks >= 2):
            layout.add(id(node))
        sizes[id(node)] = [text, link, blocks + (node.name in _BLOCKS), tables + (node.name == "table")]
        if node.name in _BLOCKS and link and link >= _LINK_SHARE * text:
            heavy.add(id(node))
    return heavy, layout


def _html_lines(root) -> list[str]:
    """The text of ``root`` as lines, in reading order: a block starts and ends a line, ``<br>`` ends one,
    a table row is one line with its cells parted by a space (as a flattened table's row, which cleaning
    and the money column reader know), a block that is mostly links (``_page_layout``) is left out, and inline markup (a Word export's ``<span>`` around every run of
    digits) adds nothing between its pieces. An explicit stack, not recursion: a page nested 100,000 deep
    reads in time proportional to its size."""
    from bs4 import NavigableString
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    lines: list[str] = []
    line: list[str] = []
    row: list[list[str]] | None = None  # the cells of the open table row
    menus, layout = _page_layout(root)

    def end_line() -> None:
        text = _SPACE_RUN.sub(" ", "".join(line)).strip()
        line.clear()
        if text:
            lines.append(text)

    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
                (row[-1] if row else line).append(str(node))
            continue
        name = getattr(node, "name", None)
        if not leaving and id(node) in menus:
            continue
        if leaving:
            if name == "tr" and row is not None:
                line.append(table_row("".join(cell) for cell in row))
                row = None
                end_line()
            elif (name in _BLOCKS or name in ("td", "th", "tr")) and row is None:
                end_line()
            continue
        if name == "br":
            if row is not None and row:
                row[-1].append(" ")
            else:
                end_line()
            continue
        if name == "tr" and row is None and not any(id(cell) in layout for cell in node.find_all(("td", "th"),
                                                                                              recursive=False)):
            end_line()
            row = []
        elif name in ("td", "th") and row is not None:
            row.append([])
        elif (name in _BLOCKS or name in ("td", "th", "tr")) and row is None:
            end_line()
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    end_line()
    return lines


def html_text(path: Path, data: bytes) -> str:
    """The main text of an HTML page: article/main when marked, without scripts, navigation, footers or
    the elements a site's classes mark as such, one line per block, with the page's title first (its
    site's name after ``_`` or `` - `` dropped) unless the text opens with it."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(list(_UNREAD)):
        tag.decompose()
    for tag in [t for t in soup.find_all(True) if _is_furniture(t)]:
        if not tag.decomposed:
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    title = _SITE_SUFFIX.sub("", soup.title.get_text(strip=True)) if soup.title else ""
    lines = _html_lines(root)
    if title and not (lines and lines[0].startswith(title)):
        lines.insert(0, title)
    return "\n".join(lines)
