"""The trained decision: which candidate spans name a project, by a linear model over span features.

Rules find the places a name can end (``spans.py``); whether a span names
one work, and where it starts, is learned from the annotated reports
(``kg train``). The model is logistic regression over sparse, readable
features of the span: its head word, its first and last words, the word and
character before it (a verb, a particle, a clause mark), what follows it,
the anchors inside it (a road, a place, 至, 段, a bracket), counts and
figures next to it, and whether a hand-written rule proposed it too. It is
shipped as JSON (``kg/reference/models/spans.json``: feature -> weight),
so loading it needs no machine-learning library and a reader can see why a
span was kept (``kg explain`` prints the probability as the confidence).

Overlapping readings compete: the most probable is kept, then the next one
that does not overlap it, down to the model's threshold.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract.spans import Candidate
from kg.model import Mention

MODEL_DIR = Path(__file__).resolve().parents[1] / "reference" / "models"
_DIGITS = re.compile(r"\d")
_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:亩|万|亿|元|%|个|条|座|处|项|公里|km)")
_COUNT_AFTER = re.compile(r"^\d*(?:个|条|座|处|项|批|家|所)")
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
    """The features of one candidate span, as strings (``name=value``)."""
    text, s, e = ctx.text, cand.start, cand.end
    name = text[s:e]
    head = cand.head
    before = text[s - 1:s] if s else ""
    after = text[e:e + 2]
    prev_word = ctx.word_before(s) or ("" if not before else before)
    first_word = ctx.word_at(s) or name[:1]
    stem = name[: max(0, len(name) - len(head))] if name.endswith(head) else name
    stem_last = ctx.word_ending_before(s + len(stem)) if stem else ""
    next_word = ctx.word_at(e) or after[:1]
    roads = _starts_in(ctx.roads, s, e)
    regions = _starts_in(ctx.regions, s, e)
    f = [
        "bias",
        f"rule={cand.rule}",
        f"head={head}",
        f"head_last={head[-1:]}",
        f"len={_bucket(len(name))}",
        f"head|len={head}|{_bucket(len(name))}",
        f"before={_char_class(before)}",
        f"before_char={before}",
        f"prev_word={prev_word}",
        f"first_word={first_word}",
        f"first_char={name[:1]}",
        f"stem_last={stem_last}",
        f"head|before={head}|{_char_class(before)}",
        f"after={_char_class(after[:1])}",
        f"after2={after}",
        f"head|after={head}|{_char_class(after[:1])}",
        f"next_word={next_word}",
        f"head|prev_word={head}|{prev_word}",
        f"head|next_word={head}|{next_word}",
        f"first2={name[:2]}",
        f"stem_len={_bucket(len(stem))}",
        f"stem_end={stem[-1:]}",
    ]
    if _VERB_AFTER.match(text[e:e + 8]):
        f.append("verb_after")
    if before == "、" or after[:1] == "、":
        f.append("in_list")
    if (s, e) in ctx.road_spans:
        f.append("is_road")
    if (s, e) in ctx.ruled:
        f.append("ruled")
    if any(a <= s and e <= b and (a, b) != (s, e) for a, b in _starts_in(ctx.agencies, max(0, s - 40), e)):
        f.append("inside_agency")
    if _overlaps(ctx.campaigns, s, e):
        f.append("overlaps_campaign")
    if roads:
        f.append("has_road")
        if roads[0][0] == s:
            f.append("road_first")
        if any(b == e for _, b in roads):
            f.append("road_last")
        if any(b > e for _, b in roads):
            f.append("road_cut")
    if regions:
        f.append("has_region")
        if regions[0][0] == s:
            f.append("region_first")
    i = bisect_left(ctx.roads, (s, -1))
    if i > 0 and ctx.roads[i - 1][0] < s < ctx.roads[i - 1][1]:
        f.append("starts_inside_road")
    if "至" in stem:
        f.append("has_zhi")
        f.append(f"zhi|head={head}")
    if "段" in stem:
        f.append("has_duan")
    if "（" in name or "(" in name:
        f.append("has_bracket")
    if name.endswith(("）", ")")):
        f.append("ends_bracket")
    if _DIGITS.search(stem):
        f.append("has_digit")
    if _QUANTITY.search(name):
        f.append("has_quantity")
    if _COUNT_AFTER.match(text[e:e + 4]):
        f.append("count_after")
    if _FIGURES_AFTER.match(text[e:e + 6]):
        f.append("figures_after")
    if _LEAD_MARK.search(text[max(0, s - 2):s]):
        f.append("after_item_mark")
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
    n = ctx.counts.get(name, 0)
    f.append(f"repeats={min(n, 3)}")
    return f


@dataclass(frozen=True)
class SpanModel:
    """Logistic regression over ``span_features``: weights by feature, and the probability a span is kept at."""

    weights: dict[str, float]
    threshold: float
    meta: dict

    @classmethod
    def load(cls, path: Path) -> SpanModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(dict(data["weights"]), float(data["threshold"]), dict(data.get("meta", {})))

    def probability(self, features: Sequence[str]) -> float:
        w = self.weights
        z = sum(w.get(x, 0.0) for x in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=8)
def load_model(name: str) -> SpanModel | None:
    """The shipped model ``name`` (``kg/reference/models/<name>.json``), or None before the first ``kg train``."""
    path = MODEL_DIR / f"{name}.json"
    return SpanModel.load(path) if path.exists() else None


def choose(scored: list[tuple[float, Candidate]], threshold: float) -> list[tuple[float, Candidate]]:
    """The most probable readings that do not overlap one another, down to ``threshold``."""
    kept: list[tuple[float, Candidate]] = []
    taken: list[tuple[int, int]] = []
    for p, cand in sorted(scored, key=lambda pc: (-pc[0], pc[1].start, pc[1].end)):
        if p < threshold:
            break
        if any(cand.start < b and a < cand.end for a, b in taken):
            continue
        kept.append((p, cand))
        taken.append((cand.start, cand.end))
    return sorted(kept, key=lambda pc: (pc[1].start, pc[1].end))


def decide(ctx: SpanContext, candidates: Sequence[Candidate], model: SpanModel | None, *,
           stop_names: frozenset[str] = frozenset()
           ) -> tuple[list[tuple[float, Candidate]], list[tuple[Candidate, list[str]]]]:
    """The readings ``model`` keeps (with their probabilities), and every candidate with its features.

    Without a model nothing is chosen: the caller falls back on its rules. A
    reading in ``stop_names`` (a user's lexicon: names never to extract) is never chosen.
    """
    featured = [(c, span_features(ctx, c)) for c in candidates]
    if model is None:
        return [], featured
    scored = [(model.probability(f), c) for c, f in featured if ctx.text[c.start:c.end] not in stop_names]
    return choose(scored, model.threshold), featured
