"""Helpers the extractors share: character classes, clause limits, word lists as regexes."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from kg.model import Mention
from kg.nlp.segment import jieba_frequencies  # a function: the dictionary loads on its first call, not at import

try:  # the standard library's regex parser (``sre_parse`` before Python 3.11)
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

#: The CJK Unified Ideographs block, as bounds (for a character test) and as a regex class's range.
CJK_FIRST, CJK_LAST = "\u4e00", "\u9fff"
CJK = f"{CJK_FIRST}-{CJK_LAST}"
#: Characters that end a clause; names never run across them.
CLAUSE_PUNCT = "，,。；;：:！？!?\n、（）()“”\"《》"
#: What joins the items of a list of names (市公安局、市应急管理局和市市场监管局), written alone between two of them.
LIST_JOINER = re.compile(r"[、和及与]")


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the literal words, the longest where several match (总投资 before 投资).

    Written as a trie (交通(?:运输)?), not a flat list: the regex engine tries
    one branch per character instead of every word at every position, which is
    what made the extractors' scans slow. The words that can match at one
    position are prefixes of one another, and the trie tries them longest
    first, so it matches what a longest-first alternation matches.

    >>> alternation(["投资", "总投资", "总里程", "投资额"])
    '(?:总(?:投资|里程)|投资(?:额)?)'
    """
    trie: dict = {}
    for word in set(words):
        if word:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if "" in node:  # a word ends here: the longer ones first, then this one
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern)``, with a look-ahead of the characters a match can start with.

    A pattern that opens with an optional part (``(?P<lvl>省|市)?交通运输局``,
    ``(?P<pre>约|近)?\\d+元``) gives Python's regex engine no first character
    to skip ahead to, so it tries the whole pattern at every position of the
    text. ``(?=[省市交])`` in front rejects most positions in one test: such
    scans run two to four times as fast, with the same matches. The
    characters are read from the parsed pattern, so patterns built from a
    user's lexicon are gated correctly too. A pattern the engine already
    skips ahead on (it opens with a literal, a class or a branch of
    literals), one that may match the empty string, one that may start with
    most characters (any CJK character: the test would pass everywhere and
    only cost time), or one with a construct this does not follow is
    returned as plain ``re.compile`` would.

    >>> gated(r"(?:约|近)?\\d+元").pattern
    '(?=[约近\\\\d])(?:(?:约|近)?\\\\d+元)'
    >>> gated("交通运输局").pattern
    '交通运输局'
    """
    try:
        parsed = _sre_parser.parse(pattern, flags)
    except re.error:
        return re.compile(pattern, flags)  # let re.compile raise its own error
    items = list(parsed)
    first = None if flags & re.IGNORECASE or _skips_ahead(items) else _first_chars(items)
    if first is None or first[1] or any(_is_wide(member) for member in first[0]):
        return re.compile(pattern, flags)
    members = sorted(first[0], key=str)
    return re.compile(f"(?=[{''.join(map(_as_class_text, members))}])(?:{pattern})", flags)


# A class member, as the helpers below pass it: a category's text (\d), or a range of code points
# as (low, high) (a single character is a range of one).
_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_SPACE: r"\s"}
_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op)


def _skips_ahead(items: list) -> bool:
    """True when the engine finds a first character itself (see ``re._compiler._compile_info``)."""
    while items and items[0][0] is _sre.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    return op in (_sre.LITERAL, _sre.IN) or (
        op is _sre.BRANCH and all(alt and list(alt)[0][0] is _sre.LITERAL for alt in av[1]))


def _first_chars(items) -> tuple[set, bool] | None:
    """(the class members a match of ``items`` can start with, True if it can match nothing), None if unknown."""
    chars: set = set()
    for op, av in items:
        if op is _sre.LITERAL:
            return chars | {(av, av)}, False
        if op is _sre.IN:
            members = _class_members(av)
            return (chars | members, False) if members is not None else None
        if op is _sre.BRANCH:
            inner_all = [_first_chars(alt) for alt in av[1]]
            if any(inner is None for inner in inner_all):
                return None
            chars |= {c for inner in inner_all for c in inner[0]}
            if not any(inner[1] for inner in inner_all):
                return chars, False
        elif op is _sre.SUBPATTERN or op in _REPEATS:
            body, low = (av[3], 1) if op is _sre.SUBPATTERN else (av[2], av[0])
            inner = _first_chars(body)
            if inner is None:
                return None
            chars |= inner[0]
            if low > 0 and not inner[1]:
                return chars, False
        elif op not in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):  # those consume nothing: read on
            return None
    return chars, True


def _class_members(items) -> set | None:
    members: set = set()
    for op, av in items:
        if op is _sre.LITERAL:
            members.add((av, av))
        elif op is _sre.RANGE:
            members.add(tuple(av))
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            members.add(_CATEGORIES[av])
        else:
            return None  # a negated class, or a category with no short form
    return members


def _is_wide(member) -> bool:
    """A member that covers much of a report's text: \\w, or a range of hundreds of characters."""
    return member == r"\w" or (isinstance(member, tuple) and member[1] - member[0] > 255)


def _as_class_text(member) -> str:
    if isinstance(member, str):
        return member
    low, high = (re.escape(chr(c)) for c in member)
    return low if member[0] == member[1] else f"{low}-{high}"


class WordIndex:
    """A word list that answers "which of these words occur in this short text" quickly.

    Name edges are found by looking for boundary words (和, 按照, 加快…) in the
    few characters before a name; trying each of a hundred words on every
    candidate was the extractors' slowest loop. Only words starting with a
    character of the text are tried.
    """

    def __init__(self, words: Iterable[str]):
        self.by_first: dict[str, list[str]] = {}
        for word in dict.fromkeys(words):
            if word:
                self.by_first.setdefault(word[0], []).append(word)

    def present(self, text: str) -> list[str]:
        """The words occurring in ``text``.

        >>> WordIndex(["和", "按照", "加快", "照"]).present("按照要求加快")
        ['按照', '照', '加快']
        """
        by_first = self.by_first
        return [w for ch in dict.fromkeys(text) for w in by_first.get(ch, ()) if w in text]

    def last_end(self, text: str) -> int:
        """The end of the last-ending occurrence of any word in ``text`` (0 when none occurs).

        >>> WordIndex(["和", "按照"]).last_end("甲和乙按照丙")
        5
        """
        return max((text.rfind(w) + len(w) for w in self.present(text)), default=0)


#: How far back a clause may start: past any clause of the genre, so that text without punctuation
#: does not make every mention scan all of it.
MAX_REACH = 1_000


def clause_start(text: str, pos: int, punct: str = CLAUSE_PUNCT, reach: int = MAX_REACH) -> int:
    """Offset just after the last clause punctuation before ``pos`` (at most ``reach`` back).

    >>> clause_start("一，二。三四", 5), clause_start("一，二。三四", 5, "，")
    (4, 2)
    """
    lo = max(0, pos - reach)
    return max((text.rfind(mark, lo, pos) + 1 for mark in punct), default=lo) or lo


def longest_first(found: list[Mention]) -> list[Mention]:
    """Of overlapping mentions keep the longest (earliest on ties), in text order."""
    # the kept spans never overlap, so in (start, end) order their ends are in order too: the one
    # kept span a candidate could overlap is the first that ends after the candidate starts
    kept: list[Mention] = []
    ends: list[int] = []
    for m in sorted(found, key=lambda x: (-(x.end - x.start), x.start)):
        i = bisect_right(ends, m.start)
        if i == len(kept) or kept[i].start >= m.end:
            at = bisect_right(kept, (m.start, m.end), key=_span)
            kept.insert(at, m)
            ends.insert(at, m.end)
    # text order, the longer first at a shared start. ``kept`` is in (start, end) order, which differs
    # only where an empty span shares its start with a longer one, so this sort is a single pass
    kept.sort(key=_start_longest_first)
    return kept


def _span(m: Mention) -> tuple[int, int]:
    return m.start, m.end


def _start_longest_first(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def is_common_word(word: str, min_freq: int = 50) -> bool:
    """True when jieba's dictionary knows ``word`` as an ordinary word.

    Abbreviated route names (沪昆, 临临, 禾步) are pairs of place initials that
    no dictionary lists; ordinary words (建设, 全省) are. Used to tell 沪昆高速
    from 建设高速.
    """
    return jieba_frequencies().get(word, 0) >= min_freq


class DisjointSpans:
    """Disjoint spans already taken, sorted: an overlap check is a binary search, not a scan of every
    span (a report of 10,000 amounts would otherwise cost 10,000 x 10,000 comparisons).

    >>> taken = DisjointSpans()
    >>> taken.add(5, 9)
    >>> taken.overlaps(0, 5), taken.overlaps(8, 12), taken.overlaps(9, 12)
    (False, True, False)
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans starting before ``end``; the last of them reaches furthest
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
