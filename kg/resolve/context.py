"""Who wrote a report and where: the issuer, its region and province; the issuer as an entity.

The issuer is the agency named in the title (怀化市新晃县交通运输局…工作总结);
a report whose title names none gets "<its county>交通运输局", the county
being the one the text names most. The province comes from the issuer's
region, else from the regions the text names (呼和浩特市 -> 内蒙古自治区),
with the evidence kept.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kg.model import EntityType, Mention, Region, ReportContext, Structure
from kg.reference.gazetteer import LEVEL_SUFFIXES, choose, gazetteer
from kg.resolve import ids
from kg.resolve.entities import Entity, agency_identity

DEFAULT_BUREAU = "交通运输局"
#: (rule, confidence) of an issuer no text names, inferred from the places the report names.
ISSUER_INFERRED = ("context.issuer_inferred", 0.6)


def _regions_named(mentions: list[Mention]) -> tuple[list[Region], Counter]:
    """Regions the text names, ambiguity settled by the other places it names.

    A bare short alias (大渡口, 新晃) supports a region another mention names
    but never places a report by itself: such words are often not places.
    """
    gaz = gazetteer()
    regions = [m for m in mentions if m.kind is EntityType.REGION]
    votes: Counter[str] = Counter()
    for m in regions:
        cands = gaz.lookup(m.text)
        for c in cands:
            votes[c.code] += 1 / len(cands)  # type: ignore[assignment]  # fractional votes: Counter adds floats too
    full = [gaz.lookup(m.text) for m in regions if m.text.endswith(LEVEL_SUFFIXES)]
    chosen = [r for r in (choose(c, votes) for c in full if c) if r is not None]
    return chosen, votes


#: A bureau named by its level alone (市交通运输局 in 记者从市交通运输局获悉) is of that level.
_LEVEL_OF_PREFIX = {"市": "city", "县": "county", "区": "county", "旗": "county"}
#: A place named in the title counts this many times.
TITLE_WEIGHT = 3


def _named_with_mentions(mentions: list[Mention], votes: Counter) -> list[tuple[Mention, Region]]:
    """Each full region name the text writes (金华市, 婺城区), with the region it settles on (``votes``: the
    other places named, as ``_regions_named`` counts them)."""
    gaz = gazetteer()
    out = []
    for m in mentions:
        if m.kind is EntityType.REGION and m.text.endswith(LEVEL_SUFFIXES):
            cands = gaz.lookup(m.text)
            r = choose(cands, votes) if cands else None
            if r is not None:
                out.append((m, r))
    return out


def _weights(named: list[tuple[Mention, Region]], structure: Structure) -> dict[str, Counter]:
    """Evidence for each county and city: every mention counts for its region and a county for its city too;
    a mention in the title counts ``TITLE_WEIGHT`` times."""
    gaz = gazetteer()
    out: dict[str, Counter] = {"county": Counter(), "city": Counter()}
    for m, r in named:
        w = TITLE_WEIGHT if structure.title_span[0] <= m.start < structure.title_span[1] else 1
        if r.level in out:
            out[r.level][r.code] += w
        if r.level == "county" and r.parent in gaz.by_code and gaz.by_code[r.parent].level == "city":
            out["city"][r.parent] += w
    return out


_BUREAU_ENDS = ("交通运输局", "交通局")


def _named_bureau(mentions: list[Mention]) -> Mention | None:
    """The transport bureau a text without a bureau named by its level alone names in full, when it names
    exactly one (修水县交通运输局): a second (九江市交通运输局 besides it) leaves the question to the places
    named."""
    bureaus = [m for m in mentions if m.kind is EntityType.AGENCY and m.text.endswith(_BUREAU_ENDS)]
    if any(len(m.text) <= 6 for m in bureaus):
        return None
    full = [m for m in bureaus if _region_in(m.text) is not None]
    return full[0] if len({m.text for m in full}) == 1 else None


def _region_in(name: str) -> Region | None:
    """The most local region named inside an agency name (怀化市新晃县交通运输局 -> 新晃侗族自治县).

    The name is read left to right, longest place name first, so a place
    inside a longer one is not read: 牡丹江市交通运输局 names 牡丹江市, not 牡丹区.
    """
    gaz = gazetteer()
    order = ["province", "city", "county"]
    best: Region | None = None
    at = 0
    while at < len(name) - 1:
        n = gaz.name_starting(name[at:], min_len=2)
        if n is None:
            at += 1
            continue
        cands = gaz.lookup(n)
        # a name shared by several places: the one inside the place named before it (北京市通州区), the one
        # officially so named (伊宁县, not 伊宁市), or one place listed at two levels (北京市)
        if best is not None:
            cands = [c for c in cands if best.code in {a.code for a in gaz.ancestors(c)}] or cands
        cands = [c for c in cands if c.name == n] or cands
        if len({c.code for c in cands}) == 1 and (best is None or order.index(cands[-1].level) > order.index(best.level)):
            best = cands[-1]
        at += len(n)
    return best


def report_context(text: str, structure: Structure, mentions: list[Mention]) -> ReportContext:
    gaz = gazetteer()
    evidence: list[str] = []
    title_agencies = [m for m in mentions if m.kind is EntityType.AGENCY
                      and structure.title_span[0] <= m.start < structure.title_span[1]
                      and m.rule != "agencies.self_reference"]
    named, votes = _regions_named(mentions)
    named_mentions = _named_with_mentions(mentions, votes)
    region: Region | None = None
    span = None
    if title_agencies:
        issuer = title_agencies[0]
        span = (issuer.start, issuer.end)
        region = _region_in(issuer.text)
        name = issuer.text
        if region is not None and region.level == "county":
            # 怀化市新晃县交通运输局 -> 新晃县交通运输局: the county names the bureau
            for start in range(len(name)):
                n = gaz.name_starting(name[start:], min_len=2)
                if n and region in gaz.lookup(n):
                    name = name[start:]
                    break
        evidence.append(f"issuer named in the title: {issuer.text}")
    elif (own := _named_bureau(mentions)) is not None:
        # no title names the issuer and no bureau is named by its level alone (县交通运输局): the one
        # bureau named in full (记者从修水县交通运输局获悉 in a news item) is the report's
        span = (own.start, own.end)
        region, name = _region_in(own.text), own.text
        evidence.append(f"issuer: the transport bureau the text names in full: {own.text}")
    else:
        bureau = next((m for m in mentions if m.kind is EntityType.AGENCY and m.text.endswith(_BUREAU_ENDS)
                       and len(m.text) <= 6), None)
        suffix = bureau.text.lstrip("市县区旗") if bureau is not None else DEFAULT_BUREAU
        level = _LEVEL_OF_PREFIX.get(bureau.text[:1], "county") if bureau is not None else "county"
        weights = _weights(named_mentions, structure)
        if level == "city" and weights["city"]:
            code, _ = weights["city"].most_common(1)[0]
            region = gaz.by_code[code]
            short = next((n for n in gaz.names_of(region) if n.endswith(("市", "州", "盟"))), region.name)
            name = short + suffix
            evidence.append(f"issuer: the text's {bureau.text if bureau else '交通运输局'}, in the city its places "
                            f"point to most (each county counts for its city, the title thrice): {short}")
        elif weights["county"]:
            code, _ = weights["county"].most_common(1)[0]
            region = gaz.by_code[code]
            short = next((n for n in gaz.names_of(region) if n.endswith(("县", "区", "市", "旗"))), region.name)
            name = short + suffix
            evidence.append(f"issuer inferred from the county the text names most: {short}")
        else:
            name = bureau.text if bureau is not None else DEFAULT_BUREAU
    if region is None and named:
        by_level = [r for r in named if r.level != "province"]
        if by_level:
            region = Counter(by_level).most_common(1)[0][0]
            evidence.append(f"region inferred from the places the text names: {region.name}")
    province = gaz.province_of(region) if region else None
    if province is None:
        provinces = Counter(gaz.province_of(r).code for r in named)
        if provinces:
            code, _ = provinces.most_common(1)[0]
            province = gaz.by_code[code]
            evidence.append(f"province inferred from the places the text names: {province.name}")
    elif region is not None:
        evidence.append(f"province of {region.name}: {province.name}")
    return ReportContext(issuer_name=name, issuer_span=span, region=region, province=province,
                         evidence=tuple(evidence))


def issuer_entity(doc_id: str, ctx: ReportContext, text: str, resolved: Iterable[Entity]) -> Entity:
    """The report's issuing agency: the resolved entity with the issuer's identity, else one made for it.

    Made when no agency mention resolved to the issuer. One whose name a mention gives (``ctx.issuer_span``:
    in the title, or the one bureau named in full) gets that span as its mention; one no text names gets none, because any span would be a made-up quote
    (the title's first characters, or an empty range when there is no title), and is marked ``inferred``:
    the RDF stage writes it as derived from the whole report, the reasoning being ``ctx.evidence``.
    """
    scope, name, label = agency_identity(ctx.issuer_name, ctx, doc_id)
    iri = ids.agency_iri(scope, name)
    found = next((e for e in resolved if e.kind is EntityType.AGENCY and e.iri == iri), None)
    if found is not None:
        return found
    issuer = Entity(EntityType.AGENCY, iri, label, scope=scope)
    if ctx.issuer_span is None:
        issuer.inferred = ISSUER_INFERRED
    else:
        start, end = ctx.issuer_span
        issuer.add(Mention(EntityType.AGENCY, start, end, text[start:end], name=ctx.issuer_name,
                           rule="context.issuer_in_title", confidence=ISSUER_INFERRED[1]))
    return issuer
