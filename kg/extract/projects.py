"""Project mentions: individually identified works, read by the trained decision from candidate spans.

``find_projects`` proposes candidates two ways: every head-anchored reading
(``spans.suggest``) and the hand-written patterns below (``ruled_projects``);
the shipped model (``decide.py``) scores them and keeps the best readings
that do not overlap. Without a model (before the first ``kg train``) the
hand-written patterns decide alone.

The hand-written patterns of the genre:

* a phrase ending in a project word (改建工程, 项目, 服务站, 物流园):
  S229沂邳线芝芳至张良段改建工程, 大新公铁联运物流园项目;
* the head of a clause that states figures for it (全长…, 总投资…):
  新增省道三级路中寨至米贝29.8km，总投资1.8亿元;
* a route with a segment: 临临高速沂源段建设, 省道311线武杨段主线红线内征拆.

Counts and aggregates (农村公路联网路建设项目3个) are not projects.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from kg.extract.common import CJK, CJK_FIRST, CJK_LAST, WordIndex, alternation, gated, longest_first
from kg.extract.decide import SpanModel, decide
from kg.extract.features import SpanContext
from kg.extract.positions import count_first
from kg.extract.spans import Candidate, Tokens, suggest, with_ruled
from kg.model import EntityType, Mention
from kg.reference.lexicon import Lexicon

#: Words of a text with their part-of-speech flags (jieba's tag set).
Tagger = Callable[[str], list[tuple[str, str]]]

#: What a project name is written with besides CJK characters (tested per character: a set, not a regex call).
_NAME_OTHER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789（）()·.+-")
#: Words a project name never starts with or runs across.
BOUNDARY = ("一是", "二是", "三是", "四是", "五是", "六是", "七是", "同时", "和", "的", "将", "已", "把", "对",
            "为", "在", "并", "目前", "当前", "今年", "年内", "重点", "力争", "确保", "督促", "配合", "随时掌握",
            "掌握", "密切掌握", "前期", "工作", "以及", "按", "率先", "完成了", "投资", "我县", "我市", "我区", "跟进",
            "进入", "入", "建立健全", "涵盖", "更加", "精准", "谋划")
#: Verbs that name the work itself and so may end a project name (…维修改造工程).
_WORK_WORDS = frozenset(("改造", "改建", "建设", "维修", "养护", "新建", "扩建", "提升", "整治", "修复", "加固", "中修",
                         "大修", "改造提升", "提质", "硬化", "拓宽", "罩面", "征拆", "拆迁", "建造"))
#: Parts of speech that cannot end the words before a project word (坚持项目, 该项目).
_BAD_LAST_POS = ("v", "d", "r", "p", "c", "u", "t", "f", "m", "q")
#: What may follow a project word for it to end a name (not 项目用地, 工程施工).
_FOLLOW_OK = re.compile(r"$|[，,。；;：:、）)\n（(]|建设|入库|前期|进展|列入|纳入|开工|完成|实施|等|和|及|已|正在|争取|"
                        r"规划|可行|设计|招标|手续|，|共|全长|总投资|投资|各项|\d")
#: A clause opening that states a project's figures.
FIGURES = re.compile(r"^(?P<len>\d+(?:\.\d+)?(?:km|公里|千米|米))?[，,：:]?(?:全长|总投资|投资|一期投资|桥长|规划占地|占地|总里程)")


MONEY_FIRST = re.compile(r"投资[^，。；]{0,12}元[，,]?(?:建成|建设|新建|完成|实施)(?P<name>[^，。；]{2,30}?)"
                         r"(?:XX|\d+(?:\.\d+)?)(?:公里|km|千米)")
_DATE_LEAD = re.compile(r"^\d{4}年(?:\d{1,2}月)?(?:底前|前|底)?")
_TRAILING_PARENS = re.compile(r"[（(][^）)]*[）)]$")
#: A class of works (各类, 二级公路改造), not one project.
_NOT_ONE_PROJECT = re.compile(r"或|以上|以下|各类|^[一二三四]级公路(?:建设|改造)?$")
_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:亩|万|亿|元|%)")
_CODE_LIKE = re.compile(r"[\dA-Za-z.（）()]+.{0,2}")
_COUNTED = re.compile(r"\d+(?:个|条|座|处|项)")
_CLAUSE_MARK = re.compile(r"[，,：:]")
_GLUED_LENGTH = re.compile(r"\d+(?:\.\d+)?(?:km|公里|千米|米)$")
_ROAD_END = re.compile(r"(路|线|公路)$")
_SEGMENT_WORD = re.compile(r"至|段")
_SEGMENT_AFTER_ROAD = re.compile(rf"[{CJK}]{{1,10}}?段(?:[{CJK}]{{0,8}}?(?:征拆|征迁|建设|工程|改造|改建))?")


@lru_cache(maxsize=4)
def _patterns(key: tuple[str, ...], lex: Lexicon) -> dict[str, re.Pattern[str]]:
    return {
        "head": gated(f"(?:{alternation(lex['project.heads'])})+"),
        "lead": re.compile(rf"^(?:{alternation(lex['project.lead_verbs'])})+"),
        "aggregate": gated("|".join(f"(?:{p})" for p in lex["project.aggregate_markers"])),
    }


@lru_cache(maxsize=4)
def _boundary_words(key: tuple[str, ...], lex: Lexicon) -> WordIndex:
    return WordIndex(BOUNDARY + tuple(lex["project.lead_verbs"]))


@lru_cache(maxsize=4)
def _heads(key: tuple[str, ...], lex: Lexicon) -> tuple[frozenset[str], tuple[int, ...]]:
    heads = frozenset(lex["project.heads"])
    return heads, tuple(sorted({len(h) for h in heads}, reverse=True))


def _last_head(text: str, lex: Lexicon) -> str:
    """The longest project word ``text`` ends with ("" if none): one set lookup per head length."""
    heads, lengths = _heads(lex.key(), lex)
    return next((text[-k:] for k in lengths if k <= len(text) and text[-k:] in heads), "")


def _walk_left(text: str, pos: int, limit: int = 34) -> int:
    i, depth = pos, 0
    while i > 0 and pos - i < limit:
        ch = text[i - 1]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                break
            depth -= 1
        elif not (CJK_FIRST <= ch <= CJK_LAST or ch in _NAME_OTHER_CHARS):
            break
        i -= 1
    return i


def _trim_left(text: str, start: int, end: int, lex: Lexicon, pats: dict[str, re.Pattern[str]]) -> int:
    chunk = text[start:end]
    cut = 0
    # boundary words cut anywhere; a lead verb cuts unless it ends the phrase (…三级公路建设)
    for word in _boundary_words(lex.key(), lex).present(chunk):
        at = chunk.rfind(word)
        if word not in BOUNDARY and at + len(word) > len(chunk) - 2:
            continue
        if at >= 0:
            # a word inside a parenthesis or a road name does not cut
            if chunk.count("（", 0, at) > chunk.count("）", 0, at):
                continue
            cut = max(cut, at + len(word))
    m = _DATE_LEAD.match(chunk[cut:])
    if m:
        cut += m.end()
    lead = pats["lead"].match(chunk, cut)
    if lead and lead.end() <= len(chunk) - 2:
        cut = lead.end()
    return start + cut


def _stem_names_something(stem: str, tag: Tagger) -> bool:
    """False when the words before a project word end in a verb, adverb or pronoun."""
    words = tag(stem)
    if not words or (len(words) == 1 and words[0][1].startswith("v")):
        return False  # a verb alone (突破项目) names nothing
    last, flag = words[-1]
    if last in _WORK_WORDS or last.endswith("段"):
        return True
    return not (flag.startswith(_BAD_LAST_POS) and not flag.startswith("vn")) and last != "该"


def _acceptable(name: str, lex: Lexicon, pats: dict[str, re.Pattern[str]]) -> bool:
    bare = _TRAILING_PARENS.sub("", name)
    generic = lex["project.generic"]
    if len(name) < 4 or bare in generic or name in lex.stop_names:
        return False
    tail = _last_head(bare, lex)
    stem = bare[: len(bare) - len(tail)]
    if stem in generic or _NOT_ONE_PROJECT.search(name):
        return False
    if _QUANTITY.search(name) or FIGURES.match(name):
        return False
    if pats["aggregate"].search(name):
        return False
    if name.count("（") != name.count("）") or name.count("(") != name.count(")"):
        return False
    return not _CODE_LIKE.fullmatch(name)


#: Characters no project's name opens with (none of the 7,131 annotated names and aliases does): function and
#: measure words (对沪蓉高速镇江段 is upkeep done on a road, 座桥 a count's tail).
NEVER_OPENS = frozenset("的了在是与及对把被为各该我此这也至等条个座处月年按")


#: Words that trace where a road runs (起于…止于…, 途经…, 北至…), which no work's name holds (none of the 7,131
#: annotated names and aliases does): 止于兴隆镇核桃坝村, 圣福天路起自县道阳索公路圣寺驼段, 北至嘉闵高架路.
ROUTE_WORDS = re.compile(r"^[东南西北]至|起自|起于|止于|终于|终至|途经")


def find_projects(text: str, lex: Lexicon, *, roads: list[Mention], agencies: list[Mention], tag: Tagger,
                  tokens: Tokens, regions: Sequence[Mention] = (), campaigns: Sequence[Mention] = (),
                  model: SpanModel | None = None,
                  keep_features: bool = False) -> tuple[list[Mention], list[tuple[Candidate, list[str]]]]:
    """Project mentions, and every candidate with its features (what ``kg train`` learns from).

    With a model, each candidate's probability is its mention's confidence and
    the rule reads ``projects.model`` plus the pattern that proposed it.
    """
    ruled = ruled_projects(text, lex, roads=roads, agencies=agencies, tag=tag)
    candidates = with_ruled(suggest(text, lex, tokens.starts, anchors=[(r.start, r.end) for r in roads],
                                    marks=tokens.clauses),
                            ruled, lambda m: _last_head(m.text, lex))
    # a work is never named from a count (26个农村公路提质改造项目 is a set of works: none of the 6,822 annotated
    # project names opens with one), nor from a function or measure word (对沪蓉高速镇江段), nor from road
    # categories alone (``_category_of_works``), nor from the words that trace a route (``ROUTE_WORDS``)
    opens_count = count_first(text, tokens.positions)
    category = _category_of_works(lex.key(), lex)
    candidates = candidates.where(~opens_count[candidates.start] & ~candidates.opening_with(text, NEVER_OPENS) & ~np.array(
        [category.fullmatch(name) is not None or ROUTE_WORDS.search(name) is not None
         for name in candidates.texts(text)], dtype=bool))
    by_span = {(m.start, m.end): m for m in ruled}
    ctx = SpanContext.of(text, tokens.starts, tokens.ends, tokens.words, roads=roads, regions=regions,
                         agencies=agencies, campaigns=campaigns, ruled=ruled, candidates=candidates,
                         generic=lex["project.generic"], verbs=lex["span.inner_verbs"], positions=tokens.positions)
    # a generic phrase (安全生命防护工程, 重点项目: a programme or a category, in the lexicon) is never a project
    chosen, featured = decide(ctx, candidates, model, stop_names=lex.stop_names | frozenset(lex["project.generic"]),
                              keep_features=keep_features)
    if model is None:
        return ruled, featured
    found = []
    for p, c in chosen:
        known = by_span.get((c.start, c.end))
        name = known.name if known is not None else text[c.start:c.end]
        found.append(Mention(EntityType.PROJECT, c.start, c.end, text[c.start:c.end], name=name,
                             rule=f"projects.model({c.rule})", confidence=round(p, 3)))
    return found, featured


@lru_cache(maxsize=8)
def _category_of_works(key: tuple[str, ...], lex: Lexicon) -> re.Pattern[str]:
    """A road category, works on it and a head (国道改建项目, 农村公路提质改造项目), or a list of such joined by
    和, 及, 与 or 、 (国道改建项目和县乡道路维修改造工程): categories of works, no project."""
    one = (f"(?:{alternation(lex['project.category_stems'])})+(?:{alternation(lex['project.category_works'])})*"
           f"(?:{alternation(lex['project.category_heads'])})?")
    return re.compile(f"{one}(?:[和及与、]{one})*")


def ruled_projects(text: str, lex: Lexicon, *, roads: list[Mention], agencies: list[Mention],
                   tag: Tagger) -> list[Mention]:
    """Project mentions by the hand-written patterns; spans inside an agency name (…指挥部) are not projects.

    ``tag`` is the segmenter's part-of-speech tagger (words with jieba's flags).
    """
    pats = _patterns(lex.key(), lex)
    blocked = [(a.start, a.end) for a in agencies]
    found: list[Mention] = []
    # roads by start: an item's first road is found by bisect, not by scanning every road of the report
    by_start = sorted(roads, key=lambda r: r.start)
    road_starts = [r.start for r in by_start]

    def add(start: int, end: int, rule: str, confidence: float) -> None:
        while start < end and text[start] in "，,、：:（(":
            start += 1
        name = text[start:end]
        if not _acceptable(name, lex, pats):
            return
        if any(s <= start and end <= e for s, e in blocked):
            return
        found.append(Mention(EntityType.PROJECT, start, end, name, name=name, rule=rule, confidence=confidence))

    # 1. names ending in a project word
    for m in pats["head"].finditer(text):
        follow = text[m.end():m.end() + 4]
        if not _FOLLOW_OK.match(follow) or _COUNTED.match(follow):
            continue
        end = m.end()
        if end < len(text) and text[end] in "（(":  # 县乡道路维修改造工程（EPC）
            close = text.find("）" if text[end] == "（" else ")", end, end + 12)
            if close > 0:
                end = close + 1
        left = _walk_left(text, m.start())
        start = _trim_left(text, left, m.start(), lex, pats)
        last_head = _last_head(m.group(), lex)
        if m.start() - start < 2 or not _stem_names_something(text[start:m.end() - len(last_head)], tag):
            continue
        add(start, end, "projects.head_word", 0.8)
        # 甲、乙改建工程: the head word is shared by the road items before it
        at = start
        while text[at - 1:at] == "、":
            item_end = at - 1
            walked = _walk_left(text, item_end)
            k = bisect_left(road_starts, walked)
            if k == len(road_starts) or road_starts[k] >= item_end:
                break
            item_start = road_starts[k]
            item = text[item_start:item_end]
            if pats["head"].search(item):
                break  # an item with a head of its own (甲改建工程、乙改建工程) ends the list this head is shared by
            if _acceptable(item + m.group(), lex, pats):
                found.append(Mention(EntityType.PROJECT, item_start, item_end, item, name=item + m.group(),
                                     rule="projects.shared_head", confidence=0.7))
            at = item_start

    # 2. the head of a clause followed by its figures
    for m in _CLAUSE_MARK.finditer(text):
        if not FIGURES.match(text[m.end():m.end() + 16]):
            continue
        end = m.start()
        glued = _GLUED_LENGTH.search(text[max(0, end - 12):end])
        name_end = end - len(glued.group()) if glued else end
        left = _walk_left(text, name_end)
        start = _trim_left(text, left, name_end, lex, pats)
        if name_end - start < 3:
            continue
        # keep a glued length in the name when the name is only a kind of road (…资源产业路9.45km)
        if glued and _ROAD_END.search(text[start:name_end]) and not _SEGMENT_WORD.search(text[start:name_end]):
            name_end = end
        add(start, name_end, "projects.figures_clause", 0.7)

    # 3. the amount first: 投资XX万元，建成XX产业路XX公里
    for m in MONEY_FIRST.finditer(text):
        add(m.start("name"), m.end("name"), "projects.after_investment", 0.65)

    # 4. a route with a segment: 临临高速沂源段建设
    for road in roads:
        seg = _SEGMENT_AFTER_ROAD.match(text[road.end:road.end + 24])
        if seg:
            add(road.start, road.end + seg.end(), "projects.road_segment", 0.75)

    return longest_first(found)
