"""Features of a candidate span: what its left edge, its right edge and the whole span say, as readable strings.

The trained decision (``decide.py``) weighs them; ``kg train`` learns the
weights. A span's start and end features do not depend on its other edge,
which lets the decision sum their weights once per edge.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from kg.extract.positions import (
    CLAUSE_MARKS,
    CLAUSE_OPEN,
    CONJUNCTIONS,
    NUMERALS,
    UNITS_ONE,
    UNITS_TWO,
    Positions,
    char_class,
    content_start,
    count_first,
)
from kg.extract.spans import Candidate, Candidates
from kg.model import Mention
from kg.nlp.segment import jieba_tags

_DIGITS = re.compile(r"\d")
_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:" + "|".join(map(re.escape, [*UNITS_ONE, *UNITS_TWO])) + ")")
_COUNT_AFTER = re.compile(r"^\d*(?:个|条|座|处|项|批|家|所)")
#: A bracketed segment of a road or project: （平江至浏阳段）, (新晃段).
_SEGMENT_BRACKET = re.compile(r"[（(][^（()）]{1,14}段[）)]")
_SEGMENT_BRACKET_END = re.compile(_SEGMENT_BRACKET.pattern + "$")
#: A bracketed phase of a work: 改建工程（二期）, 快速通道（一期）.
_PHASE_BRACKET = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}期(?:工程)?[）)]")
_PHASE_BRACKET_END = re.compile(_PHASE_BRACKET.pattern + "$")
_FIGURES_AFTER = re.compile(r"^[，,：:]?(?:全长|总长|长|总投资|投资|计划投资|概算|估算|总里程|里程|建设里程|路线全长|\d)")
_VERB_AFTER = re.compile(r"^[^，。；]{0,4}?(?:建设|开工|通车|完工|建成|竣工|改造|施工|实施|推进|交工|验收|前期|完成)")
REPEATS = ("0", "1", "2", "3")
_CONJUNCTIONS = frozenset(CONJUNCTIONS)
_LEAD_MARK = re.compile(rf"[{NUMERALS}]是$|^\d+[、.]$")


@dataclass(frozen=True)
class SpanContext:
    """What the features of a report's candidates read besides the text, computed once per report."""

    text: str
    token_starts: list[int]
    token_ends: list[int]
    words: list[str]
    roads: list[tuple[int, int]]
    regions: list[tuple[int, int]]
    agencies: list[tuple[int, int]]
    campaigns: list[tuple[int, int]]
    ruled: frozenset[tuple[int, int]]
    counts: Counter[str]
    road_spans: frozenset[tuple[int, int]]
    generic: frozenset[str] = frozenset()
    #: verbs that do not stand inside a name (督促, 布设, 做好, 起于): a span holding one after its first word
    #: runs across a clause (今年我局督促惠州东江龙桥, 北端连青金山隧道)
    verbs: frozenset[str] = frozenset()
    #: the report read as ids at every offset (``positions.py``), what the decision's arithmetic reads; made
    #: once per report by the components and shared by the three kinds
    positions: Positions | None = None

    @classmethod
    def of(cls, text: str, token_starts: list[int], token_ends: list[int], words: list[str], *,
           roads: Iterable[Mention] = (), regions: Iterable[Mention] = (), agencies: Iterable[Mention] = (),
           campaigns: Iterable[Mention] = (), ruled: Iterable[Mention] = (),
           candidates: Candidates | Iterable[Candidate] = (), generic: Iterable[str] = (),
           verbs: Iterable[str] = (), positions: Positions | None = None) -> SpanContext:
        counts = Counter(candidates.texts(text) if isinstance(candidates, Candidates)
                         else (text[c.start:c.end] for c in candidates))
        spans = lambda ms: sorted((m.start, m.end) for m in ms)  # noqa: E731
        return cls(text, token_starts, token_ends, words, spans(roads), spans(regions), spans(agencies),
                   spans(campaigns), frozenset((m.start, m.end) for m in ruled), counts,
                   frozenset(spans(roads)), frozenset(generic), frozenset(verbs), positions)

    @cached_property
    def starting(self) -> dict[int, str]:
        """offset -> the word starting there: what the edges' strings read, looked up, not searched."""
        return _first_word_by(self.token_starts, self.words)

    @cached_property
    def ending(self) -> dict[int, str]:
        return _first_word_by(self.token_ends, self.words)

    @cached_property
    def clause_marks(self) -> list[int]:
        """The offsets of the marks that end clauses, in order."""
        return [i for i, ch in enumerate(self.text) if ch in CLAUSE_MARKS]

    @cached_property
    def count_starts(self) -> frozenset[int]:
        """The offsets a count opens at (``positions.count_first``)."""
        return frozenset(np.flatnonzero(count_first(self.text, self.positions)).tolist())

    def clause_first(self, pos: int) -> str:
        """The first word of the clause ``pos`` stands in, after its item mark (一是, （三）); ``CLAUSE_OPEN``
        where ``pos`` opens it."""
        i = bisect_left(self.clause_marks, pos)
        start = content_start(self.text, self.clause_marks[i - 1] + 1 if i else 0)
        return CLAUSE_OPEN if pos <= start else self.word_at(start) or self.text[start:start + 1]

    def word_before(self, pos: int) -> str:
        return self.ending.get(pos, "")

    def word_at(self, pos: int) -> str:
        return self.starting.get(pos, "")

    def word_ending_before(self, pos: int) -> str:
        """The word that ends at ``pos`` or, if none does, the one ``pos`` falls in."""
        i = bisect_right(self.token_starts, pos - 1) - 1
        return self.words[i] if i >= 0 else ""


def _first_word_by(offsets: list[int], words: list[str]) -> dict[int, str]:
    """offset -> the first word at that offset (zipped backwards, so the first one written stays)."""
    return dict(zip(reversed(offsets), reversed(words), strict=True))


LENGTH_BUCKETS = tuple("1-3" if n <= 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9-12" if n <= 12 else "13-18"
                       for n in range(19))


def length_bucket(n: int) -> str:
    """A name's length as the span features read it: 1-3, 4-5, 6-8, 9-12, 13-18, 19+."""
    return LENGTH_BUCKETS[n] if n < 19 else "19+"


def _starts_in(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    i = bisect_left(spans, (start, -1))
    out = []
    while i < len(spans) and spans[i][0] < end:
        out.append(spans[i])
        i += 1
    return out


def _verb_inside(ctx: SpanContext, s: int, e: int) -> bool:
    """Whether a word after the span's first one, and wholly inside it, is one of ``ctx.verbs``."""
    i, end = bisect_right(ctx.token_starts, s), bisect_left(ctx.token_starts, e)
    return any(ctx.words[k] in ctx.verbs and ctx.token_ends[k] <= e for k in range(i, end))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(spans, (start, -1))
    if i > 0 and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end


def span_features(ctx: SpanContext, cand: Candidate) -> list[str]:
    """The features of one candidate span, as strings (``name=value``): its start's, its end's, and its own."""
    return [*start_features(ctx, cand.start), *end_features(ctx, cand.end, cand.head), *pair_features(ctx, cand)]


def _named(families: tuple[str, ...], values: Iterable[str | None]) -> list[str]:
    return [f"{family}={value}" for family, value in zip(families, values, strict=True) if value is not None]


def _prev_word(ctx: SpanContext, s: int) -> str:
    return ctx.word_before(s) or ctx.text[s - 1:s]


#: Each edge and the pair is read as the values of fixed families (``name=value``, in this order) plus flags
#: (features without a value): the strings are for training and ``kg explain``; the decision reads the same
#: values as string ids at the report's offsets and sums their weights as arrays (``scoring.py``).
START_FAMILIES = ("before", "before_char", "prev_word", "first_word", "first_char", "first2", "first_pos", "prev_pos",
                  "clause_first")
#: The flags ``start_values`` writes: with the best value of each family, what bounds a start's score.
START_FLAGS = frozenset(("list_before", "after_item_mark", "starts_inside_road", "road_first", "region_first",
                         "count_first"))
END_FAMILIES = ("head", "head_last", "after", "after2", "head|after", "next_word", "head|next_word", "stem_end")
PAIR_FAMILIES = ("rule", "len", "head|len", "stem_last", "head|before", "head|prev_word", "stem_len", "zhi|head")
#: The families after a pair's flags; a value of None (here and in ``PAIR_FAMILIES``) is a feature the span
#: does not have.
PAIR_TAIL = ("name", "repeats")


def start_features(ctx: SpanContext, s: int) -> list[str]:
    values, flags = start_values(ctx, s)
    return ["bias", *_named(START_FAMILIES, values), *flags]


def start_values(ctx: SpanContext, s: int) -> tuple[list[str], list[str]]:
    """What the left edge says, whatever the span's end: the word and mark before it, its first word, and the two
    words' parts of speech in jieba's dictionary."""
    text = ctx.text
    before = text[s - 1:s] if s else ""
    prev_word, first_word = _prev_word(ctx, s), ctx.word_at(s) or text[s:s + 1]
    tags = jieba_tags()  # the words' parts of speech in jieba's dictionary: 坚持路, 紧盯高速 open with a verb
    values = [char_class(before), before, prev_word, first_word, text[s:s + 1], text[s:s + 2],
              tags.get(first_word, "?"), tags.get(prev_word, "?"), ctx.clause_first(s)]
    f = []
    if before == "、":
        f.append("list_before")
    if _LEAD_MARK.search(text[max(0, s - 2):s]):
        f.append("after_item_mark")
    if s in ctx.count_starts:
        f.append("count_first")  # 26个农村公路提质改造项目: a set of works
    i = bisect_left(ctx.roads, (s, -1))
    if i > 0 and ctx.roads[i - 1][0] < s < ctx.roads[i - 1][1]:
        f.append("starts_inside_road")
    if i < len(ctx.roads) and ctx.roads[i][0] == s:
        f.append("road_first")
    j = bisect_left(ctx.regions, (s, -1))
    if j < len(ctx.regions) and ctx.regions[j][0] == s:
        f.append("region_first")
    return values, f


def end_features(ctx: SpanContext, e: int, head: str) -> list[str]:
    values, flags = end_values(ctx, e, head)
    return [*_named(END_FAMILIES, values), *flags]


def end_values(ctx: SpanContext, e: int, head: str) -> tuple[list[str], list[str]]:
    """What the right edge says, whatever the span's start: the head, what follows it."""
    text = ctx.text
    after = text[e:e + 2]
    next_word = ctx.word_at(e) or after[:1]
    at_head = e - len(head) if text[e - len(head):e] == head else e
    after_class = char_class(after[:1])
    values = [head, head[-1:], after_class, after, f"{head}|{after_class}", next_word, f"{head}|{next_word}",
              text[at_head - 1:at_head]]
    return values, end_flags(text, e)


def end_flags(text: str, e: int) -> list[str]:
    """What follows an end and what it closes, whatever the head: a list mark, a verb, a count, figures,
    a bracketed segment or phase."""
    f = []
    if text[e:e + 1] == "、":
        f.append("list_after")
    if _VERB_AFTER.match(text[e:e + 8]):
        f.append("verb_after")
    if _COUNT_AFTER.match(text[e:e + 4]):
        f.append("count_after")
    if _FIGURES_AFTER.match(text[e:e + 6]):
        f.append("figures_after")
    if text[e - 1:e] in ("）", ")"):
        f.append("ends_bracket")
        if _SEGMENT_BRACKET_END.search(text[max(0, e - 18):e]):
            f.append("ends_segment_bracket")
        elif _PHASE_BRACKET_END.search(text[max(0, e - 8):e]):
            f.append("ends_phase_bracket")
    if _SEGMENT_BRACKET.match(text, e):
        f.append("segment_after")  # （平江至浏阳段） follows: the name usually keeps it
    elif _PHASE_BRACKET.match(text, e):
        f.append("phase_after")  # （二期） follows: a phase of the work, which names it
    return f


def pair_features(ctx: SpanContext, cand: Candidate) -> list[str]:
    values, flags, tail = pair_values(ctx, cand)
    return [*_named(PAIR_FAMILIES, values), *flags, *_named(PAIR_TAIL, tail)]


def pair_values(ctx: SpanContext, cand: Candidate) -> tuple[list[str | None], list[str], list[str | None]]:
    """What only the whole span says: its length, what it holds, the rule that proposed it, its name."""
    text, s, e, head = ctx.text, cand.start, cand.end, cand.head
    name = text[s:e]
    stem = name[: len(name) - len(head)] if name.endswith(head) else name
    before = text[s - 1:s] if s else ""
    length = length_bucket(len(name))
    values: list[str | None] = [cand.rule, length, f"{head}|{length}",
                                ctx.word_ending_before(s + len(stem)) if stem else "",
                                f"{head}|{char_class(before)}", f"{head}|{_prev_word(ctx, s)}", length_bucket(len(stem)),
                                head if "至" in stem else None]  # a place pair: 岳阳至常德高速公路
    f = []
    if (s, e) in ctx.road_spans:
        f.append("is_road")
    if (s, e) in ctx.ruled:
        f.append("ruled")
    if ctx.agencies and any(a <= s and e <= b and (a, b) != (s, e)
                            for a, b in _starts_in(ctx.agencies, max(0, s - 40), e)):
        f.append("inside_agency")
    if _overlaps(ctx.campaigns, s, e):
        f.append("overlaps_campaign")
    roads = _starts_in(ctx.roads, s, e)
    if roads:
        f.append("has_road")
        if any(b == e for _, b in roads):
            f.append("road_last")
        if any(b > e for _, b in roads):
            f.append("road_cut")
    if _starts_in(ctx.regions, s, e):
        f.append("has_region")
    if "至" in stem:
        f.append("has_zhi")
    if "段" in stem:
        f.append("has_duan")
    if "（" in name or "(" in name:
        f.append("has_bracket")
    if _DIGITS.search(stem):
        f.append("has_digit")
    if _QUANTITY.search(name):
        f.append("has_quantity")
    if "的" in stem:
        f.append("has_de")
    if not _CONJUNCTIONS.isdisjoint(stem):
        f.append("has_conj")
    if "等" in stem:
        f.append("has_etc")  # 国道323线等重点路段, 省道S308线等干线公路养护: a list summed up, not one work
    if not stem:
        f.append("head_only")
    if ctx.verbs and _verb_inside(ctx, s, e):
        f.append("verb_inside")
    if name in ctx.generic:
        f.append("generic")
    if stem in ctx.generic or (len(stem) <= 2 and stem + head in ctx.generic):
        f.append("generic_stem")
    # names that recur across reports: 城乡交通运输一体化, 安全生命防护工程
    return values, f, [name if len(name) <= 16 else None, REPEATS[min(ctx.counts.get(name, 0), 3)]]
