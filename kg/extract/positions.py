"""A report's text read at every offset, as integer ids: what the trained decision's arithmetic reads.

The span features (``features.py``) are strings: the word before a start,
the first character, the part of speech of the first word. To score all of
a report's candidates with array operations (``scoring.py``), each such
string gets an integer id for the process (``StringIds``), and a report is
read once into arrays of those ids at every offset (``Positions``), shared by
the three kinds' decisions.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from kg.nlp.segment import jieba_tags

_PUNCT = frozenset("，,。；;：:、！？（）()“”《》\n")
#: What makes a figure a quantity (``features._QUANTITY``: 12亩, 3.5公里): a unit of one character or of two.
UNITS_ONE = "亩万亿元%个条座处项"
UNITS_TWO = ("公里", "km")
#: Words that join two names into a list, not one name (``has_conj``), and the numerals of an item mark (一是).
CONJUNCTIONS = "和及与或"
NUMERALS = "一二三四五六七八九十"
#: A count and its measure word: 26个, 3条, 两座, 十余处, XX个. A name never opens with one (26个农村公路提质改造
#:项目 is a set of works, not a work); group 1 is the count, every offset of which opens a count.
COUNT_RUN = re.compile(r"((?:\d+|[一二两三四五六七八九十百千几多数]+|X+)余?)(?:个|条|座|处|项|批|家)")
#: The marks a clause ends at, for the first word of the clause a candidate stands in (对…、…公路 is upkeep of
#: roads; 建设…公路 is a work).
CLAUSE_MARKS = "，,。；;：:！？!?\n"
#: The value of ``clause_first`` where the candidate opens its clause.
CLAUSE_OPEN = "^"
#: What may open a clause before its first word: spaces, an item mark (一是, （三）, 2、).
CLAUSE_LEAD = re.compile(r"[\s\u3000]*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])?[\s\u3000]*")


@cache  # one entry per distinct character: a few thousand at most
def char_class(ch: str) -> str:
    """What kind of character ``ch`` is, as the span features read it (BOS for none)."""
    if not ch:
        return "BOS"
    if ch in _PUNCT:
        return ch
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "A"
    return "C"


class StringIds:
    """An id for every string the features read (a word, a character, a head, a class), one table a process.

    Ids grow as reports bring new words; what depends on a string alone (its
    class, its part of speech, whether it is a digit) is an array indexed by id
    (``PerString``), computed once per string. A model's weights are looked up
    by the ids of its own values (``scoring._Table``).
    """

    def __init__(self) -> None:
        self.strings: list[str] = []
        self._ids: dict[str, int] = {}
        self._of_char = np.full(0x110000, -1, dtype=np.int32)  # code point -> id
        for s in ("", "BOS", "C", "D", "A", *_PUNCT):  # every value of char_class, before any array reads them
            self.id(s)

    def id(self, s: str) -> int:
        i = self._ids.get(s)
        if i is None:
            i = self._ids[s] = len(self.strings)
            self.strings.append(s)
        return i

    def ids(self, strings: Sequence[str]) -> np.ndarray:
        try:  # most words of a report have been read before: looked up in C
            return np.fromiter(map(self._ids.__getitem__, strings), dtype=np.int32, count=len(strings))
        except KeyError:  # the new ones get their ids in one pass, in the order they first come
            new = [s for s in dict.fromkeys(strings) if s not in self._ids]
            self._ids.update(zip(new, range(len(self.strings), len(self.strings) + len(new))))
            self.strings.extend(new)
            return np.fromiter(map(self._ids.__getitem__, strings), dtype=np.int32, count=len(strings))

    def char_ids(self, text: str) -> np.ndarray:
        """The id of each character of ``text``."""
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        ids = self._of_char[points]
        if (ids < 0).any():
            for point in np.unique(points[ids < 0]).tolist():
                self._of_char[point] = self.id(chr(point))
            ids = self._of_char[points]
        return ids


class PerString:
    """``value_of(s)`` for every string of ``ids``, as an array indexed by id, extended as ids are added.

    ``value_of`` must not add strings (the ids it may return are added before).
    """

    def __init__(self, ids: StringIds, value_of: Callable[[str], float | int | bool], dtype: type = np.float64):
        self._ids, self._value_of = ids, value_of
        self._values: np.ndarray = np.zeros(1024, dtype=dtype)
        self._done = 0

    def array(self) -> np.ndarray:
        n = len(self._ids.strings)
        if self._done < n:
            if len(self._values) < n:
                grown = np.zeros(2 * n, dtype=self._values.dtype)
                grown[:self._done] = self._values[:self._done]
                self._values = grown
            self._values[self._done:n] = [self._value_of(s) for s in self._ids.strings[self._done:n]]
            self._done = n
        return self._values


STRINGS = StringIds()
#: a string's character class (``char_class``) as an id; -1 for strings of two or more characters
CLASS = PerString(STRINGS, lambda s: STRINGS._ids[char_class(s)] if len(s) <= 1 else -1, np.int32)
#: whether a string is a decimal digit (what ``\d`` matches in a regex)
DECIMAL = PerString(STRINGS, str.isdecimal, np.bool_)
_TAGS: PerString | None = None


def part_of_speech() -> PerString:
    """A word's part of speech in jieba's dictionary (``?`` if none), as an id."""
    global _TAGS
    if _TAGS is None:
        tags = jieba_tags()
        for tag in {*tags.values(), "?"}:
            STRINGS.id(tag)
        _TAGS = PerString(STRINGS, lambda s: STRINGS._ids[tags.get(s, "?")], np.int32)
    return _TAGS


def prefix_counts(mask: np.ndarray) -> np.ndarray:
    """Running counts: ``out[b] - out[a]`` is how many of ``mask[a:b]`` are true."""
    out = np.zeros(len(mask) + 1, dtype=np.int32)
    np.cumsum(mask, out=out[1:])
    return out


def member(values: np.ndarray, among: np.ndarray) -> np.ndarray:
    """Whether each of ``values`` is one of ``among`` (integers): ``np.isin`` by a binary search.

    ``np.isin`` sorts both arrays together on every call: for a report's few
    hundred candidate keys against a few dozen, that was most of its time.
    """
    among = np.sort(among)
    if not len(among):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(among, values)
    at[at == len(among)] = 0
    return among[at] == values


def content_start(text: str, start: int) -> int:
    """Where the words of the clause opening at ``start`` begin: after its spaces and item mark (``CLAUSE_LEAD``)."""
    lead = CLAUSE_LEAD.match(text, start)
    return lead.end() if lead else start


def count_openings(text: str) -> np.ndarray:
    """Whether a count (``COUNT_RUN``) opens at each offset of ``text`` (and its end)."""
    out = np.zeros(len(text) + 1, dtype=bool)
    for m in COUNT_RUN.finditer(text):
        out[m.start():m.end(1)] = True
    return out


def count_first(text: str, positions: Positions | None) -> np.ndarray:
    """``count_openings`` of ``text``, read from its ``Positions`` when they were made (not found again)."""
    return positions.count_first if positions is not None else count_openings(text)


def within(prefix: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    return prefix[np.maximum(end, start)] > prefix[start]


@dataclass(frozen=True)
class Positions:
    """A report's text read at every offset ``p`` (0 to its length): ids of the strings the features read
    there, and running counts of the characters they look for inside a span. Made once per report."""

    size: int
    before: np.ndarray  # text[p-1:p]
    at: np.ndarray  # text[p:p+1] ("" at and after the end)
    word_from: np.ndarray  # the word starting at p, else text[p:p+1]
    word_to: np.ndarray  # the word ending at p, else text[p-1:p]
    word_over: np.ndarray  # the word holding character p-1 ("" at 0)
    lead_mark: np.ndarray  # 一是 / 1、 just before p
    count_first: np.ndarray  # a count opens at p: 26个, 3条, 两座, XX个
    clause_first: np.ndarray  # the first word of the clause holding p; "^" where p opens its clause
    token_starts: np.ndarray
    token_ends: np.ndarray
    token_ids: np.ndarray
    counts: dict[str, np.ndarray]  # running counts of 至, 段, 的, 等, conjunctions, brackets, digits, quantities

    @classmethod
    def of(cls, text: str, token_starts: Sequence[int], token_ends: Sequence[int], words: Sequence[str]) -> Positions:
        ids = STRINGS
        n = len(text)
        chars = ids.char_ids(text)
        empty = np.array([0], dtype=np.int32)  # the id of ""
        at = np.concatenate([chars, empty, empty])  # two past the end: what follows the last offset
        before = np.concatenate([empty, chars])
        starts, ends = np.asarray(token_starts, dtype=np.int64), np.asarray(token_ends, dtype=np.int64)
        token_ids = ids.ids(words)
        word_from, word_to = at.copy(), before.copy()
        word_from[starts[::-1]] = token_ids[::-1]  # the first word written at an offset wins
        word_to[ends[::-1]] = token_ids[::-1]
        holder = np.full(n, -1, dtype=np.int32)
        holder[starts] = np.arange(len(starts))
        holder = np.maximum.accumulate(holder) if n else holder
        word_over = np.concatenate([empty, np.where(holder >= 0, token_ids[np.maximum(holder, 0)], 0)])
        is_char = {ch: chars == ids.id(ch) for ch in f"至段的等（(、是.{CONJUNCTIONS}{''.join(UNITS_TWO)}"}
        digit = DECIMAL.array()[chars]
        numeral = np.isin(chars, ids.ids(list(NUMERALS))) if n else np.zeros(0, bool)
        digit_before = np.concatenate([[False], digit[:-1]]) if n else digit
        unit_one = np.isin(chars, ids.ids(list(UNITS_ONE))) & digit_before if n else digit
        unit_two = np.zeros(n, dtype=bool)
        for unit in UNITS_TWO:
            unit_two[:-1] |= is_char[unit[0]][:-1] & is_char[unit[1]][1:]
        unit_two &= digit_before
        lead = np.zeros(n + 1, dtype=bool)
        lead[2:] = (numeral[:-1] & is_char["是"][1:]) | (digit[:-1] & (is_char["、"][1:] | is_char["."][1:]))
        opens_count = count_openings(text)
        marks = np.where(np.isin(chars, ids.ids(list(CLAUSE_MARKS))), np.arange(n), -1) if n else np.zeros(0, np.int64)
        clause_start = np.concatenate([[0], np.maximum.accumulate(marks) + 1]) if n else np.zeros(1, np.int64)
        opened, at_clause = np.unique(clause_start, return_inverse=True)
        content = np.array([content_start(text, c) for c in opened.tolist()], dtype=np.int64)[at_clause]
        clause_first = np.where(np.arange(n + 1) <= content, ids.id(CLAUSE_OPEN), word_from[content])
        counts = {"至": prefix_counts(is_char["至"]), "段": prefix_counts(is_char["段"]), "的": prefix_counts(is_char["的"]),
                  "等": prefix_counts(is_char["等"]),
                  "conj": prefix_counts(np.logical_or.reduce([is_char[ch] for ch in CONJUNCTIONS])),
                  "bracket": prefix_counts(is_char["（"] | is_char["("]), "digit": prefix_counts(digit),
                  "unit_one": prefix_counts(unit_one), "unit_two": prefix_counts(unit_two)}
        return cls(n, before, at, word_from, word_to, word_over, lead, opens_count, clause_first, starts, ends, token_ids, counts)


