"""Stage 2, clean: raw report text -> ``CleanText`` with an offset map.

Removes the genre's noise (``##paidbegin##``, ``[bookmark: _Toc30050]``),
folds full-width digits and Latin letters to ASCII (``Ｓ３１１`` -> ``S311``,
``K33＋000`` -> ``K33+000``), writes a table whose cells are parted by bars
(``1｜G318改建｜78000``, a Markdown table) as a flattened table's row
(``1 G318改建 78000``, as a .docx table reaches the text) and drops stray
spaces, while remembering for
every kept character where it stood in the raw text. Chinese punctuation is
kept as written: names are shown to users as the report wrote them.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.ingest.formats import EMPTY_CELL, PAGE_NUMBER
from kg.model import CleanText

#: Invisible format characters (Unicode category Cf: zero-width spaces and joiners, soft hyphens,
#: direction marks, the BOM, interlinear annotation marks): a copy from a web page carries them inside
#: figures and codes (``3\u200c000万元``, ``G\u200b210``), where they would split what they sit in.
FORMAT_CHARS = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
#: A line of a web page's furniture around a copied report, whole: the site's footer (主办单位：…, 网站标识码,
#: ICP备…, 版权所有, 技术支持：…, 地址：…, 联系电话：…), the links to the next and previous articles (上一篇：…), the page's buttons
#: (【打印】【关闭】, 打印本页, 分享到：), a PDF's page numbers (— 2 —, 第 3 页 共 9 页). It names the site's host, not
#: who acts in the report (主办单位：XX县人民政府办公室), and it is no sentence of the report.
PAGE_FURNITURE = (r"(?m:^[ \t\u3000]*(?:(?:主办单位|承办单位|协办单位|主办|承办|技术支持|网站标识码|网站识别码|"
                  r"公安机关备案号|备案号|上一篇|下一篇|分享到|地址|联系电话|联系方式|邮编|邮政编码|传真)[：:]|版权所有|Copyright|©|"
                  r"\S{0,2}ICP备|\S{0,2}公网安备|"
                  r"【(?:打印|关闭|字体|收藏|返回顶部)[^】]*】|打印本页|关闭窗口)[^\n]*\n?"
                  rf"|^{PAGE_NUMBER}(?:\n|$))")
#: Editing and paywall artifacts the reports carry, page furniture and format characters; removed entirely.
ARTIFACTS = re.compile(rf"##paid(?:begin|end)##|\[bookmark:[^\]\n]*\]|##[a-z]+##|{PAGE_FURNITURE}|[{FORMAT_CHARS}]+",
                       re.IGNORECASE)

#: Full-width characters folded to ASCII: digits, letters and the signs used
#: inside codes and amounts.
_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})
_FOLD.update({"＋": "+", "－": "-", "．": ".", "％": "%", "／": "/", "～": "~"})

_FOLD_TABLE = str.maketrans(_FOLD)
#: Runs of characters to fold: ``str.translate`` looks every character up, so it is given only these.
_FOLD_RUN = re.compile(f"[{''.join(map(re.escape, _FOLD))}]+")
_HSPACE_CHARS = " \t\u3000\xa0\u2002\u2003\u2009\r"
_HSPACE_RUN = re.compile(f"[{_HSPACE_CHARS}]+")


#: A table cell holding a figure: 86500, 28.6公里, 3.2亿元, 80%.
_FIGURE_CELL = re.compile(r"[\d.,]+(?:%|[\u4e00-\u9fff]{1,3})?")
#: A header cell naming a column's unit: 总投资（万元）.
_UNIT_HEADER = re.compile(r"[（(][万亿]?元[）)]")
#: A header cell naming a money column without its unit (总投资, 2024年完成投资), in a header of short cells.
#: The words a money column's header ends in (``kg.extract.money`` reads the cells under it).
MONEY_COLUMN_WORDS = "投资|资金|补助|金额|概算|估算"
_MONEY_HEADER = re.compile(f"(?:{MONEY_COLUMN_WORDS})$")
#: Another column such a header names: the project, its size, its state.
_COLUMN_HEADER = re.compile(r"名称|项目|序号|规模|里程|长度|性质|状态|情况|进展|进度|备注|时间|单位|内容")
_HEADER_CELL_MAX = 12


def _table_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that are rows of a flattened table: three or more cells parted by spaces, two of
    them figures, or a header naming a money column (its unit, or short cells one of which ends in 投资), or
    any such line right after a table line, or a header's second row of money columns under one it spans. Their spaces part cells and are kept (one each)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        cells = line.split()
        # the row after a table line is one too if it has the cells (XX万元, a blank figure, leaves it one short);
        # prose after a table ends its sentence
        prose = line.rstrip().endswith("。")
        after_row = bool(out) and out[-1][1] == pos - 1 and not prose
        follows = after_row and any(_FIGURE_CELL.fullmatch(c) or "XX" in c.upper() for c in cells)
        # a header's second row under a column it spans (投资（万元） over 总投资 | 完成投资)
        sub_header = after_row and len(cells) >= 2 and all(len(c) <= _HEADER_CELL_MAX for c in cells) \
            and sum(1 for c in cells if _MONEY_HEADER.search(c)) >= 2
        if sub_header or (len(cells) >= 3 and (follows or sum(1 for c in cells if _FIGURE_CELL.fullmatch(c)) >= 2
                                or any(_UNIT_HEADER.search(c) for c in cells)
                                or (not prose and all(len(c) <= _HEADER_CELL_MAX for c in cells)
                                    and any(_MONEY_HEADER.search(c) for c in cells)
                                    and any(_COLUMN_HEADER.search(c) for c in cells)))):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


#: A line that opens a heading or an item: never the second half of a wrapped sentence.
_HEADING = re.compile(r"(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:、|[.．](?!\d))|"
                      r"第[一二三四五六七八九十]+)")
#: Marks a line may end with when it ends where its sentence does.
_LINE_END_MARKS = "。！？；：:!?;"


def _wrap_breaks(text: str) -> list[int]:
    """Offsets of the line breaks that a fixed-width copy put inside sentences (a DOCX preview cut every 35
    characters: "市委、市\n政府"): the text is wrapped when a fifth of its lines, and at least five, share one
    length of 20 or more; a break after a line of about that length (±3: spaces were dropped) that does not end a sentence, before a
    line that opens no heading (a decimal, 86.4万元, opens none), is the wrap's, unless either line is a flattened table's
    row: a table's header as long as the wrap is not glued to its first row."""
    lines = text.split("\n")
    lengths = [len(line) for line in lines]
    counts = Counter(n for n in lengths if n >= 20)
    if not counts:
        return []
    width, n = counts.most_common(1)[0]
    if n < 5 or n < 0.2 * sum(1 for x in lengths if x >= 5):
        return []
    table = {start for start, _ in _table_lines(text)}  # where the rows of flattened tables start
    out, pos = [], 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        start, pos = pos, pos + len(line)
        if abs(len(line) - width) <= 3 and line[-1] not in _LINE_END_MARKS and nxt and not _HEADING.match(nxt) \
                and start not in table and pos + 1 not in table:
            out.append(pos)
        pos += 1
    return out


#: What parts the cells of a table written with bars: ｜ (a copy of a web page's table), | (Markdown).
_BAR = re.compile(r"[｜|]")
#: A Markdown table's rule under its header (|---|:---:|): no row.
_RULE_ROW = re.compile(r"[\s|｜:\-—=+]*")


def _rows_without_bars(text: str, index: list[int]) -> tuple[str, list[int]]:
    """``text`` with each line of two bars or more and two cells or more written as a flattened table's row:
    its cells parted by one space, an empty one as ``EMPTY_CELL`` so the cells after it keep their columns, the
    bars that open and close a Markdown row and its rule line dropped. ``index`` maps each character to the raw
    text, as ``clean`` keeps it; a bar's place stands for the space or ``EMPTY_CELL`` written for it."""
    if "｜" not in text and "|" not in text:
        return text, index
    chars: list[str] = []
    out_index: list[int] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        bars = [m.start() for m in _BAR.finditer(line)]
        cuts = [-1, *bars, len(line)]
        pieces = [(cuts[k] + 1, cuts[k + 1]) for k in range(len(cuts) - 1)]
        cells = [(a, b) for a, b in pieces if line[a:b].strip()]
        if len(bars) >= 2 and _RULE_ROW.fullmatch(line):
            pos = end + 1  # the rule under a Markdown header, with its line break
            continue
        if len(bars) < 2 or len(cells) < 2:
            chars.append(line)
            out_index.extend(index[pos:end])
        else:
            if not line[slice(*pieces[0])].strip():
                pieces.pop(0)  # before the bar that opens a Markdown row
            if not line[slice(*pieces[-1])].strip():
                pieces.pop()  # after the bar that closes it
            for k, (a, b) in enumerate(pieces):
                if k:
                    chars.append(" ")
                    out_index.append(index[pos + a - 1])  # the bar before the cell
                cell = line[a:b].strip()
                if not cell:
                    chars.append(EMPTY_CELL)
                    out_index.append(index[pos + a - 1])
                    continue
                first = a + line[a:b].index(cell)
                chars.append(cell)
                out_index.extend(index[pos + first:pos + first + len(cell)])
        if end < len(text):
            chars.append("\n")
            out_index.append(index[end])
        pos = end + 1
    return "".join(chars), out_index


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def clean(raw: str) -> CleanText:
    """Clean a report's raw text, keeping an offset map back into it.

    Works on runs, not characters: artifacts are cut out, folding is a
    one-for-one ``str.translate``, and of a run of spaces only the last may
    survive, as one space between two ASCII words ("EPC project") or between
    two cells of a flattened table's row (``1 G353…改建工程 28.6公里 86500``);
    line breaks a fixed-width copy put inside sentences are dropped.

    >>> c = clean("S３１１线 K33＋000##paidend##")
    >>> c.text
    'S311线K33+000'
    >>> c.raw[c.index[5]]
    'K'
    """
    # 1. cut the artifacts out: the kept text, with the raw offset of each of its pieces
    pieces: list[tuple[int, str]] = []
    pos = 0
    for match in ARTIFACTS.finditer(raw):
        if match.start() > pos:
            pieces.append((pos, raw[pos:match.start()]))
        pos = match.end()
    if pos < len(raw):
        pieces.append((pos, raw[pos:]))
    kept = _FOLD_RUN.sub(lambda run: run.group().translate(_FOLD_TABLE), "".join(piece for _, piece in pieces))
    kept_index: list[int] = []
    for at, piece in pieces:
        kept_index.extend(range(at, at + len(piece)))
    kept, kept_index = _rows_without_bars(kept, kept_index)

    # 2. drop spaces (a table's bars are spaces now): a run goes, except its last character between two ASCII words (then a plain space)
    #    or between two cells of a table row
    chars: list[str] = []
    index: list[int] = []
    pos = 0
    rows = _table_lines(kept)
    row = 0
    for run in _HSPACE_RUN.finditer(kept):
        start, end = run.span()
        chars.append(kept[pos:start])
        index.extend(kept_index[pos:start])
        while row < len(rows) and rows[row][1] < start:
            row += 1
        in_row = row < len(rows) and rows[row][0] < start and end < rows[row][1] and kept[start - 1] != "\n"
        if start > 0 and end < len(kept) and kept[end - 1] != "\r" \
                and (in_row or (_is_ascii_word(kept[start - 1]) and _is_ascii_word(kept[end]))):
            chars.append(" ")
            index.append(kept_index[end - 1])
        pos = end
    chars.append(kept[pos:])
    index.extend(kept_index[pos:])
    text = "".join(chars)

    # 3. join the lines a fixed-width copy broke inside sentences
    breaks = _wrap_breaks(text)
    if breaks:
        drop = set(breaks)
        text = "".join(ch for i, ch in enumerate(text) if i not in drop)
        index = [at for i, at in enumerate(index) if i not in drop]
    index.append(len(raw))
    return CleanText(raw=raw, text=text, index=tuple(index))
