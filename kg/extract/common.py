"""Helpers the extractors share: character classes, clause limits, word lists as regexes."""
from __future__ import annotations

import re
from typing import Iterable

from ..model import Mention

CJK = "\u4e00-\u9fff"
#: Characters that end a clause; names never run across them.
CLAUSE_PUNCT = "，,。；;：:！？!?\n、（）()“”\"《》"


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
