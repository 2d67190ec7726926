"""Money and length mentions: amounts in yuan, lengths in kilometres.

Amounts are parsed with ``Decimal`` so 5572.4874万元 is exactly 55724874 and
168244249.68元 keeps its fen. 约/近/余/多 mark an approximate figure;
``XX万元`` is a redacted amount, recorded without a number.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from kg.extract.common import CLAUSE_PUNCT, DisjointSpans, clause_start, gated
from kg.ingest.formats import EMPTY_CELL
from kg.model import EntityType, FundingKind, Measure, Mention
from kg.reference.lexicon import Lexicon
from kg.text.clean import MONEY_COLUMN_WORDS

_UNIT = {"": Decimal(1), "千": Decimal(1000), "万": Decimal(10_000), "十万": Decimal(100_000),
         "百万": Decimal(1_000_000), "千万": Decimal(10_000_000), "亿": Decimal(100_000_000),
         "万亿": Decimal(10) ** 12}
_NUM = r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|\.\d+|[Xx×＊*]+)"
AMOUNT = gated(
    rf"(?P<pre>约|近|超过|超|逾|大约|合计约|共约)?{_NUM}(?P<post1>余|多)?(?P<unit>万亿|千万|百万|十万|亿|万|千)?"
    rf"(?P<post2>余|多)?(?P<yuan>元)(?![/每])")
#: Amounts written without 元 ("1.8亿建设补助资金", "总投资63亿"): only 亿/万 with money words around.
BARE_AMOUNT = gated(rf"(?P<pre>约|近|超过|超|逾)?{_NUM}(?P<post1>余|多)?(?P<unit>亿|万)(?P<post2>余|多)?(?![元\d人吨平方立公里米辆台次件])")
#: Amounts in Chinese numerals (两亿元, 三千万元, 一千五百万元, 一点二亿元): read by cn2an.
#: A 亿 or 万 inside the figure (一亿二千万元) belongs to it when more numerals follow; the last is the unit.
CN_AMOUNT = gated(r"(?P<pre>约|近|超过|超|逾)?(?P<num>[一二两三四五六七八九十百千零]"
                  r"(?:[一二两三四五六七八九十百千零]|[点万亿](?=[一二两三四五六七八九十百千零])){0,15})(?P<post1>余|多)?"
                  r"(?P<unit>万亿|亿|万)(?P<post2>余|多)?(?P<yuan>元)")
#: A flattened table's header cell that holds amounts, with its unit: 总投资（万元）, 完成投资(亿元).
#: The unit may be left to the cells (总投资 over cells such as 98.1亿元).
TABLE_MONEY_HEADER = re.compile(rf"(?P<label>[\u4e00-\u9fff]{{0,8}}(?:{MONEY_COLUMN_WORDS}))"
                                r"(?:[（(](?P<unit>万|亿)?元[）)])?$")
_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: The unit a table's title or the line above its header states for its amounts: （单位：万元）, 金额单位:亿元.
TABLE_UNIT = re.compile(r"单位[：:]\s*(?:人民币)?(?P<unit>万|亿)?元")
_SPACED_CELL = re.compile(r"\S+")
#: A money cell: a bare figure in the header's unit, or a figure with its own (86.5亿元).
_MONEY_CELL = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?:(?P<unit>亿|万)元)?")
#: A row this long with fewer than three cells is prose after the table, not a row that lost its spaces.
_PROSE_LINE = 80
_HEADING_START = re.compile(r"\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)])")


def _row_that_lost_its_spaces(line: str) -> bool:
    """A short line inside a table that is still one of its rows (2国道234涉县段…XX XX续建): it holds a figure
    or a blank (XX), and is no heading (二、养护工程情况) and no sentence (…完成公路养护。)."""
    text = line.strip()
    return (bool(text) and len(line) <= _PROSE_LINE and not text.endswith("。") and not _HEADING_START.match(line)
            and (any(ch.isdigit() for ch in text) or "XX" in text.upper()))
_MONEY_CONTEXT = re.compile(r"资金|投资|补助|补贴|预算|经费|拨付|到位")
LENGTH = gated(r"(?P<num>\d+(?:\.\d+)?|\.\d+)(?P<unit>公里|千米|km|KM|Km|米|m)(?!\s?[²³23]|[A-Za-z0-9_/处内外每])")
_NUMBER = re.compile(r"\d*\.?\d+")
#: Digits a stated figure may have: a trillion yuan has 13. Past this a "figure" is garbage (or an
#: overflow in the making: Decimal's 28-digit context), and it is left unread rather than read wrong.
MAX_DIGITS = 18
#: A character before a figure that makes it part of something else: a sign (-500万元 is no amount of
#: 5,000,000), an exponent (1e308万元), a broken digit group (1,,000万元), a code or a longer number.
_NOT_A_FIGURE_AFTER = re.compile(r"[0-9A-Za-z.,+\-−负]")


def readable_figure(text: str, start: int, number: str) -> bool:
    """Whether the figure ``number`` written at ``start`` can be read as it stands.

    >>> readable_figure("投资-500万元", 3, "500"), readable_figure("投资1e308万元", 5, "308")
    (False, False)
    >>> readable_figure("投资1,,000万元", 5, "000"), readable_figure("投资500万元", 2, "500")
    (False, True)
    """
    if start > 0 and _NOT_A_FIGURE_AFTER.match(text, start - 1):
        return False
    return sum(ch.isdigit() for ch in number) <= MAX_DIGITS


def parse_amount(number: str, unit: str = "") -> Decimal | None:
    """Yuan for a number and a Chinese unit; None when the number is redacted.

    >>> parse_amount("5572.4874", "万"), parse_amount("2.2398", "亿"), parse_amount("XX", "万")
    (Decimal('55724874.0000'), Decimal('223980000.0000'), None)
    """
    number = number.replace(",", "")
    if not number or not _NUMBER.fullmatch(number) or len(number) > MAX_DIGITS + 1:
        return None
    return Decimal(number) * _UNIT[unit]


def normalise_decimal(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form.

    >>> str(normalise_decimal(Decimal("55724874.0000"))), str(normalise_decimal(Decimal("168244249.680")))
    ('55724874', '168244249.68')
    """
    try:
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
    except InvalidOperation:  # more digits than the context holds: the exponent form is still exact
        pass
    return value.normalize()


def funding_kind(text: str, start: int, end: int, lex: Lexicon) -> FundingKind:
    """Kind of the amount at ``[start, end)`` from the words of its clause."""
    before = text[clause_start(text, start, "，,。；;！？\n"):start]
    after = text[end:end + 8]
    after = after[: next((i for i, ch in enumerate(after) if ch in CLAUSE_PUNCT), len(after))]
    # the first kind in lexicon order whose words stand in the clause decides
    # (补偿 beats 费用 in "补偿及迁改工程费用"; 完成投资 beats 投资)
    kinds = _kind_patterns(lex.key(), lex)
    for part in (before, after):
        for kind, words in kinds:
            if words.search(part):
                return kind
    return FundingKind.OTHER


@lru_cache(maxsize=4)
def _kind_patterns(key: tuple[str, ...], lex: Lexicon) -> list[tuple[FundingKind, re.Pattern[str]]]:
    """Each funding kind's words (regexes in the lexicon) as one pattern, in lexicon order."""
    return [(FundingKind(kind), re.compile("|".join(f"(?:{w})" for w in words)))
            for kind, words in lex["funding.kinds"].items() if words]


def find_money(text: str, lex: Lexicon) -> list[Mention]:
    """All monetary amounts, each with its kind, approximate and redacted flags."""
    out: list[Mention] = []
    taken = DisjointSpans()
    for pattern, rule in ((AMOUNT, "money.yuan"), (BARE_AMOUNT, "money.bare")):
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()) or not readable_figure(text, m.start("num"), m["num"]):
                continue
            if rule == "money.bare":
                clause = text[clause_start(text, m.start()):m.end() + 8]
                if not _MONEY_CONTEXT.search(clause):
                    continue
            number, unit = m["num"], m["unit"] or ""
            redacted = not any(ch.isdigit() for ch in number)
            amount = None if redacted else parse_amount(number, unit)
            if amount is not None:
                amount = normalise_decimal(amount)
            taken.add(m.start(), m.end())
            out.append(Mention(
                EntityType.FUNDING, m.start(), m.end(), m.group(), name=m.group(), rule=rule,
                confidence=0.95 if rule == "money.yuan" else 0.75, amount=amount,
                approximate=bool(m["pre"] or m["post1"] or m["post2"]), redacted=redacted,
                funding_kind=funding_kind(text, m.start(), m.end(), lex)))
    for m in CN_AMOUNT.finditer(text):
        if taken.overlaps(m.start(), m.end()) or not readable_figure(text, m.start("num"), m["num"]) \
                or text[m.start("num") - 1:m.start("num")] == "点":  # 点五亿元: the tail of a broken figure
            continue
        amount = _chinese_amount(m["num"], m["unit"])
        if amount is None:
            continue
        taken.add(m.start(), m.end())
        out.append(Mention(
            EntityType.FUNDING, m.start(), m.end(), m.group(), name=m.group(), rule="money.chinese_numerals",
            confidence=0.9, amount=amount, approximate=bool(m["pre"] or m["post1"] or m["post2"]),
            funding_kind=funding_kind(text, m.start(), m.end(), lex)))
    # a table cell's column names the kind its clause does not (98.1亿元 under 总投资)
    cells = {(m.start, m.end): m for m in table_amounts(text, lex)}
    out = [replace(m, funding_kind=cells[(m.start, m.end)].funding_kind)
           if m.funding_kind is FundingKind.OTHER and (m.start, m.end) in cells else m for m in out]
    out.extend(m for m in cells.values() if not taken.overlaps(m.start, m.end))
    out.sort(key=lambda x: x.start)
    return out


_UNIT_YUAN = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "万亿": Decimal(10) ** 12}


def _chinese_amount(number: str, unit: str) -> Decimal | None:
    """Yuan of an amount in Chinese numerals (两亿元, 一亿二千万元, 一点二亿元), by cn2an; None if it reads none.

    cn2an reads a whole figure with its inner units (一亿二千万) but not a decimal one with a unit
    (一点二亿): a figure with 点 is read alone and multiplied by the unit.
    """
    import cn2an  # imported on first use: a build without such amounts never pays for it

    try:
        if "点" in number:
            value = Decimal(str(cn2an.cn2an(number, "smart"))) * _UNIT_YUAN[unit]
        else:
            value = Decimal(str(cn2an.cn2an(number + unit, "smart")))
    except (ValueError, TypeError, KeyError, ArithmeticError):
        return None
    return normalise_decimal(value) if value > 0 else None


def table_amounts(text: str, lex: Lexicon) -> list[Mention]:
    """Amounts in the cells of a flattened table whose header names the column and its unit.

    A work report's tables reach the text as one line per row, cells parted
    by spaces: a header line such as ``序号 项目名称 建设规模 总投资（万元） 完成投资（万元）``
    and rows such as ``1 G353…改建工程 28.6公里 86500 16200 路基施工``. A row's
    cells are read against the header's columns from the right, so a name
    cell that holds a space does not shift the amounts.
    """
    out: list[Mention] = []
    lines = text.split("\n")
    pos = 0
    header: list[str] | None = None
    money_cols: dict[int, tuple[str, str]] = {}
    under_header = False  # the line before was the header
    stated_unit, since_stated = "", 3  # a unit stated above the header (（单位：万元）) and how many lines ago
    for line in lines:
        cells, starts = _split_cells(line)
        found = [(i, TABLE_MONEY_HEADER.search(c)) for i, c in enumerate(cells)]
        unit_line = TABLE_UNIT.search(line)
        stated_unit, since_stated = (unit_line["unit"] or "", 0) if unit_line else (stated_unit, since_stated + 1)
        if under_header and len(money_cols) == 1 and sum(1 for _, m in found if m) >= 2 \
                and all(m or c == EMPTY_CELL for (_, m), c in zip(found, cells, strict=True)):
            money_cols = _spanned_columns(money_cols, cells, found)
            under_header = False
        elif sum(1 for _, m in found if m) >= 1 and len(cells) >= 3 and not any(_CELL_NUMBER.fullmatch(c) for c in cells):
            header = cells
            above = stated_unit if since_stated <= 2 else ""
            money_cols = {i - len(cells): (m["label"], m["unit"] or above) for i, m in found if m}
            under_header = True
        elif header is not None and len(cells) >= 3:
            under_header = False
            if cells[0].startswith(("合计", "总计", "小计")):
                pos += len(line) + 1
                continue
            for offset, (label, unit) in money_cols.items():
                i = len(cells) + offset
                cell = _MONEY_CELL.fullmatch(cells[i]) if 0 < i < len(cells) else None
                if cell is not None and (cell["unit"] or unit):
                    value = parse_amount(cell["num"], cell["unit"] or unit)
                    if value is None:
                        continue
                    start = pos + starts[i]
                    kind = funding_kind(label + cells[i], len(label), len(label) + len(cells[i]), lex)
                    out.append(Mention(EntityType.FUNDING, start, start + len(cells[i]), cells[i],
                                       name=f"{label}{cell['num']}{cell['unit'] or unit}元", rule="money.table_cell", confidence=0.8,
                                       amount=normalise_decimal(value), funding_kind=kind))
        elif not _row_that_lost_its_spaces(line):
            header, under_header = None, False
        pos += len(line) + 1
    return out


def _spanned_columns(money_cols: dict[int, tuple[str, str]], cells: list[str],
                     found: list[tuple[int, re.Match[str] | None]]) -> dict[int, tuple[str, str]]:
    """The money columns of a header's second row under the one column it spans (投资（万元） over 总投资 |
    完成投资), each with the spanning column's unit where it names none. Counted from the right as rows are
    read: a row that keeps its empty cells (``EMPTY_CELL``, from a .docx) gives each its own place; a row
    of the sub-headers alone stands in for the spanning column, the header's cells right of it after them."""
    (parent, (_, unit)), = money_cols.items()
    labelled = [(i, m) for i, m in found if m]
    if EMPTY_CELL in cells:
        return {i - len(cells): (m["label"], m["unit"] or unit) for i, m in labelled}
    right = -parent - 1
    return {-(right + len(labelled) - k): (m["label"], m["unit"] or unit) for k, (_, m) in enumerate(labelled)}


def _split_cells(line: str) -> tuple[list[str], list[int]]:
    """A flattened row's cells, parted by spaces (``clean`` writes a table parted by bars so too), and where
    each starts in the line."""
    found = list(_SPACED_CELL.finditer(line))
    return [m.group() for m in found], [m.start() for m in found]


def find_lengths(text: str) -> list[Measure]:
    """Stated lengths in km (公里, km, 千米; 米 divided by 1000). 延米/平方米 are not lengths."""
    out = []
    for m in LENGTH.finditer(text):
        if not readable_figure(text, m.start(), m["num"]):
            continue
        if m["unit"] in ("米", "m") and text[m.start() - 2:m.start()] in ("平方", "立方"):
            continue
        if text[m.end() - 2:m.end()] == "延米" or text[m.start():m.end() + 1].endswith("延"):
            continue
        value = Decimal(m["num"])
        km = value / 1000 if m["unit"] in ("米", "m") else value
        out.append(Measure(m.start(), m.end(), m.group(), normalise_decimal(km)))
    return out
