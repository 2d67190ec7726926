"""Which project mentions of one report name one work.

The genre names a work in full once and then in shorter or other forms; each
rule below joins a mention to a project named before it, in this order, and
the first that applies wins:

1. its key (``project_key``: no quotes, suffixes such as 工程 or 建设项目, or
   qualifying brackets) equals, or stands inside, an earlier project's key
   (临临高速沂源段建设 = 临临高速公路沂源段);
2. a route named by its two ends and its short name (``route_abbreviation``:
   榆林至神木高速公路 = 榆神高速), also where the full name goes on with a segment
   and the short one names the route alone (``abbreviates``: 景礼高速 for
   S35景泰至礼县高速公路定西段), in either order, when exactly one project
   before reads so;
3. the same key once each road inside the name is written as the road's
   identity (``name_with_road_identities``: 国道312线… = 312国道…);
4. a shortened form of exactly one earlier project (``shortens``: 国道G201线改扩建
   of 国道G201线敦化市区至黄泥河段改扩建工程), never across a different road
   code, number, phase or named part.

Each rule is a lookup (``KeyIndex``, ``ShortForms``), not a scan of the
projects before, so a report with thousands of projects stays linear.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import islice

from kg.model import Mention

#: Quote marks and whitespace, never part of a key.
QUOTES_AND_SPACE = re.compile(r"[“”\s]")
#: A work's phase (一期, 二期工程): two phases are two works.
_PHASE = re.compile(r"[一二三四五六七八九十\d]+期")
#: A parenthesis that qualifies the work (（罩面）, （EPC）), not one naming a segment (（三岔至峨庄段）) or a
#: phase (（二期）).
_QUALIFYING_PARENS = re.compile(rf"[（(](?![^）)]*(?:段|{_PHASE.pattern}))[^）)]*[）)]")
#: A bracket left in a key (a segment or a phase): its words count, its marks do not (环岛旅游公路（儋州段） is
#: 环岛旅游公路儋州段, 津汉公路改建工程（二期） shortens to 津汉公路二期).
_KEPT_BRACKET = re.compile(r"[（(]([^（()）]*)[）)]")
_PROJECT_SUFFIX = re.compile(r"(?:建设工程项目|工程项目|建设项目|改建工程|改造工程|建设工程|项目|工程|建设)$")
#: The generic 工程 / 项目 a shortened mention may drop; the work word before it (改建, 大中修) stays.
_GENERIC_HEAD = re.compile(r"(?:工程项目|工程|项目)$")
#: A route named by its two ends (榆林至神木高速公路, G85银川至昆明高速公路), which the genre shortens to the
#: ends' first characters (榆神高速, 银昆高速; 瑞梅铁路 for 瑞金至梅州铁路).
_ROUTE_BY_ENDS = re.compile(r"^(?:[GSXYZC]\d{1,4}线?)?(?P<a>[\u4e00-\u9fff]{2,6}?)至(?P<b>[\u4e00-\u9fff]{2,6}?)"
                            r"(?P<rest>(?:高速|铁路|城际铁路|快速通道|快速路|高铁).*)$")
#: A road written twice in a row, the second time in brackets: 青岛至兰州高速公路（G22）, G22（青兰高速）.
_ROAD_REPEATED = re.compile(r"(\x00[^\x00]+\x00)[（(]\1[）)]")
#: The road code a key opens with: a shortened form keeps it whole (S21 is not S216).
_LEAD_CODE = re.compile(r"^[GSXYZC]\d+")
#: What a shortened form may not leave out: a figure or a numbered part (1号 of 11号大桥, 一标), or a named
#: part of the work (北段, 左幅, 连接线), which makes the full name another work.
_KEPT_CHARS = re.compile(r"[\d号标幅]")
_NAMED_PART = re.compile(r"[东西南北]段|[左右]幅|[上下]行|连接线|支线")


def route_abbreviation(name: str) -> str | None:
    """How the genre shortens a route named by its two ends, or None for other names.

    >>> route_abbreviation("榆林至神木高速"), route_abbreviation("G85银川至昆明高速公路"), route_abbreviation("县道改造")
    ('榆神高速', '银昆高速公路', None)
    """
    m = _ROUTE_BY_ENDS.match(name)
    return f"{m['a'][0]}{m['b'][0]}{m['rest']}" if m else None


#: A route's short name: one character of each end and the route's kind (景礼高速, 汤嘉公路, 梅龙高铁).
#: Without its kind, it is the key of a work named by it (萍莲项目).
_ROUTE_SHORT = re.compile(r"^(?P<a>[\u4e00-\u9fff])(?P<b>[\u4e00-\u9fff])(?P<kind>高速|公路|铁路|高铁)?$")
#: The words a route's kind may be written with in its full name.
_ROUTE_KIND = {"高速": ("高速",), "公路": ("公路",), "铁路": ("铁路",), "高铁": ("高速铁路", "高铁"),
               None: ("高速", "公路", "铁路", "高铁")}


def abbreviates(short: str, key: str) -> bool:
    """Whether ``short`` (a project key) is the genre's short name of the route ``key`` names by its two ends:
    a character of the first end (up to 5 characters before 至), a character of
    the second end's first four, and the route's kind after them: 景礼高速 of S35景泰至礼县高速定西段, 肇明高速
    of 肇庆至高明高速, 肃祁公路 of G213线肃南至祁连二级公路, 易晋高速 of 玉溪（易门）至昆明（晋宁）高速; 萍莲 (the
    key of 萍莲项目) of 萍乡至莲花高速.

    >>> abbreviates("景礼高速", "S35景泰至礼县高速定西段"), abbreviates("景礼高速", "景泰至兰州高速")
    (True, False)
    """
    m = _ROUTE_SHORT.match(short)
    if m is None:
        return False
    at = key.find("至")
    while at > 0:
        before, after = key[max(0, at - 5):at], key[at + 1:at + 5]
        if m["a"] in before[before.rfind("至") + 1:] and m["b"] in after and any(
                k in key[at + 2:] for k in _ROUTE_KIND[m["kind"]]):
            return True
        at = key.find("至", at + 1)
    return False


def project_key(name: str) -> str:
    """Key under which a report's project mentions are one project.

    >>> project_key("临临高速公路沂源段"), project_key("临临高速沂源段建设"), project_key("甲至乙段（EPC）（二期）")
    ('临临高速沂源段', '临临高速沂源段', '甲至乙段二期')
    """
    key = QUOTES_AND_SPACE.sub("", name).replace("高速公路", "高速")
    key = _KEPT_BRACKET.sub(r"\1", _QUALIFYING_PARENS.sub("", key))
    prev = None
    while prev != key:
        prev = key
        key = _PROJECT_SUFFIX.sub("", key)
    return key or name


def name_with_road_identities(mention: Mention, roads: Sequence[tuple[int, int, str]]) -> str:
    """The project's written name with each road inside it written as the road's identity (its code, or its
    name without 公路): 国道312线苋麻至杨庄段改建工程 and 312国道苋麻至杨庄段 both read G312苋麻至杨庄段…,
    青岛至兰州高速公路（G22）涉县至冀晋界段改扩建项目 and G22青兰高速涉县至冀晋界段改扩建工程 both
    G22涉县至冀晋界段改扩建….

    ``roads`` are the report's road mentions as (start, end, identity), sorted; only those wholly inside the
    mention count. A mention whose name is not its text (an alias resolved by the lexicon) keeps its name.
    """
    if mention.name != mention.text:
        return mention.name
    pieces, pos = [], mention.start
    for i in range(bisect_left(roads, (mention.start, -1, "")), len(roads)):
        start, end, identity = roads[i]
        if start >= mention.end:
            break
        if start < pos or end > mention.end:
            continue
        pieces += [mention.text[pos - mention.start:start - mention.start], f"\x00{identity}\x00"]
        pos = end
    if not pieces:
        return mention.name
    pieces.append(mention.text[pos - mention.start:])
    return _ROAD_REPEATED.sub(r"\1", "".join(pieces)).replace("\x00", "")


def shortens(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with words left out, as the genre shortens a work it has named in full:
    the same first two and last two characters and the same opening road code, the rest in order (G201改扩建
    of G201敦化市区至黄泥河段改扩建, G108勉县至宁强段改建 of G108勉县新街子至宁强大安段改建, 大广高速吉康段改扩建
    of 大广高速吉安至南康段改扩建). Left out may not be a figure or numbered part, a phase or a named part:
    those make the full name another work (X106…段二期改造, 甲河11号大桥, 东环路北段).

    >>> shortens("G201改扩建", "G201敦化市区至黄泥河段改扩建"), shortens("S21改建", "S216甲至乙段改建")
    (True, False)
    """
    if not 4 <= len(short) < len(full) or short[:2] != full[:2] or short[-2:] != full[-2:]:
        return False
    lead = _LEAD_CODE.match(full)
    if (lead.group() if lead else None) != ((m := _LEAD_CODE.match(short)) and m.group()):
        return False
    if (_PHASE.search(full) and not _PHASE.search(short)) or (_NAMED_PART.search(full) and
                                                               not _NAMED_PART.search(short)):
        return False
    left_out, rest = [], iter(full[2:-2])
    for ch in short[2:-2]:
        for other in rest:
            if other == ch:
                break
            left_out.append(other)
        else:
            return False
    left_out.extend(rest)
    return not _KEPT_CHARS.search("".join(left_out))


def _lead(key: str) -> str:
    """What a key's shortened forms open with: its road code whole, else its first two characters."""
    code = _LEAD_CODE.match(key)
    return code.group() if code else key[:2]


class ShortForms:
    """A report's project keys by what they open with (``_lead``), to find the project a shortened mention
    names (``shortens``) without reading every key: only the ``WINDOW`` keys first seen most recently with the
    same lead are read, so this lookup stays linear in the report's projects."""

    WINDOW = 64

    def __init__(self) -> None:
        self._by_lead: dict[str, dict[str, str]] = {}

    def add(self, key: str, project: str) -> None:
        self._by_lead.setdefault(_lead(key), {}).setdefault(key, project)

    def projects_of(self, key: str) -> set[str]:
        """The projects whose key is ``key``, or one that ``key`` shortens or is shortened from (a table's
        G318甲至乙段改建 is the text's 国道318线甲至乙段改建工程: both read G318甲至乙段改建 once the road is its
        code and the generic head is gone)."""
        latest = islice(reversed(self._by_lead.get(_lead(key), {}).items()), self.WINDOW)
        return {project for k, project in latest if k == key or shortens(key, k) or shortens(k, key)}


class KeyIndex:
    """The report's project keys so far, to find the first one a key equals, stands inside or holds (rule 1)
    without reading them all: keys are indexed by their 4-grams, and a key is looked for only among those
    holding its rarest 4-gram; keys it may hold are its own substrings, looked up."""

    GRAM = 4

    def __init__(self) -> None:
        self.keys: list[str] = []
        self._first: dict[str, int] = {}
        self._by_gram: dict[str, list[int]] = {}

    def add(self, key: str) -> None:
        index = len(self.keys)
        self.keys.append(key)
        self._first.setdefault(key, index)
        for gram in {key[i:i + self.GRAM] for i in range(len(key) - self.GRAM + 1)}:
            self._by_gram.setdefault(gram, []).append(index)

    def __contains__(self, key: str) -> bool:
        return key in self._first

    def first_related(self, key: str) -> str | None:
        """The first key (in the order added) that is ``key``, holds it (``key`` of 4 characters or more) or
        stands inside it (6 characters or more)."""
        found = [self._first[key]] if key in self._first else []
        if len(key) >= self.GRAM:
            grams = [self._by_gram.get(key[i:i + self.GRAM], []) for i in range(len(key) - self.GRAM + 1)]
            found += [i for i in min(grams, key=len) if key in self.keys[i]][:1]
        found += [self._first[sub] for n in range(6, len(key)) for i in range(len(key) - n + 1)
                  if (sub := key[i:i + n]) in self._first]
        return self.keys[min(found)] if found else None


def project_keys(projects: Sequence[Mention], roads: Sequence[tuple[int, int, str]]) -> list[str]:
    """For each project mention, in order, the key of the project it names (the first mention's own key): the
    rules of the module's docstring. ``roads`` as ``name_with_road_identities`` reads them."""
    keys = KeyIndex()
    out: list[str] = []
    project_of_short: dict[str, str] = {}
    project_by_roads: dict[str, str] = {}
    short_forms = ShortForms()
    routes: list[tuple[str, str]] = []  # the keys naming a route by its ends, with their projects
    route_shorts: list[tuple[str, str]] = []  # the keys that are a route's short name (景礼高速)
    for m in projects:
        pkey = project_key(m.name)
        match = keys.first_related(pkey)
        short = route_abbreviation(pkey)
        if match is None:  # a route's short name after its full one, or its full name after the short one
            match = project_of_short.get(pkey) or (short if short is not None and short in keys else None)
        written = name_with_road_identities(m, roads)
        by_roads = project_key(written)
        if match is None and _ROUTE_SHORT.match(pkey):
            named = {project for key, project in routes[-ShortForms.WINDOW:] if abbreviates(pkey, key)}
            if len(named) == 1:
                match = named.pop()
        elif match is None and "至" in pkey:  # the full name after the short one
            named = {project for key, project in route_shorts[-ShortForms.WINDOW:] if abbreviates(key, pkey)}
            if len(named) == 1:
                match = named.pop()
                # a short name joins one full name: a second segment of the route is another work
                route_shorts = [(key, project) for key, project in route_shorts if project != match]
        if match is None:
            match = project_by_roads.get(by_roads)
        with_work = _GENERIC_HEAD.sub("", _KEPT_BRACKET.sub(r"\1", QUOTES_AND_SPACE.sub("", written)))
        if match is None:
            shortened = short_forms.projects_of(with_work) | short_forms.projects_of(by_roads)
            if len(shortened) == 1:
                match = shortened.pop()
        if match is None:
            keys.add(pkey)
            match = pkey
        if short:
            project_of_short.setdefault(short, match)
        project_by_roads.setdefault(by_roads, match)
        short_forms.add(with_work, match)
        short_forms.add(by_roads, match)
        if "至" in pkey:
            routes.append((pkey, match))
        elif _ROUTE_SHORT.match(pkey):
            route_shorts.append((pkey, match))
        out.append(match)
    return out
