"""Property-based tests: cleaning and normalisation never crash, offsets stay true, amounts stay sane."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.clean import clean
from kg.extract.money import find_lengths, find_money, parse_amount
from kg.extract.roads import find_roads, normalise_code
from kg.lexicon import load

LEX = load()
# text like the genre's: CJK, digits (half and full width), codes, units, punctuation, noise markers
GENRE = st.lists(st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
    st.sampled_from(list("0123456789０１２３４５６７８９.．+＋-－ XxGSYCZKk万亿元余约多公里米kmＳ，。；、（）“”\n\t\u3000")),
    st.sampled_from(["##paidbegin##", "##paidend##", "[bookmark: _Toc30050]", "省道", "国道", "XX万元", "总投资"]),
    st.characters(),
), max_size=80).map("".join)


@given(GENRE)
@settings(max_examples=300, deadline=None)
def test_offsets_point_back_to_the_same_characters(raw):
    c = clean(raw)
    assert len(c.index) == len(c.text) + 1 and c.index[-1] == len(raw)
    for i, ch in enumerate(c.text):
        original = raw[c.index[i]]
        assert original == ch or (ord(original) - 0xFEE0 == ord(ch)) or (original in "＋－．％／～" and ch in "+-.%/~") \
            or (ch == " " and original.isspace())
    assert list(c.index) == sorted(c.index)


@given(GENRE)
@settings(max_examples=300, deadline=None)
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
@settings(max_examples=200, deadline=None)
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
