"""Property-based tests: cleaning and normalisation never crash, offsets stay true, amounts stay sane."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.common import longest_first
from kg.extract.money import find_lengths, find_money, parse_amount
from kg.extract.roads import find_roads, normalise_code
from kg.ingest.formats import EMPTY_CELL
from kg.model import EntityType, Mention
from kg.reference.gazetteer import gazetteer
from kg.reference.lexicon import load
from kg.text.clean import clean

LEX = load()
# text like the genre's: CJK, digits (half and full width), codes, units, punctuation, noise markers
GENRE = st.lists(st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
    st.sampled_from(list("0123456789０１２３４５６７８９.．+＋-－ XxGSYCZKk万亿元余约多公里米kmＳ，。；、（）“”\n\t\u3000")),
    st.sampled_from(["##paidbegin##", "##paidend##", "[bookmark: _Toc30050]", "省道", "国道", "XX万元", "总投资"]),
    st.characters(),
), max_size=80).map("".join)


@given(GENRE)
def test_offsets_point_back_to_the_same_characters(raw):
    c = clean(raw)
    assert len(c.index) == len(c.text) + 1 and c.index[-1] == len(raw)
    for i, ch in enumerate(c.text):
        original = raw[c.index[i]]
        assert original == ch or (ord(original) - 0xFEE0 == ord(ch)) or (original in "＋－．％／～" and ch in "+-.%/~") \
            or (ch == " " and original.isspace()) \
            or (ch in (" ", EMPTY_CELL) and original in "|｜")  # a table's bar: the space or empty cell written for it
    assert list(c.index) == sorted(c.index)


@given(GENRE)
def test_amounts_are_never_negative_or_nan(raw):
    text = clean(raw).text
    for m in find_money(text, LEX):
        assert text[m.start:m.end] == m.text
        if m.amount is None:
            assert m.redacted or not any(ch.isdigit() for ch in m.text)
        else:
            assert m.amount.is_finite() and m.amount >= 0
    for length in find_lengths(text):
        assert length.km.is_finite() and length.km >= 0


@given(GENRE)
@settings(max_examples=200)
def test_roads_have_well_formed_codes(raw):
    text = clean(raw).text
    for road in find_roads(text, LEX):
        assert text[road.start:road.end] == road.text
        if road.code:
            assert road.code[0] in "GSXYCZ" and road.code[1:].isdigit()
            assert normalise_code(road.code) == road.code


@given(st.decimals(min_value=0, max_value=10**8, allow_nan=False, places=4), st.sampled_from(["", "千", "万", "亿"]))
def test_parse_amount_scales_exactly(value, unit):
    result = parse_amount(str(value), unit)
    scale = {"": 1, "千": 1000, "万": 10_000, "亿": 100_000_000}[unit]
    assert result == value * Decimal(scale)


SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=25)


@given(SPANS)
@settings(max_examples=500)
def test_longest_first_keeps_what_the_plain_definition_keeps(spans):
    """The bisecting ``longest_first`` against its definition: by length (then start), keep what
    overlaps nothing kept; return in text order, a longer span before an empty one at its start."""
    found = [Mention(EntityType.ROAD, a, a + n, "x" * n, name="x" * n, rule=f"r{i}") for i, (a, n) in enumerate(spans)]
    kept: list[Mention] = []
    for m in sorted(found, key=lambda x: (-(x.end - x.start), x.start)):
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    assert [m.rule for m in longest_first(found)] == [m.rule for m in sorted(kept, key=lambda x: x.start)]


def _name_ending_at_by_every_length(gaz, text: str, pos: int, min_len: int) -> str | None:
    return next((text[pos - n:pos] for n in range(min(gaz._max_len, pos), min_len - 1, -1)
                 if text[pos - n:pos] in gaz.by_name), None)


def _name_starting_by_every_length(gaz, text: str, min_len: int) -> str | None:
    return next((text[:n] for n in range(min(gaz._max_len, len(text)), min_len - 1, -1) if text[:n] in gaz.by_name),
                None)


PLACE_TEXT = st.lists(st.one_of(st.sampled_from(["湖南省", "长沙市", "长沙", "新晃县", "新晃", "湘西州", "怀化", "省", "市",
                                                 "县", "区", "交通", "运输局", "和", "的"]),
                                st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40)), max_size=12).map("".join)


@given(PLACE_TEXT, st.integers(1, 3))
def test_gazetteer_lookups_find_the_longest_name_as_trying_every_length_does(text, min_len):
    gaz = gazetteer()
    gaz.names()
    for pos in range(len(text) + 1):
        assert gaz.name_ending_at(text, pos, min_len) == _name_ending_at_by_every_length(gaz, text, pos, min_len)
        assert gaz.name_starting(text[pos:], min_len) == _name_starting_by_every_length(gaz, text[pos:], min_len)
