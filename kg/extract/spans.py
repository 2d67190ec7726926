"""Candidate name spans: every plausible reading of a name that ends in a head word, for the trained decision.

The genre writes a work's name as an anchor (a road code or name, a place,
a proper noun) followed by a head (工程, 项目, 公路, 高速公路, 快速通道, 大桥,
隧道, 铁路, 枢纽, 客运站, 物流园, …段, 改造 …), optionally with a segment in
brackets (（鹿寨至鱼峰段）). Where such a name starts is what rules get wrong
on unseen reports: 了省道318…, 及交通项目, 路线全长. So the suggester does not
decide: for every head it proposes each left boundary a word could start at,
back to the clause's start, and ``decide.py`` scores them with features of
the boundary, the head and the context. High recall here, precision there.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.common import alternation
from kg.model import Mention
from kg.reference.lexicon import Lexicon

#: A name never runs across these (brackets and quotes are followed separately, so a name may hold
#: （…段） or “四好农村路”).
HARD_STOP = frozenset("。；;！？!?\n：:，,、\"《》【】[] ")
#: Closing marks -> their opening marks, crossed in pairs by the left walk.
PAIRS = {"）": "（", ")": "(", "”": "“"}
#: How far left of its head a name may start, in characters (the longest names of the genre run to 30).
MAX_LEFT = 32
#: How far a bracket after a head may run and still belong to the name: 工程（EPC）, 公路（鹿寨至鱼峰段）.
MAX_BRACKET = 24


@dataclass(frozen=True)
class Tokens:
    """The segmenter's words of a report with their offsets (what candidate starts and features read)."""

    starts: list[int]
    ends: list[int]
    words: list[str]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a name: ``text[start:end]``, ending in ``head``, found by ``rule``."""

    start: int
    end: int
    head: str
    rule: str


@lru_cache(maxsize=8)
def _head_pattern(key: tuple[str, ...], lex: Lexicon, field: str) -> re.Pattern[str]:
    return re.compile(alternation(lex[field]))


def _bracket_end(text: str, end: int) -> int | None:
    """The end of a bracket opening at ``end`` (its closing mark included), when it is short and closed."""
    if end >= len(text) or text[end] not in "（(":
        return None
    close = "）" if text[end] == "（" else ")"
    at = text.find(close, end + 1, end + MAX_BRACKET)
    if at < 0 or any(ch in HARD_STOP for ch in text[end + 1:at]):
        return None
    return at + 1


def left_limit(text: str, pos: int) -> int:
    """Where a name ending at ``pos`` can start at the earliest: after the clause mark before it.

    Brackets and quotes closed inside the name are crossed (…（G331）穆棱…,
    “四好农村路”示范县); an unclosed opening mark ends the walk.
    """
    i, depth, stop = pos, 0, max(0, pos - MAX_LEFT)
    while i > stop:
        ch = text[i - 1]
        if ch in HARD_STOP:
            break
        if ch in PAIRS:
            depth += 1
        elif ch in "（(“":
            if depth == 0:
                break
            depth -= 1
        i -= 1
    return i


def _inside_crossed_pairs(text: str, limit: int, pos: int) -> frozenset[int]:
    """The starts between ``limit`` and ``pos`` that fall inside a bracket or quote the left walk crossed: a
    name starting there would hold a closing mark without its opening one (四好农村路”高质量发展)."""
    if not any(ch in PAIRS for ch in text[limit:pos]):
        return frozenset()
    inside, depth = set(), 0
    for i in range(pos - 1, limit - 1, -1):
        ch = text[i]
        if ch in PAIRS:
            depth += 1
        elif ch in "（(“":
            depth -= 1
        if depth > 0:
            inside.add(i)
    return frozenset(inside)


def suggest(text: str, lex: Lexicon, token_starts: list[int], *, field: str = "project.name_heads",
            rule: str = "spans.head", anchors: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """Every (start, end) a name ending in one of ``lex[field]`` could have.

    Starts are word starts (``token_starts``, sorted) between the clause's
    start and the head, and the clause's start itself, but none inside a bracket or quote the name would close
    without opening (四好农村路”高质量发展 is no reading); ends are the head's
    end and, where a short bracket follows, the bracket's end. ``anchors``
    (road mentions) count as heads too: 县道X489（牙叉至南开段）.
    """
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    heads = [(m.start(), m.end()) for m in _head_pattern(lex.key(), lex, field).finditer(text)]
    for head_start, end in sorted({*heads, *anchors}):
        head = text[head_start:end]
        # each end with the latest start a reading to it may have: one closing a quote starts at the quote
        ends = [(end, head_start)]
        if text[end:end + 1] == "”":
            opened = text.rfind("“", max(0, head_start - MAX_LEFT), head_start)
            if opened >= 0:
                ends.append((end + 1, opened + 1))  # 乡村道路“三项工程”
        closed = _bracket_end(text, end)
        if closed is not None:
            ends.append((closed, head_start))
        limit = left_limit(text, head_start)
        inside = _inside_crossed_pairs(text, limit, head_start)
        first = bisect_left(token_starts, limit)
        last = bisect_left(token_starts, head_start)
        for s in sorted({limit, *token_starts[first:last]}):
            if not limit <= s < head_start or s in inside:
                continue
            for e, latest in ends:
                if e - s >= 3 and s < latest and (s, e) not in seen:
                    seen.add((s, e))
                    out.append(Candidate(s, e, head, rule))
    return out


def with_ruled(suggested: list[Candidate], ruled: Sequence[Mention],
               head_of: Callable[[Mention], str]) -> list[Candidate]:
    """The suggested readings plus each span a hand-written rule found that none of them is, as a candidate
    named after its rule: the trained decision weighs both kinds."""
    seen = {(c.start, c.end) for c in suggested}
    return suggested + [Candidate(m.start, m.end, head_of(m), m.rule) for m in ruled if (m.start, m.end) not in seen]
