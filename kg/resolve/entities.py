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
  short mentions of a project or campaign join the first full one (for
  projects, the rules of ``kg/resolve/projects.py``);
* 市交通运输局 in a city's own report (区…, 县… in a district's or county's)
  is the issuer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pyoxigraph as ox

from kg.model import EntityType, Mention, Region, ReportContext
from kg.reference.gazetteer import gazetteer
from kg.reference.lexicon import Lexicon, load
from kg.resolve import ids
from kg.resolve.projects import QUOTES_AND_SPACE, project_keys, route_abbreviation

_CAMPAIGN_TAIL = re.compile(r"(?:工作|行动|活动)$")
_CAMPAIGN_MANNER = re.compile(r"^(?:日常|常态化|持续|全面|深入)")
_BATCH_NUMBER = re.compile(r"^第[一二三四五六七八九十\d]+批")
#: A drive's closing work word: 客货邮融合发展 is 客货邮融合 (the annotated reports never tell the two apart).
_CAMPAIGN_WORK = re.compile(r"(?:创建|建设|发展)$")
_MODEL_PLACE = re.compile(r"示范[县区市]")
_PROVINCE_WORD = re.compile(r"^(省|自治区)")
_CITY_WORD = re.compile(r"^市(?!委|政府|人民政府|级)")
_COUNTY_WORD = re.compile(r"^县(?![级])")
_BUREAU_END = re.compile(r"(局|厅)$")
_ROAD_WORD_END = re.compile(r"公路$")
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
_CAMPAIGN_LEVEL = re.compile(r"国家级|省级|自治区级|市级|县级|区级")
_YEAR = re.compile(r"(?:19|20)\d{2}(?:年度|年)?")


@lru_cache(maxsize=8192)
def campaign_key(name: str) -> tuple[str, frozenset[str]]:
    """Key under which campaign mentions are one campaign.

    A year is no part of it: a report names its year's campaign with the year or without (重大事故隐患专项排查整治
    2023行动 and 重大事故隐患专项排查整治, 2023年春运 and 春运; so do a dozen annotated reports, and none names
    two campaigns apart by their years).

    >>> campaign_key("自治区级“四好农村路”示范县创建") == campaign_key("“四好农村路”自治区级示范县创建工作")
    True
    >>> campaign_key("重大事故隐患专项排查整治2023行动") == campaign_key("重大事故隐患专项排查整治")
    True
    """
    key = _YEAR.sub("", QUOTES_AND_SPACE.sub("", name)) or name
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
    # a county-level city the province governs directly (仙桃, 济源) has no city above it, whatever the
    # divisions list calls its parent (省直辖县级行政区划)
    if parent is None or parent.level != "city" or "直辖" in parent.name:
        return None
    return parent


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
    if ctx.region is not None and (rest := _after_place(canonical, ctx.region)) is not None \
            and rest == _after_place(issuer, ctx.region):
        return True  # 长白县交通运输局 in a report by 长白朝鲜族自治县交通运输局: the region by another of its names
    if canonical.endswith(issuer) and len(canonical) > len(issuer):
        prefix = canonical[: -len(issuer)]
        return bool(gazetteer().lookup(prefix)) or "X" in prefix
    if not (issuer.endswith(canonical) and len(canonical) >= 3 and _BUREAU_END.search(canonical)):
        return False
    # a bare bureau name is the issuing bureau, and so is one led by the issuer's own level word (区交通运输局 in a
    # report by 科尔沁区交通运输局); 市交通运输局 only in a report whose region is known to be that city (in a
    # county-level city's report, or one whose place is unknown, it is as likely the city above)
    if canonical[0] != "市":
        return True
    return ctx.region is not None and ctx.region.level == "city"


@lru_cache(maxsize=4096)
def _after_place(name: str, region: Region) -> str | None:
    """What follows the region's name that ``name`` opens with (any of its names: 长白县, 长白朝鲜族自治县), or None.
    Cached: every agency mention of a report is compared with the same issuer."""
    place = max((n for n in gazetteer().names_of(region) if name.startswith(n) and len(n) >= 2), key=len, default=None)
    return name[len(place):] if place else None


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
    """Group mentions into entities; returns mention (kind, start, end) -> entity.

    ``lexicon``: the user's (aliases, abbreviations); the packaged one when None, so that a report resolves
    the same whether it is built, explained, tested or cross-validated.
    """
    lexicon = lexicon if lexicon is not None else load()
    found = _apply_aliases(found, lexicon)
    abbreviations = dict(lexicon.get("campaign.abbreviations", {}) or {})
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
    road_identities = sorted((m.start, m.end, by_mention[(m.kind, m.start, m.end)].label) for m in roads)
    for m, pkey in zip(projects, project_keys(projects, road_identities), strict=True):
        attach(m, ("project", pkey), ids.entity_iri("Project", doc_id, pkey), m.name)

    campaigns = found.get(EntityType.CAMPAIGN, [])
    ckeys: list[tuple[str, frozenset[str]]] = []
    # a rule's name stands inside a model's (campaigns.model(campaigns.lexicon)): read it either way; a lexicon's
    # names and abbreviations (治超) come after the others, which they may join whatever their order in the text
    for m in sorted(campaigns, key=lambda c: ("campaigns.lexicon" in c.rule or c.name.strip("“”") in abbreviations,
                                              c.start)):
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
