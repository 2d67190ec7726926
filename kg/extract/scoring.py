"""The trained decision's arithmetic over arrays: a report's candidates of one kind scored at once.

``features.py`` says what a span's features are, as strings: what ``kg train`` fits and ``kg explain``
prints. Scored that way, every candidate made a dozen strings and looked each of them up, and a report has
thousands of candidate readings for the few dozen it keeps: the decision was half of extraction's time.
Here the same features are read as integer ids at the report's offsets (``Positions``: arrays made once
per report and shared by the three kinds), each family's weights as an array indexed by those ids
(``CompiledModel``), so that a kind's candidates are scored with a few dozen array operations whatever
their number. The strings stay the definition: ``tests/extract/test_decide.py`` checks that every
probability here is the one the feature strings give.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from kg.extract.features import LENGTH_BUCKETS, PAIR_TAIL, REPEATS, SpanContext, end_flags, length_bucket
from kg.extract.positions import CLASS, STRINGS, Positions, member, part_of_speech, prefix_counts, within
from kg.extract.spans import Candidates

if TYPE_CHECKING:
    from kg.extract.decide import SpanModel

#: How many starts per end get their whole-span features scored.
BEAM = 3
#: How far below the threshold's log-odds a span's edge features may leave it and still be scored whole.
PAIR_MARGIN = 4.0
#: A pair of ids as one key (first << 32 | second): the families that read two values at once.
_SHIFT = np.int64(32)
#: The id of each length's bucket (``features.length_bucket``), 19+ last.
_LENGTH_BUCKET = STRINGS.ids([*LENGTH_BUCKETS, length_bucket(len(LENGTH_BUCKETS))])


class _Spans:
    """Sorted spans (``SpanContext.roads`` …) as arrays, with what the pair features ask of them."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.starts = np.array([a for a, _ in spans], dtype=np.int64)
        self.ends = np.array([b for _, b in spans], dtype=np.int64)
        # the furthest end of spans[i : i + 2**k], level by level: the most a range of spans reaches
        levels = [self.ends]
        while len(levels[-1]) > 1 and 2 ** len(levels) <= len(self.ends):
            half, last = 2 ** (len(levels) - 1), levels[-1]
            levels.append(np.maximum(last[:-half], last[half:]))
        self._levels = levels

    def __len__(self) -> int:
        return len(self.starts)

    def latest_start_ending_at(self, end: np.ndarray) -> np.ndarray:
        """The latest start of a span ending at ``end``, -1 where none does."""
        order = np.lexsort((self.starts, self.ends))  # by end, then start: the last of each end starts latest
        ends, starts = self.ends[order], self.starts[order]
        at = np.searchsorted(ends, end, side="right") - 1
        found = (at >= 0) & (ends[np.maximum(at, 0)] == end)
        return np.where(found, starts[np.maximum(at, 0)], -1)

    def first_at_or_after(self, pos: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.starts, pos, side="left")

    def starting_in(self, start: np.ndarray, end: np.ndarray) -> np.ndarray:
        """Whether a span starts in [start, end)."""
        return np.searchsorted(self.starts, end, side="left") > np.searchsorted(self.starts, start, side="left")

    def reach(self, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """The furthest end of spans[lo:hi] (by index), -1 where the range is empty."""
        out = np.full(len(lo), -1, dtype=np.int64)
        some = hi > lo
        if not some.any():
            return out
        lo, hi = lo[some], hi[some]
        k = np.floor(np.log2(hi - lo)).astype(np.int64)
        best = np.full(len(lo), -1, dtype=np.int64)
        for level in np.unique(k).tolist():
            rows = k == level
            table = self._levels[level]
            best[rows] = np.maximum(table[lo[rows]], table[hi[rows] - 2 ** level])
        out[some] = best
        return out


class _Table:
    """A family's weights by the id of its value, or by a pair of ids (``first << 32 | second``: 建设|C is
    the ids of 建设 and C), sorted for lookup: the model's own entries and no more, however many strings
    the process has read."""

    def __init__(self, values: dict[str | None, float], split: Callable[[str], tuple[str, str]] | None = None):
        if split is None:
            keys = STRINGS.ids([str(v) for v in values]).astype(np.int64)
        else:  # both halves of every value in one list (a0 b0 a1 b1 …): one pass gives their ids
            ids = STRINGS.ids([half for v in values for half in split(str(v))]).astype(np.int64)
            keys = ids[0::2] << _SHIFT | ids[1::2]
        order = np.argsort(keys)
        self.keys = keys[order]
        self.weights = np.array(list(values.values()), dtype=np.float64)[order]

    def __call__(self, first: np.ndarray, second: np.ndarray | None = None) -> np.ndarray:
        if not len(self.keys):
            return np.zeros(len(first))
        keys = first.astype(np.int64) if second is None else (first.astype(np.int64) << _SHIFT) | second
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        return np.where(self.keys[at] == keys, self.weights[at], 0.0)


def _at_bar(value: str) -> tuple[str, str]:
    head, _, rest = value.partition("|")
    return head, rest


def _two_chars(value: str) -> tuple[str, str]:
    return value[:1], value[1:2]


class CompiledModel:
    """A ``SpanModel``'s weights as arrays over string ids: what ``probabilities`` reads."""

    _SINGLE = ("before", "before_char", "prev_word", "first_word", "first_char", "first_pos", "prev_pos", "len",
              "stem_len", "stem_last", "zhi|head", "rule", "head", "head_last", "after", "next_word", "stem_end",
              "clause_first")

    def __init__(self, model: SpanModel):
        self.model = model
        self.tags = part_of_speech()  # its strings get their ids now, before any array by id is read
        families = model.families
        self.single = {f: _Table(families.get(f, {})) for f in self._SINGLE}
        self.first2, self.after2 = _Table(families["first2"], _two_chars), _Table(families["after2"], _two_chars)
        self.pairs = {f: _Table(families[f], _at_bar)
                      for f in ("head|len", "head|before", "head|prev_word", "head|after", "head|next_word")}
        self.flag = lambda name: model.flags.get(name, 0.0)
        self.floor = math.log(model.threshold / (1 - model.threshold)) - PAIR_MARGIN

    def probabilities(self, ctx: SpanContext, cands: Candidates) -> np.ndarray:
        """The probability of each candidate, the sigmoid of its start's, its end's and its pair's weights
        (``start_features``, ``end_features``, ``pair_features``); 0.0 for a candidate outside the beam.

        A span's start and end features do not depend on the other edge, so
        their weights are summed once per start and once per end. For each end,
        only the ``BEAM`` starts that score best on those edge sums, and only
        where the edges come within ``PAIR_MARGIN`` of the threshold's log-odds
        (and the spans a rule proposed), get their whole-span features: the
        others are readings their edges do not support. An end that no start
        could bring that close (``SpanModel.start_bound``) is passed over
        before its starts are read. ``bench/quality.py`` shows the same
        scores with and without the beam.
        """
        out = np.zeros(len(cands))
        if not len(cands):
            return out
        # every string read gets its id before the arrays by id (CLASS, part_of_speech) are read
        pos = ctx.positions or Positions.of(ctx.text, ctx.token_starts, ctx.token_ends, ctx.words)
        head_ids, rule_ids = STRINGS.ids(cands.heads)[cands.head], STRINGS.ids(cands.rules)[cands.rule]
        last_char_ids = STRINGS.ids([h[-1:] for h in cands.heads])[cands.head]
        verb_ids = STRINGS.ids(sorted(ctx.verbs))
        spans = {name: _Spans(getattr(ctx, name)) for name in ("roads", "regions", "agencies", "campaigns")}
        s, e = cands.start, cands.end
        width = pos.size + 1
        ruled = member(s * width + e, np.array([a * width + b for a, b in ctx.ruled], dtype=np.int64))
        # the ends: each (end, head) once
        _, first, group = np.unique(e * len(cands.heads) + cands.head, return_index=True, return_inverse=True)
        ends, heads = e[first], [cands.heads[h] for h in cands.head[first].tolist()]
        ends_in_head = np.array([ctx.text[end - len(head):end] == head
                                 for end, head in zip(ends.tolist(), heads, strict=True)], dtype=bool)
        head_length = np.array([len(h) for h in heads], dtype=np.int64)
        end_weight = self._end_weight(ctx.text, pos, ends, head_ids[first], last_char_ids[first],
                                      np.where(ends_in_head, ends - head_length, ends))
        live = end_weight + self.model.start_bound >= self.floor
        live[np.unique(group[ruled])] = True
        members = np.flatnonzero(live[group])
        if not len(members):
            return out
        # the starts: each once
        starts, at_start = np.unique(s[members], return_inverse=True)
        edges = self._start_weight(pos, spans, starts)[at_start] + end_weight[group[members]]
        # the beam: the BEAM best edges of each end (ties in candidate order), and every ruled span
        order = np.lexsort((members, -edges, group[members]))
        ranked = np.empty(len(members), dtype=np.int64)
        sorted_groups = group[members][order]
        firsts = np.r_[0, np.flatnonzero(sorted_groups[1:] != sorted_groups[:-1]) + 1]
        ranked[order] = np.arange(len(order)) - np.repeat(firsts, np.diff(np.r_[firsts, len(order)]))
        chosen = ((ranked < BEAM) & (edges >= self.floor)) | ruled[members]
        picked = members[chosen]
        sp, ep, head_len = s[picked], e[picked], head_length[group[picked]]
        stem_end = np.where(ends_in_head[group[picked]] & (head_len <= ep - sp), ep - head_len, ep)
        z = edges[chosen] + self._pair_weight(ctx, pos, spans, head_ids[picked], rule_ids[picked], verb_ids,
                                             sp, ep, stem_end, ruled[picked])
        z += self._named(ctx, cands, sp, ep, stem_end, picked)
        out[picked] = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        return out

    def _end_weight(self, text: str, pos: Positions, e: np.ndarray, head: np.ndarray,
                    head_last: np.ndarray, at_head: np.ndarray) -> np.ndarray:
        """The weights of ends (``end_values``): the head, what follows, the character before the head; the
        flags, read by ``features.end_flags`` itself, once per end offset."""
        w = self.single
        classes = CLASS.array()
        after, next_word = pos.at[e], pos.word_from[e]
        total = (w["head"](head) + w["head_last"](head_last) + w["after"](classes[after])
                 + self.after2(after, pos.at[e + 1]) + self.pairs["head|after"](head, classes[after])
                 + w["next_word"](next_word) + self.pairs["head|next_word"](head, next_word)
                 + w["stem_end"](pos.before[at_head]))
        offsets, at_offset = np.unique(e, return_inverse=True)
        flags = np.array([sum(map(self.flag, end_flags(text, end))) for end in offsets.tolist()])
        return total + flags[at_offset]

    def _start_weight(self, pos: Positions, spans: dict[str, _Spans], s: np.ndarray) -> np.ndarray:
        w = self.single
        tags, classes = self.tags.array(), CLASS.array()
        before, first_word, prev_word = pos.before[s], pos.word_from[s], pos.word_to[s]
        total = (self.flag("bias") + w["before"](classes[before]) + w["before_char"](before)
                 + w["prev_word"](prev_word) + w["first_word"](first_word) + w["first_char"](pos.at[s])
                 + self.first2(pos.at[s], pos.at[s + 1]) + w["first_pos"](tags[first_word])
                 + w["prev_pos"](tags[prev_word]) + w["clause_first"](pos.clause_first[s]))
        total += self.flag("list_before") * (before == STRINGS.id("、"))
        total += self.flag("count_first") * pos.count_first[s]
        total += self.flag("after_item_mark") * pos.lead_mark[s]
        roads = spans["roads"]
        i = roads.first_at_or_after(s)
        if len(roads):
            prev = np.maximum(i - 1, 0)
            total += self.flag("starts_inside_road") * ((i > 0) & (roads.starts[prev] < s) & (s < roads.ends[prev]))
            total += self.flag("road_first") * (roads.starts[np.minimum(i, len(roads) - 1)] == s) * (i < len(roads))
        regions = spans["regions"]
        if len(regions):
            j = regions.first_at_or_after(s)
            total += self.flag("region_first") * (regions.starts[np.minimum(j, len(regions) - 1)] == s) * (
                j < len(regions))
        return total

    def _pair_weight(self, ctx: SpanContext, pos: Positions, spans: dict[str, _Spans], head: np.ndarray,
                     rule: np.ndarray, verb_ids: np.ndarray, s: np.ndarray, e: np.ndarray, stem_end: np.ndarray,
                     ruled: np.ndarray) -> np.ndarray:
        w = self.single
        classes = CLASS.array()
        length = _LENGTH_BUCKET[np.minimum(e - s, len(_LENGTH_BUCKET) - 1)]
        stem_length = _LENGTH_BUCKET[np.minimum(stem_end - s, len(_LENGTH_BUCKET) - 1)]
        has_stem = stem_end > s
        c = pos.counts
        zhi = within(c["至"], s, stem_end)
        total = (w["rule"](rule) + w["len"](length)
                 + self.pairs["head|len"](head, length) + w["stem_last"](np.where(has_stem, pos.word_over[stem_end], 0))
                 + self.pairs["head|before"](head, classes[pos.before[s]])
                 + self.pairs["head|prev_word"](head, pos.word_to[s]) + w["stem_len"](stem_length)
                 + np.where(zhi, w["zhi|head"](head), 0.0))
        flags = {
            "ruled": ruled, "has_zhi": zhi, "has_duan": within(c["段"], s, stem_end),
            "has_bracket": within(c["bracket"], s, e), "has_digit": within(c["digit"], s, stem_end),
            "has_quantity": within(c["unit_one"], s + 1, e) | within(c["unit_two"], s + 1, e - 1),
            "has_de": within(c["的"], s, stem_end), "has_conj": within(c["conj"], s, stem_end),
            "has_etc": within(c["等"], s, stem_end), "head_only": ~has_stem,
        }
        width = pos.size + 1
        road_spans = np.array([a * width + b for a, b in ctx.road_spans], dtype=np.int64)
        flags["is_road"] = member(s * width + e, road_spans)
        agencies = spans["agencies"]
        if len(agencies):
            lo = agencies.first_at_or_after(np.maximum(0, s - 40))
            before_s = agencies.first_at_or_after(s)
            through_s = np.searchsorted(agencies.starts, s, side="right")
            flags["inside_agency"] = (agencies.reach(lo, through_s) > e) | (agencies.reach(lo, before_s) >= e)
        campaigns = spans["campaigns"]
        if len(campaigns):
            i = campaigns.first_at_or_after(s)
            prev, here = np.maximum(i - 1, 0), np.minimum(i, len(campaigns) - 1)
            flags["overlaps_campaign"] = ((i > 0) & (campaigns.ends[prev] > s)) | (
                (i < len(campaigns)) & (campaigns.starts[here] < e))
        roads = spans["roads"]
        if len(roads):
            lo, hi = roads.first_at_or_after(s), roads.first_at_or_after(e)
            has_road = hi > lo
            flags["has_road"] = has_road
            flags["road_last"] = has_road & (roads.latest_start_ending_at(e) >= s)
            flags["road_cut"] = has_road & (roads.reach(lo, hi) > e)
        regions = spans["regions"]
        if len(regions):
            flags["has_region"] = regions.starting_in(s, e)
        if ctx.verbs:
            verbs = prefix_counts(member(pos.token_ids, verb_ids))
            lo = np.searchsorted(pos.token_starts, s, side="right")
            hi = np.searchsorted(pos.token_ends, e, side="right")
            flags["verb_inside"] = verbs[np.maximum(hi, lo)] > verbs[lo]
        for name, present in flags.items():
            weight = self.flag(name)
            if weight:
                total += weight * present
        return total

    def _named(self, ctx: SpanContext, cands: Candidates, s: np.ndarray, e: np.ndarray, stem_end: np.ndarray,
               picked: np.ndarray) -> np.ndarray:
        """What the span's own text says: its name, how often it recurs, whether it is a generic phrase (one
        string per scored candidate)."""
        text, generic, counts = ctx.text, ctx.generic, ctx.counts
        names, repeats = (self.model.families[f] for f in PAIR_TAIL)
        generic_weight, stem_weight = self.flag("generic"), self.flag("generic_stem")
        heads = [cands.heads[h] for h in cands.head[picked].tolist()]
        out = []
        for a, b, c, head in zip(s.tolist(), e.tolist(), stem_end.tolist(), heads, strict=True):
            name = text[a:b]
            weight = (names.get(name, 0.0) if len(name) <= 16 else 0.0) + repeats.get(
                REPEATS[min(counts.get(name, 0), 3)], 0.0)
            if generic:
                stem = text[a:c]
                if name in generic:
                    weight += generic_weight
                if stem in generic or (len(stem) <= 2 and stem + head in generic):
                    weight += stem_weight
            out.append(weight)
        return np.array(out)
