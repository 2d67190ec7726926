"""``common.gated``: the look-ahead that speeds up the extractors' scans never changes a match."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import agencies, campaigns, money, projects, relations, roads
from kg.extract.common import alternation, gated
from kg.reference.lexicon import load

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "kg" / "data" / "samples").glob("*.txt"))
LEX = load()


def _ungated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written, without the look-ahead ``gated`` put in front of it."""
    if not pattern.pattern.startswith("(?=["):
        return pattern
    inner = pattern.pattern[pattern.pattern.index("])(?:") + len("])(?:"):-1]
    return re.compile(inner, pattern.flags)


def _extractor_patterns() -> dict[str, re.Pattern[str]]:
    found = {}
    for module in (agencies, campaigns, money, projects, relations, roads):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{module.__name__}.{name}"] = value
        if hasattr(module, "_patterns"):
            table = module._patterns(LEX.key(), LEX)
            for name, value in table.items():
                if isinstance(value, re.Pattern):
                    found[f"{module.__name__}._patterns.{name}"] = value
    return found


PATTERNS = _extractor_patterns()
GATED = {name: p for name, p in PATTERNS.items() if p.pattern.startswith("(?=[")}


def test_the_slow_scans_are_gated():
    # the scans that open with an optional part: the ones that were slow
    for name in ("kg.extract.agencies._patterns.department", "kg.extract.money.AMOUNT",
                 "kg.extract.money.BARE_AMOUNT", "kg.extract.campaigns._patterns.known"):
        assert name in GATED, name


@pytest.mark.parametrize("name", sorted(GATED))
def test_gated_scans_find_what_the_plain_pattern_finds_in_every_sample(name):
    pattern, plain = GATED[name], _ungated(GATED[name])
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        assert [m.groupdict() | {"span": m.span()} for m in pattern.finditer(text)] == \
               [m.groupdict() | {"span": m.span()} for m in plain.finditer(text)], path.name


CHARS = list("约近超过逾X×*元万亿千余多0123456789.,省市县区交通运输局厅自治公路G S线高速（）“”专项行动\n、是一二")


@given(st.lists(st.sampled_from(CHARS), max_size=60).map("".join))
@settings(max_examples=400)
def test_gated_scans_agree_on_random_text(text):
    for pattern in GATED.values():
        plain = _ungated(pattern)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_users_lexicon_word_with_a_new_first_character_is_still_found():
    # the characters come from the parsed pattern, not from a list written by hand
    pattern = gated(rf"(?P<lvl>省|市)?(?:{alternation(['交通运输', '港航'])})局")
    assert [m.group() for m in pattern.finditer("市港航局和省交通运输局及港航局")] == ["市港航局", "省交通运输局", "港航局"]


@pytest.mark.parametrize("source", [
    "交通运输局",          # opens with a literal: the engine skips ahead by itself
    "[省市]交通局",        # opens with a class: likewise
    "(?:甲|乙)?",          # may match nothing: a look-ahead would lose the empty matches
    r"(?P<n>[一-鿿]{2})路",  # may start with any CJK character: the test would never reject
    r".{0,3}开工",         # any character: unknown
])
def test_patterns_a_gate_cannot_help_are_compiled_as_written(source):
    assert gated(source).pattern == source
