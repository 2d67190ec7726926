"""Helpers the extractors share: character classes, clause limits, word lists as regexes."""
from __future__ import annotations

import re
from typing import Iterable

from ..model import Mention

CJK = "\u4e00-\u9fff"
#: Characters that end a clause; names never run across them.
CLAUSE_PUNCT = "，,。；;：:！？!?\n、（）()“”\"《》"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so 总投资 beats 投资)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def clause_start(text: str, pos: int, punct: str = CLAUSE_PUNCT) -> int:
    """Offset just after the last clause punctuation before ``pos``."""
    i = pos
    while i > 0 and text[i - 1] not in punct:
        i -= 1
    return i


def longest_first(found: list[Mention]) -> list[Mention]:
    """Of overlapping mentions keep the longest (earliest on ties), in text order."""
    kept: list[Mention] = []
    for m in sorted(found, key=lambda x: (-(x.end - x.start), x.start)):
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda x: x.start)


def is_common_word(word: str, min_freq: int = 50) -> bool:
    """True when jieba's dictionary knows ``word`` as an ordinary word.

    Abbreviated route names (沪昆, 临临, 禾步) are pairs of place initials that
    no dictionary lists; ordinary words (建设, 全省) are. Used to tell 沪昆高速
    from 建设高速.
    """
    from ..segment import jieba_frequencies  # imported here: the dictionary loads on first use

    return jieba_frequencies().get(word, 0) >= min_freq
