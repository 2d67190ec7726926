"""Road mentions: route codes (S311, G6512), Chinese forms (省道311线) and names.

Codes are exact and stay rules. Names without a code (鹿寨至钦州港高速公路,
平鹿二级公路, 沿江高速) are read like project names: head-anchored candidates
(``spans.suggest``) and the named-route patterns below, scored by the shipped
road model (``decide.py``); without a model the patterns decide alone.

Codes are normalised to one capital letter plus digits; the level comes
from the letter and digit count (GB/T 917): G + 3 digits is a national road,
G + 1, 2 or 4 digits an expressway, S + 3 digits a provincial road.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import cast

import numpy as np

from kg.extract.common import CJK, alternation, gated, is_common_word
from kg.extract.decide import SpanModel, decide
from kg.extract.features import SpanContext
from kg.extract.positions import member
from kg.extract.spans import Candidate, Tokens, suggest, with_ruled
from kg.model import EntityType, Mention, RoadLevel
from kg.reference.lexicon import Lexicon

_LETTER_LEVEL = {"G": RoadLevel.NATIONAL, "S": RoadLevel.PROVINCIAL, "X": RoadLevel.COUNTY,
                 "Y": RoadLevel.TOWNSHIP, "C": RoadLevel.VILLAGE, "Z": RoadLevel.SPECIAL}

#: A name glued after a code: 淄安路, 黄海线, 秀从高速公路 (never a segment 芝芳至张良段).
_NAME_AFTER_CODE = rf"(?P<name>[{CJK}]{{1,4}}?(?:高速公路|高速|线|路))"
#: A route code; written in lowercase too (国道g330线, x412县道, s101线), which the genre does often enough that
#: a rule must: a lowercase letter needs two digits, so that x2 (a multiplication) is no road.
CODE = gated(rf"(?<![A-Za-z0-9])(?:(?P<letter>[GSXYCZ])(?P<digits>\d{{1,4}})|(?P<lower>[gsxycz])(?P<ldigits>\d{{2,4}}))"
             rf"(?![\d.%A-Za-z])(?P<xian>线)?(?:{_NAME_AFTER_CODE})?")


def code_parts(m: re.Match[str]) -> tuple[str, str]:
    """The letter (upper case) and digits of a ``CODE`` match."""
    return (m["letter"], m["digits"]) if m["letter"] else (m["lower"].upper(), m["ldigits"])
#: Place initials + 高速(公路): 沪昆高速, 临临高速公路.
EXPRESSWAY = re.compile(rf"(?P<stem>[{CJK}]{{2}})(?P<suffix>高速公路|高速)")
#: Short named routes: 禾步线、步米线; 白计路和…; 韩金路等.
NAMED = re.compile(rf"(?P<name>[{CJK}]{{2,3}}(?:线|路))(?=[、，,。；和及与等）)”沿]|完成|改建|改造|建设)")
#: Characters that never stand in an abbreviated route name.
#: Characters no road's name opens with (none of the annotated names does): function words and measure words,
#: 对大南街 (对 + 大南街), 7条支路 (条 + 支路), 9月上线 (月 + 上线).
NEVER_OPENS = frozenset("的了在是与及对把被将为以于各该我此这也至等条个座处月年")
#: A line by its number (地铁2号线, 轨道交通9号线) is a railway's, never a road's: 20 in the annotated
#: reports' texts, none a gold road.
NEVER_ENDS = ("号线",)
#: A count of routes (湄石三条高速, 许昌至信阳两条高速) names several roads, never one: no gold road name of the
#: annotated reports holds one.
COUNTED = re.compile(r"[两二三四五六七八九十\d]条")
FUNCTION_CHARS = frozenset("就会的了在是和与及从对把被将向为以于入进省市县区家国全各该本我其此这那有无已均都也至等条个")


def _at_word_edge(text: str, start: int) -> bool:
    """False when ``start`` falls inside an ordinary word (湖|南省 -> 湖南)."""
    return start == 0 or not is_common_word(text[start - 1:start + 1], 1)


def road_level(letter: str, digits: str, *, named_expressway: bool = False) -> RoadLevel:
    """Level of a route from its code.

    >>> road_level("G", "6512").value, road_level("G", "210").value, road_level("S", "311").value
    ('expressway', 'national', 'provincial')
    """
    if letter == "G" and (len(digits) in (1, 2, 4) or named_expressway):
        return RoadLevel.EXPRESSWAY
    if letter == "S" and len(digits) in (1, 2, 4) and named_expressway:
        return RoadLevel.EXPRESSWAY
    return _LETTER_LEVEL[letter]


def normalise_code(text: str, lex: Lexicon | None = None) -> str | None:
    """Route code of a written form, or None.

    >>> normalise_code("省道311线"), normalise_code("国道G210线"), normalise_code("X009淄安路")
    ('S311', 'G210', 'X009')
    """
    m = CODE.search(text)
    if m:
        return "".join(code_parts(m))
    levels = lex["road.chinese_levels"] if lex else {"国道": "G", "省道": "S", "县道": "X", "乡道": "Y", "村道": "C"}
    m = re.search(rf"({alternation(levels)})\s*(\d{{1,4}})", text)
    if m:
        return levels[m.group(1)] + m.group(2)
    return None


#: What may not follow a road's number: a decimal or a unit makes the figure a quantity (县道673公里, 国道1.2万).
_NO_UNIT = r"(?![.．]\d|\s*(?:公里|千米|[kK][mM]|米|万|亿|元|座|个|条|处|%|％))"


@lru_cache(maxsize=4)
def _patterns(key: tuple[str, ...], lex: Lexicon) -> dict[str, re.Pattern[str] | None]:
    known = lex.get("road.expressways", {}) or {}
    return {
        # a figure with its unit is a length, not a number: 国道114公里、省道267公里 is mileage by class
        "chinese": re.compile(rf"(?P<kind>{alternation(lex['road.chinese_levels'])})(?P<letter>[GSXYCZgsxycz])?"
                              rf"(?P<digits>\d{{1,4}})(?!\d){_NO_UNIT}(?P<xian>线)?"),
        # the old order, number first: 231县道, 308省道, 361国道; also right after a line's item number (11.637国道),
        # though not after other figures (3.5国道 is no road)
        "number_first": re.compile(rf"(?:(?<=^\d\.)|(?<=^\d\d\.)|(?<![\d.A-Za-z]))(?P<digits>\d{{1,4}})"
                                   rf"(?P<kind>{alternation(lex['road.chinese_levels'])})(?P<xian>线)?", re.M),
        "known": re.compile(rf"(?P<stem>{alternation(known)})(?P<suffix>高速公路|高速)(?!出口|入口|收费站)")
        if known else None,
    }


def find_roads(text: str, lex: Lexicon) -> list[Mention]:
    """All road mentions in ``text``, in order, without overlaps."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(m: Mention) -> None:
        if any(m.start < e and s < m.end for s, e in taken):
            return
        taken.append((m.start, m.end))
        out.append(m)

    pats = _patterns(lex.key(), lex)
    levels = lex["road.chinese_levels"]
    for m in cast(re.Pattern[str], pats["chinese"]).finditer(text):
        letter = levels[m["kind"]]
        code = letter + m["digits"]
        add(Mention(EntityType.ROAD, m.start(), m.end(), m.group(), name=m.group(), code=code,
                    level=road_level(letter, m["digits"]).value, rule="roads.chinese_form", confidence=0.95))

    for m in cast(re.Pattern[str], pats["number_first"]).finditer(text):
        letter = levels[m["kind"]]
        code = letter + m["digits"]
        add(Mention(EntityType.ROAD, m.start(), m.end(), m.group(), name=m.group(), code=code,
                    level=road_level(letter, m["digits"]).value, rule="roads.number_first", confidence=0.9))

    generic = set(lex["road.generic_names"])
    not_after = tuple(lex["road.not_after"])
    for m in CODE.finditer(text):
        name = m["name"]
        end = m.end()
        # the code's class written after it (G112国道改线工程): the class ends the mention and names nothing
        level = next((word for word in levels if name and name.startswith(word)), None)
        if level:
            name, end = None, m.start("name") + len(level)
        if name and (name in generic or (name.endswith(("公路",)) and not name.endswith("高速公路"))):
            name = None
        end = m.end("name") if name else end
        letter, digits = code_parts(m)
        code = letter + digits
        level = road_level(letter, digits, named_expressway=bool(name and "高速" in name))
        add(Mention(EntityType.ROAD, m.start(), end, text[m.start():end], name=name or code, code=code,
                    level=level.value, rule="roads.code" + ("+name" if name else ""), confidence=0.95))

    known = lex.get("road.expressways", {}) or {}
    if pats["known"] is not None:
        for m in pats["known"].finditer(text):
            code = known[m["stem"]]
            add(Mention(EntityType.ROAD, m.start(), m.end(), m.group(), name=m.group(), code=code,
                        level=RoadLevel.EXPRESSWAY.value, rule="roads.expressway_lexicon", confidence=0.9))
    for m in EXPRESSWAY.finditer(text):
        stem, start = m["stem"], m.start()
        if (is_common_word(stem) or stem in generic or FUNCTION_CHARS.intersection(stem)
                or not _at_word_edge(text, start) or text.startswith(not_after, m.end())):
            continue
        add(Mention(EntityType.ROAD, start, m.end(), text[start:m.end()], name=text[start:m.end()],
                    level=RoadLevel.EXPRESSWAY.value, rule="roads.expressway_name", confidence=0.8))

    for m in NAMED.finditer(text):
        for start in (m.start(), m.start() + 1) if len(m["name"]) == 4 else (m.start(),):
            name = text[start:m.end()]
            stem = name[:-1]
            if (name in generic or name[-2:] in generic or is_common_word(name, 1)
                    or is_common_word(stem, 300) or is_common_word(stem[:2], 300)
                    or FUNCTION_CHARS.intersection(stem) or not _at_word_edge(text, start)):
                continue
            add(Mention(EntityType.ROAD, start, m.end(), name, name=name,
                        level=RoadLevel.UNKNOWN.value, rule="roads.named_route", confidence=0.7))
            break
    out.sort(key=lambda x: x.start)
    return out


def decide_roads(text: str, lex: Lexicon, ruled: list[Mention], *, tokens: Tokens, regions: Sequence[Mention] = (),
                 model: SpanModel | None = None,
                 keep_features: bool = False) -> tuple[list[Mention], list[tuple[Candidate, list[str]]]]:
    """Road mentions: the coded ones as the rules found them, the named ones as ``model`` chooses.

    Returns them with every named candidate and its features (what ``kg train`` learns from).
    """
    coded = [m for m in ruled if m.code]
    named = [m for m in ruled if not m.code]
    taken = sorted((m.start, m.end) for m in coded)

    # a road's name never opens with a verb of the genre (推进高速…, 实施公路…), nor overlaps a coded road
    verbs = frozenset(lex["project.lead_verbs"]) | frozenset(lex["campaign.lead_verbs"])
    verb_starts = np.array([s for s, w in zip(tokens.starts, tokens.words, strict=True) if w in verbs], dtype=np.int64)
    coded_chars = np.zeros(len(text) + 1, dtype=np.int64)
    for start, end in taken:
        coded_chars[start] += 1
        coded_chars[end] -= 1
    coded_before = np.concatenate([[0], np.cumsum(np.cumsum(coded_chars)[:-1] > 0)])  # coded characters before p
    suggested = suggest(text, lex, tokens.starts, field="road.name_heads", rule="spans.road_head",
                        marks=tokens.clauses)
    free = coded_before[suggested.end] == coded_before[suggested.start]
    candidates = with_ruled(suggested.where(free & ~suggested.opening_with(text, NEVER_OPENS)
                                            & ~member(suggested.start, verb_starts)), named,
                            lambda m: m.text[-2:])
    ctx = SpanContext.of(text, tokens.starts, tokens.ends, tokens.words, roads=coded, regions=regions,
                         ruled=named, candidates=candidates, generic=lex["road.generic_names"], positions=tokens.positions)
    chosen, featured = decide(ctx, candidates, model, stop_names=lex.stop_names, keep_features=keep_features)
    if model is None:
        return ruled, featured
    found = list(coded)
    code_ending = {m.end: m for m in coded}
    code_starting = {m.start: m for m in coded}
    for p, c in chosen:
        name = text[c.start:c.end]
        if name.endswith(NEVER_ENDS) or COUNTED.search(name):
            continue  # vetoed after the decision, which learns from every reading of the genre's heads
        level = RoadLevel.EXPRESSWAY if "高速" in c.head else RoadLevel.UNKNOWN
        written_with = _code_beside(text, c.start, c.end, code_ending, code_starting)
        found.append(Mention(EntityType.ROAD, c.start, c.end, name, name=name, level=level.value,
                             code=written_with.code if written_with else None,
                             rule=f"roads.model({c.rule})", confidence=round(p, 3)))
    return sorted(found, key=lambda m: (m.start, m.end)), featured


def _code_beside(text: str, start: int, end: int, code_ending: dict[int, Mention],
                 code_starting: dict[int, Mention]) -> Mention | None:
    """The coded road a name is written with: the code right before it or bracketed after it (县道X302新镜线,
    县道X317（三幸线）, 青岛至兰州高速公路（G22）): the name is that road's, not a road of its own."""
    if start in code_ending:
        return code_ending[start]
    if text[start - 1:start] in ("（", "(") and text[end:end + 1] in ("）", ")"):
        return code_ending.get(start - 1)
    if text[end:end + 1] in ("（", "("):
        code = code_starting.get(end + 1)
        if code is not None and text[code.end:code.end + 1] in ("）", ")"):
            return code
    return None
