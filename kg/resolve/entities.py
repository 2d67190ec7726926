"""Mentions of one report -> entities with stable identities.

Identity rules (VOCABULARY.md):

* G roads are one node nationally; S/X/Y/C/Z roads are scoped by province
  (by report when the province is unknown); a named road without a code
  takes the code of a coded mention with the same name (刁石路 -> X025);
* a route named by its two ends and the short name made of their first
  characters are one road, and one project (榆林至神木高速公路 = 榆神高速);
* agencies: 我局/本局 are the issuer; 省厅 and 省交通运输厅 are the
  province's transport department; names with a full region prefix are one
  node across reports; anonymised names (XX…) and bare level names (县委)
  are scoped by the report (or its region when known);
* projects, campaigns and fundings belong to their report; within it, later
  short mentions of a project or campaign join the first full one.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice

import pyoxigraph as ox

from kg.model import EntityType, Mention, ReportContext
from kg.reference.gazetteer import gazetteer
from kg.reference.lexicon import Lexicon
from kg.resolve import ids

#: Quote marks and whitespace, never part of a key.
_QUOTES_AND_SPACE = re.compile(r"[“”\s]")
#: A parenthesis that qualifies the work (（罩面）), not one naming a segment (（三岔至峨庄段）) or a phase (（二期）).
_QUALIFYING_PARENS = re.compile(r"[（(](?![^）)]*[段期])[^）)]*[）)]")
_CAMPAIGN_TAIL = re.compile(r"(?:工作|行动|活动)$")
_CAMPAIGN_MANNER = re.compile(r"^(?:日常|常态化|持续|全面|深入)")
_BATCH_NUMBER = re.compile(r"^第[一二三四五六七八九十\d]+批")
_CAMPAIGN_WORK = re.compile(r"(?:创建|建设)$")
_MODEL_PLACE = re.compile(r"示范[县区市]")
_PROVINCE_WORD = re.compile(r"^(省|自治区)")
_CITY_WORD = re.compile(r"^市(?!委|政府|人民政府|级)")
_COUNTY_WORD = re.compile(r"^县(?![级])")
_BUREAU_END = re.compile(r"(局|厅)$")
_ROAD_WORD_END = re.compile(r"公路$")
#: A route named by its two ends (榆林至神木高速公路, G85银川至昆明高速公路), which the genre shortens to the
#: ends' first characters (榆神高速, 银昆高速; 瑞梅铁路 for 瑞金至梅州铁路).
_ROUTE_BY_ENDS = re.compile(r"^(?:[GSXYZC]\d{1,4}线?)?(?P<a>[\u4e00-\u9fff]{2,6}?)至(?P<b>[\u4e00-\u9fff]{2,6}?)"
                            r"(?P<rest>(?:高速|铁路|城际铁路|快速通道|快速路|高铁).*)$")


def route_abbreviation(name: str) -> str | None:
    """How the genre shortens a route named by its two ends, or None for other names.

    >>> route_abbreviation("榆林至神木高速"), route_abbreviation("G85银川至昆明高速公路"), route_abbreviation("县道改造")
    ('榆神高速', '银昆高速公路', None)
    """
    m = _ROUTE_BY_ENDS.match(name)
    return f"{m['a'][0]}{m['b'][0]}{m['rest']}" if m else None


@dataclass
class Entity:
    kind: EntityType
    iri: ox.NamedNode
    label: str
    mentions: list[Mention] = field(default_factory=list)
    alt_labels: set[str] = field(default_factory=set)
    code: str | None = None
    level: str | None = None
    scope: str = ""
    #: (rule, confidence) of an entity no span of text names, implied by the report's context: it has no mentions
    inferred: tuple[str, float] | None = None

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        for name in (mention.text, mention.name):
            if name and name != self.label:
                self.alt_labels.add(name)


ROAD_CODE = re.compile(r"[GSXYCZ]\d{1,4}")
_PROJECT_SUFFIX = re.compile(r"(?:建设工程项目|工程项目|建设项目|改建工程|改造工程|建设工程|项目|工程|建设)$")
#: A project's head word, without the work it names: 改建工程 keeps 改建.
_WORK_HEAD = re.compile(r"(?:工程项目|工程|项目)$")
_CAMPAIGN_LEVEL = re.compile(r"国家级|省级|自治区级|市级|县级|区级")


def project_key(name: str) -> str:
    """Key under which a report's project mentions are one project.

    >>> project_key("临临高速公路沂源段"), project_key("临临高速沂源段建设")
    ('临临高速沂源段', '临临高速沂源段')
    """
    key = _QUOTES_AND_SPACE.sub("", name).replace("高速公路", "高速")
    # a parenthesis qualifies the work (（罩面）, （EPC）) unless it names a segment (（三岔至峨庄段）)
    key = _QUALIFYING_PARENS.sub("", key)
    prev = None
    while prev != key:
        prev = key
        key = _PROJECT_SUFFIX.sub("", key)
    return key or name


#: A road written twice in a row, the second time in brackets: 青岛至兰州高速公路（G22）, G22（青兰高速）.
_ROAD_REPEATED = re.compile(r"(\x00[^\x00]+\x00)[（(]\1[）)]")


def with_roads_as_keys(mention: Mention, roads: list[tuple[int, int, str]]) -> str:
    """The project's written name with each road inside it replaced by the road's identity (its code, or its
    name without 公路), so that the ways one report writes one work are one key: 国道312线苋麻至杨庄段改建工程
    and 312国道苋麻至杨庄段 are both G312苋麻至杨庄段, 青岛至兰州高速公路（G22）涉县至冀晋界段改扩建项目 and
    G22青兰高速涉县至冀晋界段改扩建工程 both G22涉县至冀晋界段改扩建.

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
    the same first two and last two characters, the rest in order (G201改扩建 of
    G201敦化市区至黄泥河段改扩建, G108勉县至宁强段改建 of G108勉县新街子至宁强大安段改建, 大广高速吉康段改扩建
    of 大广高速吉安至南康段改扩建). A phase the full name has and the short one lacks is another work
    (X106陆良县城至召夸段改造 is not X106陆良县城至召夸段二期改造).

    >>> shortens("G201改扩建", "G201敦化市区至黄泥河段改扩建"), shortens("G201改建", "G312改建")
    (True, False)
    """
    if not 4 <= len(short) < len(full) or short[:2] != full[:2] or short[-2:] != full[-2:]:
        return False
    if "期" in full and "期" not in short:
        return False
    rest = iter(full[2:-2])
    return all(ch in rest for ch in short[2:-2])


class ShortForms:
    """A report's project keys by their first two characters, to find the project a shortened mention
    names (``shortens``) without reading every key: only the last ``WINDOW`` keys with the same lead are
    read, which keeps a report with thousands of projects on one road linear."""

    WINDOW = 64

    def __init__(self) -> None:
        self._by_lead: dict[str, dict[str, str]] = {}

    def add(self, key: str, project: str) -> None:
        self._by_lead.setdefault(key[:2], {}).setdefault(key, project)

    def projects_of(self, key: str) -> set[str]:
        """The projects whose key ``key`` shortens or is shortened from."""
        latest = islice(reversed(self._by_lead.get(key[:2], {}).items()), self.WINDOW)
        return {project for k, project in latest if shortens(key, k) or shortens(k, key)}


@lru_cache(maxsize=8192)
def campaign_key(name: str) -> tuple[str, frozenset[str]]:
    """Key under which campaign mentions are one campaign.

    >>> campaign_key("自治区级“四好农村路”示范县创建") == campaign_key("“四好农村路”自治区级示范县创建工作")
    True
    """
    key = _QUOTES_AND_SPACE.sub("", name)
    key = _CAMPAIGN_TAIL.sub("", key)
    key = _CAMPAIGN_MANNER.sub("", key)
    levels = frozenset(_CAMPAIGN_LEVEL.findall(key))
    key = _CAMPAIGN_LEVEL.sub("", key)
    lead = gazetteer().name_starting(key, min_len=2)
    if lead and len(key) > len(lead) + 3:
        key = key[len(lead):]
    key = _BATCH_NUMBER.sub("", key)
    key = _CAMPAIGN_WORK.sub("", key)
    key = _MODEL_PLACE.sub("示范", key)
    key = key.replace("整治", "治理")  # 铁路沿线环境整治 = 铁路沿线环境治理
    return key, levels


def _agency_canonical(name: str, ctx: ReportContext) -> str:
    """The fullest name of an agency mention given the report's region."""
    gaz = gazetteer()
    if name in ("省厅", "省交通厅"):
        return (ctx.province.name if ctx.province else "省") + "交通运输厅"
    if ctx.province and _PROVINCE_WORD.match(name):
        # 省交通运输厅, 自治区党委: the report's own province
        return ctx.province.name + _PROVINCE_WORD.sub("", name)
    city = _city_of(ctx)
    if name in ("市局", "市交通局"):
        return (city.name if city is not None else "市") + "交通运输局"
    if city is not None and _CITY_WORD.match(name) and ctx.region is not city:
        # 市交通运输局 in a county report: the county's city bureau
        return city.name + name[1:]
    if ctx.region and ctx.region.level == "county" and _COUNTY_WORD.match(name):
        short = next((n for n in gaz.names_of(ctx.region) if n.endswith("县")), ctx.region.name)
        return short + name[1:]
    return name


def _city_of(ctx: ReportContext):
    """The prefecture-level city of the report's region, when the gazetteer knows it."""
    if ctx.region is None:
        return None
    if ctx.region.level == "city":
        return ctx.region
    parent = gazetteer().by_code.get(ctx.region.parent or "")
    return parent if parent is not None and parent.level == "city" else None


def _agency_scope(canonical: str, ctx: ReportContext, doc_id: str) -> str:
    """'cn' for names that identify one organisation nationally, else the report."""
    if "X" in canonical or "某" in canonical:
        return f"doc-{doc_id}"
    if gazetteer().name_starting(canonical, min_len=3) or canonical in ("党中央", "国务院", "交通运输部", "交通部"):
        return "cn"
    return f"doc-{doc_id}"


def _is_issuer(canonical: str, mention: Mention, ctx: ReportContext) -> bool:
    """The issuer under another form: the title's span, a region-prefixed or a bare form of its name.

    怀化市新晃县交通运输局 and 交通运输局 (in a report by 新晃县交通运输局) are the issuer.
    """
    issuer = ctx.issuer_name
    if ctx.issuer_span and (mention.start, mention.end) == ctx.issuer_span:
        return True
    if _normalise_agency(canonical) == _normalise_agency(_agency_canonical(issuer, ctx)):
        return True
    if canonical.endswith(issuer) and len(canonical) > len(issuer):
        prefix = canonical[: -len(issuer)]
        return bool(gazetteer().lookup(prefix)) or "X" in prefix
    # a bare bureau name is the issuing bureau, and so is one led by the issuer's own level word (市交通运输局
    # in a report by 石嘴山市交通运输局): a bureau of another level has its region's name by now (_agency_canonical)
    return issuer.endswith(canonical) and len(canonical) >= 3 and _BUREAU_END.search(canonical) is not None


def agency_identity(canonical: str, ctx: ReportContext, doc_id: str) -> tuple[str, str, str]:
    """An agency's (scope, key, label): nationally identified agencies take their normalised name, the same in
    every report; the others are scoped by the report and keep the name as written."""
    scope, key = _agency_scope(canonical, ctx, doc_id), _normalise_agency(canonical)
    return scope, key, key if scope == "cn" else canonical


def _normalise_agency(name: str) -> str:
    return name.replace("人民政府", "政府").replace("交通部", "交通运输部") if name != "交通部" else "交通运输部"


def _apply_aliases(found: dict[EntityType, list[Mention]], lexicon: Lexicon) -> dict[EntityType, list[Mention]]:
    """Rename mentions the user's lexicon declares aliases of another name (or of a road code)."""
    aliases = lexicon.aliases
    if not aliases:
        return found
    out: dict[EntityType, list[Mention]] = {}
    for kind, ms in found.items():
        renamed = []
        for m in ms:
            target = aliases.get(m.name) or aliases.get(m.text)
            if target and kind is EntityType.ROAD and ROAD_CODE.fullmatch(target):
                m = replace(m, code=target)
            elif target:
                m = replace(m, name=target)
            renamed.append(m)
        out[kind] = renamed
    return out


def resolve_entities(doc_id: str, ctx: ReportContext, found: dict[EntityType, list[Mention]],
                     lexicon: Lexicon | None = None) -> dict[tuple[EntityType, int, int], Entity]:
    """Group mentions into entities; returns mention (kind, start, end) -> entity."""
    if lexicon is not None:
        found = _apply_aliases(found, lexicon)
    abbreviations = dict(lexicon.get("campaign.abbreviations", {}) or {}) if lexicon is not None else {}
    by_mention: dict[tuple[EntityType, int, int], Entity] = {}
    entities: dict[tuple, Entity] = {}

    def attach(mention: Mention, key: tuple, iri: ox.NamedNode, label: str, **extra) -> Entity:
        """Add ``mention`` to the entity under ``key``, creating it with these values if new."""
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = Entity(mention.kind, iri, label, **extra)
        ent.add(mention)
        by_mention[(mention.kind, mention.start, mention.end)] = ent
        return ent

    province_scope = ctx.province.code if ctx.province else f"doc-{doc_id}"

    # roads: code first, names joined to the code they were written with
    roads = found.get(EntityType.ROAD, [])
    code_of_name = {m.name: m.code for m in roads if m.code and m.name != m.code}
    # a route's short name (榆神高速) and its full one (榆林至神木高速公路) are one road, in either order
    route_of_short: dict[str, tuple] = {}
    for m in roads:
        code = m.code or code_of_name.get(m.name)
        if code:
            scope = "national" if code.startswith("G") else province_scope
            key = ("road", scope, code)
            # the code is the label: the same road is one node across reports, whatever each calls it
            attach(m, key, ids.road_iri(code, scope), code, code=code, level=m.level, scope=scope)
        else:
            named_scope = "national" if m.level == "expressway" and "X" not in m.name else province_scope
            base = _ROAD_WORD_END.sub("", m.name)
            key = ("road", named_scope, base)
            if key not in entities:
                short = route_abbreviation(base)
                key = route_of_short.get(base) or (("road", named_scope, short)
                                                   if short and ("road", named_scope, short) in entities else key)
            attach(m, key, ids.road_iri(None, named_scope, base), base, level=m.level, scope=named_scope)
        short = route_abbreviation(_ROAD_WORD_END.sub("", m.name))
        if short:
            route_of_short.setdefault(short, key)

    for m in found.get(EntityType.AGENCY, []):
        written = ctx.issuer_name if m.rule == "agencies.self_reference" else m.name
        canonical = _agency_canonical(written, ctx)
        if _is_issuer(canonical, m, ctx):
            canonical = ctx.issuer_name
        scope, name, label = agency_identity(canonical, ctx, doc_id)
        ent = attach(m, ("agency", scope, name), ids.agency_iri(scope, name), label, scope=scope)
        if canonical != m.text:
            ent.alt_labels.add(canonical)
        ent.alt_labels.discard(ent.label)

    projects = found.get(EntityType.PROJECT, [])
    keys: list[str] = []
    project_of_short: dict[str, str] = {}
    road_identities = sorted((m.start, m.end, by_mention[(m.kind, m.start, m.end)].label) for m in roads)
    #: a project by its key with the roads inside it written as their identities: the same work written with
    #: its road in another form (国道312线… after 312国道…) joins it
    project_by_roads: dict[str, str] = {}
    short_forms = ShortForms()
    for m in projects:
        pkey = project_key(m.name)
        # a later short mention joins the first project whose key contains it
        pmatch = next((k for k in keys if pkey == k or (len(pkey) >= 4 and pkey in k) or (len(k) >= 6 and k in pkey)),
                      None)
        short = route_abbreviation(pkey)
        if pmatch is None:  # a route's short name after its full one, or its full name after the short one
            pmatch = project_of_short.get(pkey) or (short if short in keys else None)
        written = with_roads_as_keys(m, road_identities)
        by_roads = project_key(written)
        if pmatch is None:
            pmatch = project_by_roads.get(by_roads)
        # the work word stays (改建, 大中修): what a short mention keeps of the full one
        with_work = _WORK_HEAD.sub("", _QUOTES_AND_SPACE.sub("", written))
        if pmatch is None:  # 国道G201线改扩建 after 国道G201线敦化市区至黄泥河段改扩建工程
            shortened = short_forms.projects_of(with_work) | short_forms.projects_of(by_roads)
            if len(shortened) == 1:
                pmatch = shortened.pop()
        if pmatch is None:
            keys.append(pkey)
            pmatch = pkey
        if short:
            project_of_short.setdefault(short, pmatch)
        project_by_roads.setdefault(by_roads, pmatch)
        short_forms.add(with_work, pmatch)
        short_forms.add(by_roads, pmatch)
        attach(m, ("project", pmatch), ids.entity_iri("Project", doc_id, pmatch), m.name)

    campaigns = found.get(EntityType.CAMPAIGN, [])
    ckeys: list[tuple[str, frozenset[str]]] = []
    # a rule's name stands inside a model's (campaigns.model(campaigns.lexicon)): read it either way
    for m in sorted(campaigns, key=lambda c: ("campaigns.lexicon" in c.rule, c.start)):
        ckey = campaign_key(m.name)
        cmatch = ckey if ckey in ckeys else None
        target = abbreviations.get(m.name.strip("“”"))
        if cmatch is None and target:
            # 治超 stands for the campaign against 超限超载 named in the same report
            cmatch = next((k for k in ckeys if target in k[0] and k[0] != ckey[0]), None)
        if cmatch is None:
            levelled = [k for k in ckeys if k[0] == ckey[0]]
            if len(levelled) == 1 and (not ckey[1] or not levelled[0][1]):
                cmatch = levelled[0]
        if cmatch is None and any(r in m.rule for r in ("campaigns.lexicon", "campaigns.quoted_after_verb")):
            cmatch = next((k for k in ckeys if ckey[0] and ckey[0] in k[0]), None)
        if cmatch is None:
            ckeys.append(ckey)
            cmatch = ckey
        attach(m, ("campaign", cmatch), ids.entity_iri("Campaign", doc_id, "|".join([cmatch[0], *sorted(cmatch[1])])),
               m.name)

    for m in found.get(EntityType.FUNDING, []):
        attach(m, ("funding", m.start), ids.entity_iri("Funding", doc_id, f"{m.start}-{m.end}"), m.text)

    # labels: the fullest written name
    for ent in entities.values():
        if ent.kind in (EntityType.PROJECT, EntityType.CAMPAIGN):
            best = max((mm.name for mm in ent.mentions), key=lambda n: (len(n), n))
            if best != ent.label:
                ent.alt_labels.add(ent.label)
                ent.label = best
            ent.alt_labels.discard(ent.label)
    return by_mention
