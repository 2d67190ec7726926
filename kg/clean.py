"""Stage 2, clean: raw report text -> ``CleanText`` with an offset map.

Removes the genre's noise (``##paidbegin##``, ``[bookmark: _Toc30050]``),
folds full-width digits and Latin letters to ASCII (``Ｓ３１１`` -> ``S311``,
``K33＋000`` -> ``K33+000``) and drops stray spaces, while remembering for
every kept character where it stood in the raw text. Chinese punctuation is
kept as written: names are shown to users as the report wrote them.
"""
from __future__ import annotations

import re

from .model import CleanText

#: Editing and paywall artifacts the reports carry; removed entirely.
ARTIFACTS = re.compile(r"##paid(?:begin|end)##|\[bookmark:[^\]\n]*\]|##[a-z]+##", re.IGNORECASE)

#: Full-width characters folded to ASCII: digits, letters and the signs used
#: inside codes and amounts.
_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})
_FOLD.update({"＋": "+", "－": "-", "．": ".", "％": "%", "／": "/", "～": "~"})

_HSPACE = frozenset(" \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff\r")


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def clean(raw: str) -> CleanText:
    """Clean a report's raw text, keeping an offset map back into it.

    >>> c = clean("S３１１线 K33＋000##paidend##")
    >>> c.text
    'S311线K33+000'
    >>> c.raw[c.index[5]]
    'K'
    """
    kept: list[tuple[int, str]] = []
    pos = 0
    for match in ARTIFACTS.finditer(raw):
        kept.extend(enumerate(raw[pos:match.start()], start=pos))
        pos = match.end()
    kept.extend(enumerate(raw[pos:], start=pos))

    chars: list[str] = []
    index: list[int] = []
    for i, (at, ch) in enumerate(kept):
        ch = _FOLD.get(ch, ch)
        if ch in _HSPACE:
            # a space survives only between two ASCII words ("EPC project")
            prev = chars[-1] if chars else ""
            nxt = next((_FOLD.get(c, c) for _, c in kept[i + 1:i + 2]), "")
            if not (_is_ascii_word(prev) and _is_ascii_word(nxt)) or ch == "\r":
                continue
            ch = " "
        chars.append(ch)
        index.append(at)
    index.append(len(raw))
    return CleanText(raw=raw, text="".join(chars), index=tuple(index))
