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

from kg.extract.spans import Candidate
from kg.model import Mention

_DIGITS = re.compile(r"\d")
_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:亩|万|亿|元|%|个|条|座|处|项|公里|km)")
_COUNT_AFTER = re.compile(r"^\d*(?:个|条|座|处|项|批|家|所)")
#: A bracketed segment of a road or project: （平江至浏阳段）, (新晃段).
_SEGMENT_BRACKET = re.compile(r"[（(][^（()）]{1,14}段[）)]")
_SEGMENT_BRACKET_END = re.compile(r"[（(][^（()）]{1,14}段[）)]$")
_FIGURES_AFTER = re.compile(r"^[，,：:]?(?:全长|总长|长|总投资|投资|计划投资|概算|估算|总里程|里程|建设里程|路线全长|\d)")
_PUNCT = frozenset("，,。；;：:、！？（）()“”《》\n")
_VERB_AFTER = re.compile(r"^[^，。；]{0,4}?(?:建设|开工|通车|完工|建成|竣工|改造|施工|实施|推进|交工|验收|前期|完成)")
_LEAD_MARK = re.compile(r"[一二三四五六七八九十]是$|^\d+[、.]$")


def _char_class(ch: str) -> str:
    if not ch:
        return "BOS"
    if ch in _PUNCT:
        return ch
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "A"
    return "C"


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

    @classmethod
    def of(cls, text: str, token_starts: list[int], token_ends: list[int], words: list[str], *,
           roads: Iterable[Mention] = (), regions: Iterable[Mention] = (), agencies: Iterable[Mention] = (),
           campaigns: Iterable[Mention] = (), ruled: Iterable[Mention] = (),
           candidates: Iterable[Candidate] = (), generic: Iterable[str] = ()) -> SpanContext:
        counts = Counter(text[c.start:c.end] for c in candidates)
        spans = lambda ms: sorted((m.start, m.end) for m in ms)  # noqa: E731
        return cls(text, token_starts, token_ends, words, spans(roads), spans(regions), spans(agencies),
                   spans(campaigns), frozenset((m.start, m.end) for m in ruled), counts,
                   frozenset(spans(roads)), frozenset(generic))

    def word_before(self, pos: int) -> str:
        i = bisect_left(self.token_ends, pos)
        if i < len(self.token_ends) and self.token_ends[i] == pos:
            return self.words[i]
        return ""

    def word_at(self, pos: int) -> str:
        i = bisect_left(self.token_starts, pos)
        if i < len(self.token_starts) and self.token_starts[i] == pos:
            return self.words[i]
        return ""

    def word_ending_before(self, pos: int) -> str:
        """The word that ends at ``pos`` or, if none does, the one ``pos`` falls in."""
        i = bisect_right(self.token_starts, pos - 1) - 1
        return self.words[i] if i >= 0 else ""


def _bucket(n: int) -> str:
    return "1-3" if n <= 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9-12" if n <= 12 else \
        "13-18" if n <= 18 else "19+"


def _starts_in(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    i = bisect_left(spans, (start, -1))
    out = []
    while i < len(spans) and spans[i][0] < end:
        out.append(spans[i])
        i += 1
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(spans, (start, -1))
    if i > 0 and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end


def span_features(ctx: SpanContext, cand: Candidate) -> list[str]:
    """The features of one candidate span, as strings (``name=value``): its start's, its end's, and its own."""
    return [*start_features(ctx, cand.start), *end_features(ctx, cand.end, cand.head), *pair_features(ctx, cand)]


def _prev_word(ctx: SpanContext, s: int) -> str:
    return ctx.word_before(s) or ctx.text[s - 1:s]


#: The families (``name=value``) and flags ``start_features`` writes: what bounds a start's score.
START_FAMILIES = frozenset(("before", "before_char", "prev_word", "first_word", "first_char", "first2"))
START_FLAGS = frozenset(("list_before", "after_item_mark", "starts_inside_road", "road_first", "region_first"))


def start_features(ctx: SpanContext, s: int) -> list[str]:
    """What the left edge says, whatever the span's end: the word and mark before it, its first word."""
    text = ctx.text
    before = text[s - 1:s] if s else ""
    f = [
        "bias",
        f"before={_char_class(before)}",
        f"before_char={before}",
        f"prev_word={_prev_word(ctx, s)}",
        f"first_word={ctx.word_at(s) or text[s:s + 1]}",
        f"first_char={text[s:s + 1]}",
        f"first2={text[s:s + 2]}",
    ]
    if before == "、":
        f.append("list_before")
    if _LEAD_MARK.search(text[max(0, s - 2):s]):
        f.append("after_item_mark")
    i = bisect_left(ctx.roads, (s, -1))
    if i > 0 and ctx.roads[i - 1][0] < s < ctx.roads[i - 1][1]:
        f.append("starts_inside_road")
    if i < len(ctx.roads) and ctx.roads[i][0] == s:
        f.append("road_first")
    j = bisect_left(ctx.regions, (s, -1))
    if j < len(ctx.regions) and ctx.regions[j][0] == s:
        f.append("region_first")
    return f


def end_features(ctx: SpanContext, e: int, head: str) -> list[str]:
    """What the right edge says, whatever the span's start: the head, what follows it."""
    text = ctx.text
    after = text[e:e + 2]
    next_word = ctx.word_at(e) or after[:1]
    at_head = e - len(head) if text[e - len(head):e] == head else e
    f = [
        f"head={head}",
        f"head_last={head[-1:]}",
        f"after={_char_class(after[:1])}",
        f"after2={after}",
        f"head|after={head}|{_char_class(after[:1])}",
        f"next_word={next_word}",
        f"head|next_word={head}|{next_word}",
        f"stem_end={text[at_head - 1:at_head]}",
    ]
    if after[:1] == "、":
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
    if _SEGMENT_BRACKET.match(text, e):
        f.append("segment_after")  # （平江至浏阳段） follows: the name usually keeps it
    return f


def pair_features(ctx: SpanContext, cand: Candidate) -> list[str]:
    """What only the whole span says: its length, what it holds, the rule that proposed it, its name."""
    text, s, e, head = ctx.text, cand.start, cand.end, cand.head
    name = text[s:e]
    stem = name[: len(name) - len(head)] if name.endswith(head) else name
    before = text[s - 1:s] if s else ""
    f = [
        f"rule={cand.rule}",
        f"len={_bucket(len(name))}",
        f"head|len={head}|{_bucket(len(name))}",
        f"stem_last={ctx.word_ending_before(s + len(stem)) if stem else ''}",
        f"head|before={head}|{_char_class(before)}",
        f"head|prev_word={head}|{_prev_word(ctx, s)}",
        f"stem_len={_bucket(len(stem))}",
    ]
    if (s, e) in ctx.road_spans:
        f.append("is_road")
    if (s, e) in ctx.ruled:
        f.append("ruled")
    if any(a <= s and e <= b and (a, b) != (s, e) for a, b in _starts_in(ctx.agencies, max(0, s - 40), e)):
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
        f.append(f"zhi|head={head}")
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
    if any(w in stem for w in ("和", "及", "与", "或")):
        f.append("has_conj")
    if not stem:
        f.append("head_only")
    if name in ctx.generic:
        f.append("generic")
    if stem in ctx.generic or (len(stem) <= 2 and stem + head in ctx.generic):
        f.append("generic_stem")
    if len(name) <= 16:
        f.append(f"name={name}")  # names that recur across reports: 城乡交通运输一体化, 安全生命防护工程
    f.append(f"repeats={min(ctx.counts.get(name, 0), 3)}")
    return f
