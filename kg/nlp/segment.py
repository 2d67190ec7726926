"""Stage 4a, segmentation: words for spaCy's ``Doc``, from jieba or a faster compatible cutter.

``rjieba`` (jieba-rs, the same dictionary and HMM, in Rust) is the default:
it cuts ~20x faster than jieba, which stays the reference (``--segmenter
jieba``) and the fallback where rjieba has no wheel. rjieba differs from jieba only in
runs of ASCII letters and digits, which it keeps whole (``32.74km``,
``2022-2035``) where jieba splits them (``32.74 | km``). ``_as_jieba`` splits
those runs the way jieba does, so the two give the same words on the genre's
text (``tests/nlp/test_segment.py`` checks it on every sample report).

The tokenizer keeps every character in a token (whitespace included) and
records the tokens' character offsets as it builds the ``Doc``: the
components work on offsets, and asking spaCy for them token by token would
cost more than the segmentation.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kg.errors import KgError
from kg.reference.datacache import derived

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

SEGMENTERS = ("jieba", "rjieba")


def _default_segmenter() -> str:
    """rjieba when it can be imported; else jieba, with a one-line notice (same words, slower)."""
    try:
        import rjieba  # noqa: F401
    except ImportError:
        logging.getLogger("kg").warning("note: rjieba is not installed; segmenting with jieba (same words, slower)")
        return "jieba"
    return "rjieba"


DEFAULT_SEGMENTER = _default_segmenter()

#: How jieba's unknown-word pass cuts a run of ASCII: numbers and words (with decimals and %), and what lies between.
_JIEBA_ASCII = re.compile(r"[a-zA-Z0-9]+(?:\.\d+)?%?|[^a-zA-Z0-9]+")
_ASCII_RUN = re.compile(r"[\x00-\x7f]{2,}")


class Segmenter(Protocol):
    name: str

    def cut(self, text: str) -> list[str]: ...

    def tag(self, text: str) -> list[tuple[str, str]]: ...


def _quiet_jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def _read_dictionary(path: Path) -> tuple[dict[str, int], dict[str, str]]:
    """(word -> frequency, word -> part of speech) of jieba's dictionary file, one line "word count [tag]" each;
    the two share their key strings, which marshal then keeps once."""
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            freq[parts[0]] = int(parts[1])
            if len(parts) > 2:
                tags[parts[0]] = parts[2]
    return freq, tags


@lru_cache(maxsize=1)
def _jieba_dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """Read from jieba's own dictionary file, kept as marshal data (``kg.datacache``): 0.2 s for both tables
    instead of the 0.6 s of jieba's initialisation, which also builds its prefix dictionary."""
    jieba = _quiet_jieba()
    freq, tags = derived("jieba-dictionary", Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME, _read_dictionary)
    return freq, tags


def jieba_frequencies() -> dict[str, int]:
    """jieba's dictionary, word -> frequency: how common a word is, whichever segmenter cuts."""
    return _jieba_dictionary()[0]


def jieba_tags() -> dict[str, str]:
    """jieba's dictionary, word -> its part of speech (v, vn, n, ns, d, p, …): what a word is before any
    tagging of the sentence, which the span features read at a name's edges (a verb rarely opens a name)."""
    return _jieba_dictionary()[1]


class JiebaSegmenter:
    """A jieba tokenizer of its own: the domain words of one lexicon never leak into another's."""

    name = "jieba"

    def __init__(self, words: Iterable[str]):
        from jieba.posseg import POSTokenizer

        self._cutter = _quiet_jieba().Tokenizer()
        for word in words:
            self._cutter.add_word(word)
        self._tagger = POSTokenizer(self._cutter)

    def cut(self, text: str) -> list[str]:
        return [w for w in self._cutter.cut(text) if w]

    def tag(self, text: str) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in self._tagger.lcut(text)]


class RJiebaSegmenter:
    """jieba-rs through ``rjieba``, with ASCII runs cut as jieba cuts them."""

    name = "rjieba"

    def __init__(self, words: Iterable[str]):
        try:
            import rjieba
        except ImportError as exc:  # a core dependency, but a platform may lack its wheel
            raise KgError("[E040] segmenter 'rjieba' is not installed: pip install rjieba "
                          "(or use --segmenter jieba)") from exc
        self._cutter = rjieba.Jieba()
        for word in words:
            self._cutter.add_word(word, None, None)

    def _as_jieba(self, text: str, words: list[str]) -> list[str]:
        """Split the ASCII words jieba would split: found from the text's ASCII runs, not word by word."""
        runs = [m.span() for m in _ASCII_RUN.finditer(text) if not m[0].isalpha() and not m[0].isdigit()]
        if not runs:  # a mixed ASCII word lies inside a mixed ASCII run
            return words
        ends = list(accumulate(map(len, words)))
        mixed = []
        for start, end in runs:
            for i in range(bisect_right(ends, start), bisect_left(ends, end) + 1):
                w = words[i]
                if w.isascii() and len(w) > 1 and not w.isalpha() and not w.isdigit() and not self._cutter.has_word(w):
                    mixed.append(i)
        for i in reversed(mixed):  # few per report: splice them in place
            words[i:i + 1] = _JIEBA_ASCII.findall(words[i])
        return words

    def cut(self, text: str) -> list[str]:
        return self._as_jieba(text, self._cutter.cut(text))

    def tag(self, text: str) -> list[tuple[str, str]]:
        return self._cutter.tag(text)


def check_segmenter(name: str) -> str:
    """``name`` when it is a known segmenter, else a clear error."""
    if name not in SEGMENTERS:
        raise KgError(f"[E041] unknown segmenter {name!r} (choose from {', '.join(SEGMENTERS)})")
    return name


@lru_cache(maxsize=8)
def segmenter(name: str, words: tuple[str, ...]) -> Segmenter:
    """The segmenter called ``name`` with the domain words added to its dictionary (built once)."""
    makers: dict[str, Callable[[tuple[str, ...]], Segmenter]] = {"jieba": JiebaSegmenter, "rjieba": RJiebaSegmenter}
    return makers[check_segmenter(name)](words)


#: An item's number at a line's start written against the number of a road or a year (12.318国道…, 3.2024年…):
#: the segmenters read one decimal (12.318), and no name could start at the road's number.
_ITEM_BEFORE_NUMBER = re.compile(r"^[ \t\u3000]*\d{1,2}[.．](?=\d{3,4}(?:国道|省道|县道|乡道|年))", re.MULTILINE)


def split_item_numbers(text: str, words: list[str]) -> list[str]:
    """``words`` with a word cut where an item's number ends before a road's or a year's (``_ITEM_BEFORE_NUMBER``):
    one pass over the words, whatever the number of cuts (a word never runs over a line, so it holds one at most)."""
    cuts = [m.end() for m in _ITEM_BEFORE_NUMBER.finditer(text)]
    if not cuts:
        return words
    out: list[str] = []
    at, k = 0, 0
    for word in words:
        end = at + len(word)
        while k < len(cuts) and cuts[k] <= at:
            k += 1
        if k < len(cuts) and cuts[k] < end:
            out += [word[:cuts[k] - at], word[cuts[k] - at:]]
            k += 1
        else:
            out.append(word)
        at = end
    return out


class SegmentingTokenizer:
    """spaCy tokenizer: the segmenter's words, every character kept, offsets recorded.

    ``doc.text`` equals the input exactly (whitespace is a token, never a
    trailing space), so character offsets found on the text are offsets in the doc.
    """

    def __init__(self, vocab: Vocab, seg: Segmenter):
        from spacy.tokens import Doc  # here, so the CLI can list segmenters without loading spaCy

        self.vocab, self.segmenter, self._doc = vocab, seg, Doc

    def __call__(self, text: str) -> Doc:
        words = split_item_numbers(text, self.segmenter.cut(text))
        doc = self._doc(self.vocab, words=words, spaces=[False] * len(words))
        ends = list(accumulate(map(len, words)))
        doc.user_data["kg_text"] = text
        doc.user_data["kg_words"] = words
        doc.user_data["kg_token_bounds"] = ([0, *ends[:-1]] if ends else [], ends)
        return doc
