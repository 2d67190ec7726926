"""How far a mention's clause, sentence and enumerated item reach, and mentions kept in text order.

Every relation pairs a mention with what its clause, sentence or item
(一是… / 1、…) says; these are the measures of "near", shared by the rule
relations (``relations.py``) and the trained choice of an amount's project
(``owners.py``). Each reach is bounded, so pairing stays linear in the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Generic, TypeVar

from kg.extract.common import clause_start
from kg.model import Measure, Mention

#: How far a clause or an item reaches from a mention at most: far beyond any sentence of the genre
#: (the longest in the annotated reports is under 600 characters), so only text without punctuation
#: or item marks meets the limit, and the cost of pairing mentions stays linear in its length.
MAX_CLAUSE, MAX_ITEM = 1_000, 3_000
ITEM_START = re.compile(r"[一二三四五六七八九十]是|^\s*\d{1,2}[、.．]|\n")


def item_span(text: str, pos: int) -> tuple[int, int]:
    """The enumerated item (一是… / 1、… / paragraph) containing ``pos``: from the last item start
    whose marker ends by ``pos`` + 1 to the next item start after ``pos``, at most ``MAX_ITEM``
    characters either side."""
    starts, ends = _item_starts(text)
    before = bisect_right(ends, pos + 1)
    after = bisect_right(starts, pos)
    return (max(starts[before - 1] if before else 0, pos - MAX_ITEM),
            min(starts[after] if after < len(starts) else len(text), pos + MAX_ITEM))


@lru_cache(maxsize=4)
def _item_starts(text: str) -> tuple[list[int], list[int]]:
    """Where the report's item markers start and end: found once per report, not once per mention."""
    spans = [m.span() for m in ITEM_START.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def clause_span(text: str, pos: int, punct: str = "。；;\n") -> tuple[int, int]:
    """The clause around ``pos``, at most ``MAX_CLAUSE`` characters either side (text without
    punctuation must not make every mention scan all of it)."""
    start = clause_start(text, pos, punct, MAX_CLAUSE)
    hi = min(len(text), pos + MAX_CLAUSE)
    end = min((at for at in (text.find(mark, pos, hi) for mark in punct) if at >= 0), default=hi)
    return start, min(len(text), end + 1)


#: How far back a 《document title》 may open and still hold a position (the genre's titles run to about 40).
MAX_TITLE = 80


def in_document_title(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a 《document title》 of its line: a 《 opens before it, no 》 closes after
    that, within ``MAX_TITLE`` characters. A campaign or agency named there is part of a document's name
    (《…“四好农村路”高质量发展实施方案》), not one the sentence speaks of."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - MAX_TITLE)
    opened = text.rfind("《", lo, pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


T = TypeVar("T", Mention, Measure)


class InOrder(Generic[T]):
    """Mentions or measures in text order, with their starts: the ones in a range by binary search.

    The relations pair each project with what lies near it; scanning every
    mention of the report for each project made a report of 10,000 projects
    cost 10,000 x 10,000 steps.
    """

    def __init__(self, items: list[T]):
        self.items: list[T] = items
        self.starts = [x.start for x in items]
        self._run_ends: list[int] | None = None

    def starting_in(self, lo: int, hi: int) -> list[T]:
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def first_start_from(self, pos: int, default: int) -> int:
        """Where the first item starting at or after ``pos`` starts (``default`` if none)."""
        i = bisect_left(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else default

    def next_other(self: InOrder[Mention], item: Mention, default: int) -> int:
        """Where the first later item of another name starts (``default`` if none): past the run of items
        sharing ``item``'s name, found once for the list, so a name repeated 10,000 times costs no rescans."""
        i = bisect_right(self.starts, item.start)
        if i < len(self.items) and self.items[i].name == item.name:
            i = self.run_ends()[i]
        return self.starts[i] if i < len(self.items) else default

    def run_ends(self: InOrder[Mention]) -> list[int]:
        """For each item, the index of the first later one whose name differs."""
        if self._run_ends is None:
            names = [x.name for x in self.items]
            ends = [len(names)] * len(names)
            for i in range(len(names) - 2, -1, -1):
                ends[i] = i + 1 if names[i + 1] != names[i] else ends[i + 1]
            self._run_ends = ends
        return self._run_ends

