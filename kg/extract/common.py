"""Helpers the extractors share: character classes, clause limits, word lists as regexes."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

CJK = "\u4e00-\u9fff"
#: Characters that end a clause; names never run across them.
CLAUSE_PUNCT = "，,。；;：:！？!?\n、（）()“”\"《》"
HARD_PUNCT = "。；;！？!?\n"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so 总投资 beats 投资)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=64)
def compile_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(words))


def clause_start(text: str, pos: int, punct: str = CLAUSE_PUNCT) -> int:
    """Offset just after the last clause punctuation before ``pos``."""
    i = pos
    while i > 0 and text[i - 1] not in punct:
        i -= 1
    return i


def clause_end(text: str, pos: int, punct: str = CLAUSE_PUNCT) -> int:
    i = pos
    while i < len(text) and text[i] not in punct:
        i += 1
    return i


def longest_first(found: "list[Mention]") -> "list[Mention]":
    """Of overlapping mentions keep the longest (earliest on ties), in text order."""
    kept: list = []
    for m in sorted(found, key=lambda x: (-(x.end - x.start), x.start)):
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda x: x.start)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def is_common_word(word: str, min_freq: int = 50) -> bool:
    """True when jieba's dictionary knows ``word`` as an ordinary word.

    Abbreviated route names (沪昆, 临临, 禾步) are pairs of place initials that
    no dictionary lists; ordinary words (建设, 全省) are. Used to tell 沪昆高速
    from 建设高速.
    """
    import jieba  # imported here: jieba is set up by kg.nlp

    freq = jieba.dt.FREQ.get(word) if jieba.dt.initialized else None
    if freq is None:
        jieba.dt.check_initialized()
        freq = jieba.dt.FREQ.get(word)
    return bool(freq and freq >= min_freq)
