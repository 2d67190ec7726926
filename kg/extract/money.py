"""Money and length mentions: amounts in yuan, lengths in kilometres.

Amounts are parsed with ``Decimal`` so 5572.4874万元 is exactly 55724874 and
168244249.68元 keeps its fen. 约/近/余/多 mark an approximate figure;
``XX万元`` is a redacted amount, recorded without a number.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from kg.extract.common import CLAUSE_PUNCT, clause_start, gated
from kg.model import EntityType, FundingKind, Measure, Mention
from kg.reference.lexicon import Lexicon

_UNIT = {"": Decimal(1), "千": Decimal(1000), "万": Decimal(10_000), "十万": Decimal(100_000),
         "百万": Decimal(1_000_000), "千万": Decimal(10_000_000), "亿": Decimal(100_000_000),
         "万亿": Decimal(10) ** 12}
_NUM = r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|\.\d+|[Xx×＊*]+)"
AMOUNT = gated(
    rf"(?P<pre>约|近|超过|超|逾|大约|合计约|共约)?{_NUM}(?P<post1>余|多)?(?P<unit>万亿|千万|百万|十万|亿|万|千)?"
    rf"(?P<post2>余|多)?(?P<yuan>元)(?![/每])")
#: Amounts written without 元 ("1.8亿建设补助资金", "总投资63亿"): only 亿/万 with money words around.
BARE_AMOUNT = gated(rf"(?P<pre>约|近|超过|超|逾)?{_NUM}(?P<post1>余|多)?(?P<unit>亿|万)(?P<post2>余|多)?(?![元\d人吨平方立公里米辆台次件])")
_MONEY_CONTEXT = re.compile(r"资金|投资|补助|补贴|预算|经费|拨付|到位")
LENGTH = gated(r"(?P<num>\d+(?:\.\d+)?|\.\d+)(?P<unit>公里|千米|km|KM|Km|米|m)(?!\s?[²³23]|[\w/])")
_NUMBER = re.compile(r"\d*\.?\d+")


def parse_amount(number: str, unit: str = "") -> Decimal | None:
    """Yuan for a number and a Chinese unit; None when the number is redacted.

    >>> parse_amount("5572.4874", "万"), parse_amount("2.2398", "亿"), parse_amount("XX", "万")
    (Decimal('55724874.0000'), Decimal('223980000.0000'), None)
    """
    number = number.replace(",", "")
    if not number or not _NUMBER.fullmatch(number):
        return None
    value = Decimal(number) * _UNIT[unit]
    if value < 0:
        raise ValueError("negative amount")
    return value


def normalise_decimal(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form.

    >>> str(normalise_decimal(Decimal("55724874.0000"))), str(normalise_decimal(Decimal("168244249.680")))
    ('55724874', '168244249.68')
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
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
    taken: list[tuple[int, int]] = []
    for pattern, rule in ((AMOUNT, "money.yuan"), (BARE_AMOUNT, "money.bare")):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if text[m.start() - 1:m.start()].isdigit() or text[m.start() - 1:m.start()] == ".":
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
            taken.append((m.start(), m.end()))
            out.append(Mention(
                EntityType.FUNDING, m.start(), m.end(), m.group(), name=m.group(), rule=rule,
                confidence=0.95 if rule == "money.yuan" else 0.75, amount=amount,
                approximate=bool(m["pre"] or m["post1"] or m["post2"]), redacted=redacted,
                funding_kind=funding_kind(text, m.start(), m.end(), lex)))
    out.sort(key=lambda x: x.start)
    return out


def find_lengths(text: str) -> list[Measure]:
    """Stated lengths in km (公里, km, 千米; 米 divided by 1000). 延米/平方米 are not lengths."""
    out = []
    for m in LENGTH.finditer(text):
        if text[m.start() - 1:m.start()].isdigit():
            continue
        if m["unit"] in ("米", "m") and text[m.start() - 2:m.start()] in ("平方", "立方"):
            continue
        if text[m.end() - 2:m.end()] == "延米" or text[m.start():m.end() + 1].endswith("延"):
            continue
        value = Decimal(m["num"])
        km = value / 1000 if m["unit"] in ("米", "m") else value
        out.append(Measure(m.start(), m.end(), m.group(), normalise_decimal(km)))
    return out
