"""Agency mentions: bureaus, governments, party bodies, institutions, enterprises.

An agency name is built the way the genre builds it: an optional region
prefix (湖南省, XX县, 省, 中共…), a function (交通运输, 自然资源, 某) and an
organisational ending (局, 厅, 委员会办公室, 大队); or a name of its own
ending in 有限公司 / 客运站 / 领导小组办公室. Self references (我局) are
kept as mentions whose name is resolved to the issuer later.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.common import CJK, LIST_JOINER, WordIndex, alternation, gated, longest_first
from kg.model import EntityType, Mention
from kg.reference.gazetteer import LEVEL_SUFFIXES, TOWN_SUFFIXES, gazetteer
from kg.reference.lexicon import Lexicon

#: Words after which a name starts (the name never includes them).
BOUNDARY_WORDS = (
    "严格执行", "认真执行", "执行", "按照", "根据", "经", "由", "被", "向", "对", "与", "和", "及", "同", "跟", "在", "为",
    "于", "将", "把", "配合", "协调", "联合", "召开", "成立了", "成立", "组织", "邀请", "支持", "全力支持", "单位", "联系",
    "对接", "加强", "协助", "会同", "报请", "提请", "接受", "获得", "荣获", "是", "的", "等", "请", "致函", "商请", "已",
    "完成", "通过", "参加", "举办", "指导", "下发", "印发", "列入", "纳入", "入选", "评为", "表彰", "牵头", "推动",
    "负责", "依托", "督促", "积极", "主动", "跟踪", "拜访", "同时", "以及", "还", "也", "均", "都", "并", "已将", "给",
    "自治区级", "开展", "做好", "当前", "目前", "原", "挂牌", "深入", "到", "从", "充实", "选优", "按", "约谈", "组建",
)
_BOUNDARY = WordIndex(BOUNDARY_WORDS)
_MAX_NAME = 18
PARTNER_LIST = re.compile(rf"(?:联合|会同|协调|配合|协同)(?P<items>(?:[{CJK}]{{2,8}}[、和及]){{0,6}}[{CJK}]{{2,8}}?)等(?:部门|单位)")


_LEVEL = r"(?P<lvl>X{2,}自治区|X{2,}[省市县区旗镇乡村州]|自治区|[省市县区州盟旗镇乡])"
_NAME_CHAR = re.compile(rf"[{CJK}X·]")
#: Stems that make a station generic (乡镇综合服务站), not a named one.
_GENERIC_STATION = re.compile(r"综合|乡镇|农村|城乡|各|县级|村级")
#: A class of facilities (县级…服务中心, 镇级…服务站) or one being built (建成, 新建): not an organisation's name.
_FACILITY_CLASS = re.compile(r"[省市县区镇乡村]级|建成|新建")
#: "Every county's / district's …" before a bureau's function: 各区交通运输局, 各县（市、区）交通运输局, 各市州….
_EVERY_LEVEL_BEFORE = re.compile(r"各(?:[省市县区州盟旗]|[（(][市县区、]{1,5}[）)])*$")
_LIST_SEPARATOR = re.compile(r"[、和及]")
#: A body named by its level and a function the lexicon does not list: 县文化广电新闻出版旅游局, 市供销合作社,
#: 县公路养护中心, 省交投集团, 市交通运输综合执法支队, and an office by its short name (县治超办, 市网信办; not 办理,
#: 办法). Found only where a name can start (after a clause mark,
#: a boundary word such as 联合 / 会同, or a region name), with no function word inside its stem.
LEVEL_NAMED = re.compile(rf"(?P<lvl>[省市县区州盟旗])(?P<stem>[{CJK}]{{2,11}}?)"
                         rf"(?P<suffix>(?:局|厅|委|中心|总队|支队|大队|执法队|联合社|合作社|供销社|集团)(?![{CJK}]{{0,2}}[局厅委队社])"
                         r"|(?<![交督承主协申代举创开筹试包查催移转])办(?![理法事结件好成学案证照公]))")
_STEM_STOP = re.compile(r"[的了在对将把并等及与、是为各全其该本我]|和[省市县区州]|开展|完成|推进|实施|加强|工作|部门|管理局|交通运输局|"
                        r"^[城级域内外乡镇道]|(?:布|格|大|结|当|开)$")
#: A 中心 of these is a facility being built or run (物流配送中心, 数据中心), not a body that acts.
_FACILITY_CENTRE = re.compile(r"物流|配送|冷链|集散|分拨|换乘|共配|数据|调度|监测|指挥")
#: How a company's registered name marks it a group, inside its name: 天津港（集团）有限公司.
_GROUP_MARKS = ("（集团）", "(集团)")
_NAME_EDGE = frozenset("，,。；;：:、（(）)“”《》\n 　") | {""}


@lru_cache(maxsize=4)
def _lead_verbs(key: tuple[str, ...], lex: Lexicon) -> re.Pattern[str]:
    """The genre's leading verbs (推进, 加快, 严格落实, 开工建设 …), one or more in a row: what a station or unit
    named after them does not begin with (推进白沙汽车站 is 白沙汽车站; 严格落实客运站 names none)."""
    return re.compile(rf"(?:{alternation(lex['project.lead_verbs'] + lex['campaign.lead_verbs'])})+")


@lru_cache(maxsize=4)
def _patterns(key: tuple[str, ...], lex: Lexicon) -> dict[str, re.Pattern[str]]:
    functions = alternation(lex["agency.functions"] + ["某"])
    suffixes = alternation(lex["agency.suffixes"])
    gov = alternation(lex["agency.government_suffixes"])
    names = alternation(lex["agency.names"])
    return {
        "department": gated(rf"{_LEVEL}?(?:{functions})(?:{suffixes})(?![门置理罚分长面署级])(?:[{CJK}]{{0,8}}?(?:办公室))?"),
        "government": gated(rf"{_LEVEL}(?:{gov})(?:[{CJK}]{{2,12}}?委员会)?(?:办公室)?"),
        "named": gated(rf"(?P<lvl>)(?:{names})(?![门置理罚分长面署级])"),
        # 集团 ends a group's short name (蜀道集团, 湖北交投集团), not 集团化 or a longer ending it opens
        "enterprise": re.compile(rf"(?:{alternation(lex['agency.enterprise_suffixes'])})(?!化|有限|股份|公司)"),
        "station": re.compile(rf"(?:{alternation(lex['agency.station_suffixes'])})"),
        "unit": re.compile(rf"(?:{alternation(lex['agency.unit_suffixes'])})(?:办公室)?"),
        "self": re.compile(alternation(lex["agency.self_reference"])),
    }


def _with_regions(text: str, m: re.Match[str]) -> int:
    """Start of an agency name once the region names written before it are included.

    湖南省 + 交通运输厅, 怀化市新晃县 + 交通运输局, 中共 + XX县 + 委员会: region names are
    looked up in the gazetteer (up to three in a row) rather than matched by one huge pattern.
    """
    gaz = gazetteer()
    start = m.start()
    level = m.group("lvl") or ""
    if level and len(level) == 1:
        # the level character may end a longer region name: 新晃 + 县; not a verb of the genre that is also
        # a county's name (会同 + 县公安局 is "together with the county police", whatever 会同县 is)
        name = gaz.name_ending_at(text, start + 1)
        if name and len(name) > 1 and name[:-1] not in BOUNDARY_WORDS:
            start = start + 1 - len(name)
    for _ in range(3):
        name = gaz.name_ending_at(text, start)
        if not name or (len(name) < 3 and not name.endswith((*LEVEL_SUFFIXES, *TOWN_SUFFIXES))) \
                or name[:-1] in BOUNDARY_WORDS:
            break  # 会同县 before 公安交警大队 is "together with", as above
        start -= len(name)
    if text[start - 2:start] == "中共":
        start -= 2
    return start


def _left_name(text: str, end_of_stem: int, *, min_len: int = 2) -> int | None:
    """Start of a name that ends at ``end_of_stem``: back to a clause edge or boundary word."""
    i = end_of_stem
    while i > 0 and end_of_stem - i < _MAX_NAME:
        if text.endswith(_GROUP_MARKS, 0, i):
            i -= 4  # 新疆交通投资（集团）有限责任公司: the group mark is part of a company's registered name
        elif _NAME_CHAR.match(text[i - 1]):
            i -= 1
        else:
            break
    start = i + _BOUNDARY.last_end(text[i:end_of_stem])
    start = _whole_place(text, i, start, end_of_stem)
    if end_of_stem - start < min_len:
        return None
    return start


def _whole_place(text: str, limit: int, start: int, end: int) -> int:
    """``start`` moved back to the start of a region name it cuts, no further than ``limit``.

    A boundary word can be part of a place's name: the 和 of 呼和浩特市 is no "and", the 同 of 同江市 no
    "with"; a name starts before the place, not inside it. A verb that is a county's name is still the verb
    (会同 + 市交通运输事务服务中心: 会同县 is no 会同市).
    """
    gaz = gazetteer()
    for p in range(min(end, start + 6), start, -1):
        name = gaz.name_ending_at(text, p, min_len=3)
        if name and limit <= p - len(name) < start and name[:-1] not in BOUNDARY_WORDS:
            return p - len(name)
    return start


def find_agencies(text: str, lex: Lexicon) -> list[Mention]:
    """All agency mentions, longest first where they overlap."""
    pats = _patterns(lex.key(), lex)
    leading = _lead_verbs(lex.key(), lex)
    generic = set(lex["agency.generic"])
    stop = lex.stop_names
    found: list[Mention] = []

    def add(start: int, end: int, rule: str, confidence: float) -> None:
        if rule == "agencies.department" and text.startswith("中共", start):
            start += 2  # 中共XX县交通运输局党组: the bureau itself
        name = text[start:end]
        bare = name.removeprefix("中共")
        if name in generic or bare in generic or name in stop or len(name) < 2:
            return
        if _EVERY_LEVEL_BEFORE.search(text, max(0, start - 12), start):
            return  # 各县（市、区）交通运输局: every county's bureau, a group with no identity
        found.append(Mention(EntityType.AGENCY, start, end, name, name=name, rule=rule, confidence=confidence))

    for key, conf in (("department", 0.9), ("government", 0.85), ("named", 0.9)):
        for m in pats[key].finditer(text):
            add(_with_regions(text, m), m.end(), f"agencies.{key}", conf)
    for key, conf, min_stem in (("enterprise", 0.8, 2), ("station", 0.6, 2), ("unit", 0.7, 2)):
        for m in pats[key].finditer(text):
            start = _left_name(text, m.start(), min_len=min_stem)
            if start is None:
                continue
            if key in ("station", "unit") and (lead := leading.match(text, start, m.start())):
                start = lead.end()
            stem = text[start:m.start()]
            if len(stem) < min_stem:
                continue
            if text[start - 1:start].isdigit():
                continue  # 10个镇级快递公共服务中心: counted facilities, not one organisation
            if key == "station" and (stem in generic or _GENERIC_STATION.search(stem)):
                continue  # a station of two characters' stem (寿宁汽车站) too: only the ones that act are kept
            if _FACILITY_CLASS.search(stem):
                continue  # 义县建成县级客货邮综合服务中心2个: facilities of a class being built, not a body
            add(start, m.end(), f"agencies.{key}", conf)
    gaz = gazetteer()
    for m in LEVEL_NAMED.finditer(text):
        start = m.start()
        before = text[start - 1:start]
        stem = m["stem"]
        if _STEM_STOP.search(stem) or _FACILITY_CLASS.search(stem) \
                or (m["suffix"] == "中心" and _FACILITY_CENTRE.search(stem)) \
                or any(len(w) > 1 for w in _BOUNDARY.present(stem)) or not (
                before in _NAME_EDGE or _BOUNDARY.last_end(text[max(0, start - 4):start]) == min(4, start)
                or gaz.name_ending_at(text, start) or gaz.name_ending_at(text, start + 1)):
            continue  # the level may end a region's name of one character and its level: 郏县, 沛县
        add(_with_regions(text, m), m.end(), "agencies.level_named", 0.7)
    # 联合公安交警、路政等部门: the listed partners are organisations even when named by function alone
    for m in PARTNER_LIST.finditer(text):
        pos = m.start("items")
        for item in _LIST_SEPARATOR.split(m["items"]):
            if 2 <= len(item) <= 8 and item not in generic and item not in stop:
                found.append(Mention(EntityType.AGENCY, pos, pos + len(item), item, name=item,
                                     rule="agencies.partner_list", confidence=0.6))
            pos += len(item) + 1
    for m in pats["self"].finditer(text):
        found.append(Mention(EntityType.AGENCY, m.start(), m.end(), m.group(), name=m.group(),
                             rule="agencies.self_reference", confidence=0.95))

    return _join_units(text, _acting_stations(text, longest_first(found)), lex)


#: What a station that acts does, right after its name (蒙自汽车客运站落实进站安检, 修水汽车站增开加班车,
#: 勉县定军一级客运站全年发送旅客), and what is done to one that answers for itself (督促寿宁汽车站…, 支持塘沽客运站…).
_STATION_ACTS = re.compile(r"(?:全年|今年|年内|及时|累计|共|已)?(?:发送|增开|加开|开通|开行|恢复|落实|组织|运送|投放)")
_STATION_ANSWERS = re.compile(r"(?:督促|支持|指导|要求|联合|会同|配合|协调)$")


def _acting_stations(text: str, found: list[Mention]) -> list[Mention]:
    """The agencies, with a station kept only where it acts as a business (the guidelines' 平安利达客运站).

    A station is far more often the facility built, rebuilt or served (建成X汽车客运站, X客运站迁建项目, 优先覆盖
    客运站): of about 70 stations the annotated reports' texts name by a station's ending, 13 are gold agencies,
    and those act (落实, 发送, 增开 after the name; 督促, 支持 before it) or stand in a list of agencies.
    """
    def listed_with(i: int, j: int) -> bool:
        """Whether ``found[j]``, no station, stands next to ``found[i]`` in a list (、, 和 … alone between them)."""
        if not 0 <= j < len(found) or found[j].rule == "agencies.station":
            return False
        left, right = sorted((found[i], found[j]), key=lambda m: m.start)
        return left.end <= right.start and LIST_JOINER.fullmatch(text, left.end, right.start) is not None

    return [m for i, m in enumerate(found)
            if m.rule != "agencies.station" or _STATION_ACTS.match(text, m.end)
            or _STATION_ANSWERS.search(text, max(0, m.start - 4), m.start) or listed_with(i, i - 1) or listed_with(i, i + 1)]


@lru_cache(maxsize=4)
def _branch_pattern(key: tuple[str, ...], lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[{CJK}]{{1,5}}?(?:{alternation(lex['agency.branch_suffixes'])})")


def _with_branches(text: str, found: list[Mention], branch: re.Pattern[str]) -> list[Mention]:
    """Each agency extended by a branch written right after it, up to the next agency."""
    out = []
    for i, m in enumerate(found):
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        b = branch.match(text, m.end)
        if b and b.end() <= limit and m.rule != "agencies.self_reference":
            name = text[m.start:b.end()]
            m = Mention(EntityType.AGENCY, m.start, b.end(), name, name=name, rule=m.rule, confidence=m.confidence)
        out.append(m)
    return out


def _join_units(text: str, found: list[Mention], lex: Lexicon | None = None) -> list[Mention]:
    """An agency written right after another is its unit: 市公安局 + 交警支队 -> 市公安局交警支队;
    so is a branch named after it (市公安局 + 宁河分局 + 交通警察支队)."""
    if lex is not None:
        found = _with_branches(text, found, _branch_pattern(lex.key(), lex))
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == m.start and m.rule in ("agencies.department", "agencies.unit")
                and prev.rule in ("agencies.department", "agencies.government", "agencies.named")
                and not m.text.startswith(("省", "市", "县", "区"))):
            name = text[prev.start:m.end]
            out[-1] = Mention(EntityType.AGENCY, prev.start, m.end, name, name=name, rule=m.rule,
                              confidence=min(prev.confidence, m.confidence))
        else:
            out.append(m)
    return out
