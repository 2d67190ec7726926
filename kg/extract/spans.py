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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

import numpy as np

from kg.extract.common import alternation
from kg.extract.positions import Positions, member
from kg.model import Mention
from kg.reference.lexicon import Lexicon

#: A name never runs across these (brackets and quotes are followed separately, so a name may hold
#: （…段） or “四好农村路”).
HARD_STOP = frozenset("。；;！？!?\n：:，,、\"《》【】[] ")
#: The hard stops that end a sentence: a name never runs across them, not even inside a bracket or quote.
SENTENCE_STOP = frozenset("。；;！？!?\n")
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
    #: the report read as string ids at every offset, for the decision's arithmetic (made once per report)
    positions: Positions | None = None
    #: where clauses may start (made once per report)
    clauses: ClauseMarks | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a name: ``text[start:end]``, ending in ``head``, found by ``rule``."""

    start: int
    end: int
    head: str
    rule: str


class Candidates(Sequence[Candidate]):
    """A report's candidate readings as arrays: start, end, and an index into ``heads`` and into ``rules``.

    A report has thousands of readings and keeps a few dozen: they are made,
    filtered and scored as arrays (``scoring.py``), and a ``Candidate`` is
    made only for one that is read (indexing, iteration: what training and
    the tests read).
    """

    __slots__ = ("end", "head", "heads", "rule", "rules", "start")

    def __init__(self, start: np.ndarray, end: np.ndarray, head: np.ndarray, rule: np.ndarray,
                 heads: Sequence[str], rules: Sequence[str]):
        self.start, self.end, self.head, self.rule = start, end, head, rule
        self.heads, self.rules = tuple(heads), tuple(rules)

    @classmethod
    def of(cls, candidates: Iterable[Candidate]) -> Candidates:
        """Candidates from readings made one by one (a rule's mentions, a test's spans)."""
        items = list(candidates)
        heads = list(dict.fromkeys(c.head for c in items))
        rules = list(dict.fromkeys(c.rule for c in items))
        head_at, rule_at = {h: i for i, h in enumerate(heads)}, {r: i for i, r in enumerate(rules)}
        return cls(np.array([c.start for c in items], dtype=np.int64), np.array([c.end for c in items], dtype=np.int64),
                   np.array([head_at[c.head] for c in items], dtype=np.int64),
                   np.array([rule_at[c.rule] for c in items], dtype=np.int64), heads, rules)

    @classmethod
    def empty(cls, rule: str = "") -> Candidates:
        none = np.zeros(0, dtype=np.int64)
        return cls(none, none, none, none, (), (rule,) if rule else ())

    def __len__(self) -> int:
        return len(self.start)

    @overload
    def __getitem__(self, i: int) -> Candidate: ...

    @overload
    def __getitem__(self, i: slice) -> Candidates: ...

    def __getitem__(self, i: int | slice) -> Candidate | Candidates:
        if isinstance(i, slice):
            return self.where(np.arange(len(self))[i])
        return Candidate(int(self.start[i]), int(self.end[i]), self.heads[self.head[i]], self.rules[self.rule[i]])

    def opening_with(self, text: str, chars: frozenset[str]) -> np.ndarray:
        """Which candidates open with one of ``chars`` (a function or measure word no name of their kind opens with)."""
        return np.fromiter((text[s] in chars for s in self.start.tolist()), dtype=bool, count=len(self.start))

    def where(self, keep: np.ndarray) -> Candidates:
        """The candidates a boolean mask (or an index array) keeps, in their order."""
        return Candidates(self.start[keep], self.end[keep], self.head[keep], self.rule[keep], self.heads, self.rules)

    def texts(self, text: str) -> list[str]:
        return [text[s:e] for s, e in zip(self.start.tolist(), self.end.tolist(), strict=True)]

    def plus(self, more: Iterable[Candidate]) -> Candidates:
        """These candidates, then ``more`` (a rule's spans none of these is), as one array."""
        extra = Candidates.of(more)
        if not len(extra):
            return self
        heads = list(dict.fromkeys((*self.heads, *extra.heads)))
        rules = list(dict.fromkeys((*self.rules, *extra.rules)))
        head_at = np.array([heads.index(h) for h in extra.heads], dtype=np.int64)
        rule_at = np.array([rules.index(r) for r in extra.rules], dtype=np.int64)
        return Candidates(np.concatenate([self.start, extra.start]), np.concatenate([self.end, extra.end]),
                          np.concatenate([self.head, head_at[extra.head]]),
                          np.concatenate([self.rule, rule_at[extra.rule]]), heads, rules)


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
    “四好农村路”示范县), and so are the commas and list marks inside a quote
    (“不忘初心、牢记使命”主题教育, “双随机、一公开”监管: 63 names of the annotated
    reports, against one with a comma inside brackets): only a sentence's end
    stops the walk there. An unclosed opening mark ends the walk.
    """
    i, stop = pos, max(0, pos - MAX_LEFT)
    crossed: list[str] = []  # the closing marks crossed and not yet opened, the innermost last
    while i > stop:
        ch = text[i - 1]
        if ch in HARD_STOP and (not crossed or crossed[-1] != "”" or ch in SENTENCE_STOP):
            break
        if ch in PAIRS:
            crossed.append(ch)
        elif ch in "（(“":
            if not crossed:
                break
            crossed.pop()
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


_HARD_POINTS = np.array(sorted(map(ord, HARD_STOP)), dtype=np.uint32)
_MARK_POINTS = np.array(sorted(map(ord, "（()“”）")), dtype=np.uint32)


@dataclass(frozen=True)
class ClauseMarks:
    """Where a report's clauses may start, read once per report and shared by the three kinds of candidates:
    the last hard stop at or before each offset, and the running count of brackets and quotes."""

    last_hard: np.ndarray  # the offset of the last hard stop at or before p, -1 where none is
    marks: np.ndarray  # how many brackets and quotes lie before p

    @classmethod
    def of(cls, text: str) -> ClauseMarks:
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        hard = np.maximum.accumulate(np.where(np.isin(points, _HARD_POINTS), np.arange(len(points)), -1))
        return cls(hard, np.concatenate([[0], np.cumsum(np.isin(points, _MARK_POINTS))]))


def clause_starts(text: str, positions: np.ndarray, marks: ClauseMarks | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``left_limit`` of each of ``positions``, and whether a bracket or quote lies between the two.

    The walk left is taken only where a bracket or quote lies on the way;
    elsewhere the limit is just after the last hard stop, or ``MAX_LEFT`` back.
    """
    marks = marks or ClauseMarks.of(text)
    last_hard = np.where(positions > 0, marks.last_hard[np.maximum(positions - 1, 0)], -1)
    limits = np.maximum(np.maximum(0, positions - MAX_LEFT), last_hard + 1)
    counts = marks.marks
    for i in np.flatnonzero(counts[positions] > counts[limits]).tolist():
        limits[i] = left_limit(text, int(positions[i]))
    return limits, counts[positions] > counts[limits]


def suggest(text: str, lex: Lexicon, token_starts: list[int], *, field: str = "project.name_heads",
            rule: str = "spans.head", anchors: Sequence[tuple[int, int]] = (),
            marks: ClauseMarks | None = None) -> Candidates:
    """Every (start, end) a name ending in one of ``lex[field]`` could have.

    Starts are word starts (``token_starts``, sorted) between the clause's
    start and the head, and the clause's start itself, but none inside a bracket or quote the name would close
    without opening (四好农村路”高质量发展 is no reading); ends are the head's
    end and, where a short bracket follows, the bracket's end. ``anchors``
    (road mentions) count as heads too: 县道X489（牙叉至南开段）. ``marks``: the report's ``ClauseMarks``,
    when the caller has them.

    In order: by head, then by start, then by end; each (start, end) once.
    A report has a few hundred heads and thousands of readings: they are laid
    out as arrays, a head's starts as its range of words.
    """
    occurrences = sorted({*((m.start(), m.end()) for m in _head_pattern(lex.key(), lex, field).finditer(text)),
                          *anchors})
    if not occurrences:
        return Candidates.empty(rule)
    heads: dict[str, int] = {}
    head_of = np.array([heads.setdefault(text[a:b], len(heads)) for a, b in occurrences], dtype=np.int64)
    head_start = np.array([a for a, _ in occurrences], dtype=np.int64)
    limits, marked = clause_starts(text, head_start, marks)
    starts = np.asarray(token_starts, dtype=np.int64)
    first, last = np.searchsorted(starts, limits), np.searchsorted(starts, head_start)
    # each end with the latest start a reading to it may have: the head's end; a quote closed after the head,
    # read from the quote (乡村道路“三项工程”); a short bracket after the head (工程（EPC）)
    ends = [(k, 0, b, a) for k, (a, b) in enumerate(occurrences)]
    for k, (a, b) in enumerate(occurrences):
        if text[b:b + 1] == "”":
            opened = text.rfind("“", max(0, a - MAX_LEFT), a)
            if opened >= 0:
                ends.append((k, 1, b + 1, opened + 1))
        if text[b:b + 1] in ("（", "("):
            closed = _bracket_end(text, b)
            if closed is not None:
                ends.append((k, 2, closed, a))
    ends.sort()
    end_occ, end_at, end_latest = (np.array([row[i] for row in ends], dtype=np.int64) for i in (0, 2, 3))
    # each occurrence's starts: its clause start, then the word starts after it (the same start once)
    counts = last - first
    word_at = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts - first, counts)
    occ = np.concatenate([np.arange(len(limits)), np.repeat(np.arange(len(limits)), counts)])
    s = np.concatenate([limits, starts[word_at]])
    order = np.lexsort((s, occ))
    occ, s = occ[order], s[order]
    fresh = np.ones(len(s), dtype=bool)
    fresh[1:] = (occ[1:] != occ[:-1]) | (s[1:] != s[:-1])
    occ, s = occ[fresh], s[fresh]
    # each start with each end of its occurrence, in the order of the ends
    per_occ = np.bincount(end_occ, minlength=len(limits))
    reps = per_occ[occ]
    v = np.repeat((np.cumsum(per_occ) - per_occ)[occ], reps) + np.arange(reps.sum()) - np.repeat(
        np.cumsum(reps) - reps, reps)
    occ, s = np.repeat(occ, reps), np.repeat(s, reps)
    e, latest = end_at[v], end_latest[v]
    keep = (s < head_start[occ]) & (s < latest) & (e - s >= 3)
    for k in np.flatnonzero(marked).tolist():
        inside = _inside_crossed_pairs(text, int(limits[k]), int(head_start[k]))
        if inside:
            at = np.flatnonzero(occ == k)
            keep[at[[x in inside for x in s[at].tolist()]]] = False
    occ, s, e = occ[keep], s[keep], e[keep]
    # a (start, end) two heads share is read once, for the first
    _, first_seen = np.unique(s * (len(text) + 1) + e, return_index=True)
    once = np.sort(first_seen)
    return Candidates(s[once], e[once], head_of[occ[once]], np.zeros(len(once), dtype=np.int64), list(heads), [rule])


def with_ruled(suggested: Candidates, ruled: Sequence[Mention], head_of: Callable[[Mention], str]) -> Candidates:
    """The suggested readings plus each span a hand-written rule found that none of them is, as a candidate
    named after its rule: the trained decision weighs both kinds."""
    if not ruled:
        return suggested
    width = max([m.end for m in ruled] + [int(suggested.end.max(initial=0))]) + 1
    known = member(np.array([m.start * width + m.end for m in ruled], dtype=np.int64),
                    suggested.start * width + suggested.end)
    return suggested.plus(Candidate(m.start, m.end, head_of(m), m.rule)
                          for m, seen in zip(ruled, known.tolist(), strict=True) if not seen)
