"""Pieces of a long report that the later stages take one at a time, so their cost stays linear.

A work report is a few thousand characters; the stages that pair mentions
(a project with the amounts, lengths and years near it) compare what a piece
holds, so one report of a million characters, or one sentence pasted ten
thousand times, must not be one piece. Pieces end at a line break where one
falls in the second half of the piece, else at a sentence end, else at the
limit itself: a report as long as ``CHUNK_CHARS`` stays whole, and nothing
the genre writes spans a line break but a wrapped sentence, which the clean
stage has already joined.
"""
from __future__ import annotations

#: Characters in a piece: five times the longest report of the annotated corpora, so a real report
#: is one piece and its output does not depend on this number.
CHUNK_CHARS = 30_000
#: Where a piece may end, best first.
_BREAKS = ("\n", "。", "；", "，")


def pieces(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of consecutive pieces covering ``text``, each at most ``limit`` long.

    >>> pieces("一二。三四\\n五六七", 4)
    [(0, 3), (3, 6), (6, 9)]
    >>> pieces("", 4)
    [(0, 0)]
    """
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        half = start + limit // 2
        for mark in _BREAKS:
            at = text.rfind(mark, half, end)
            if at >= 0:
                end = at + 1
                break
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out
