"""Short names a report defines for a project: ``S18惠肇高速公路惠城至广州增城段（以下简称惠增高速）``.

The genre names a long work once in full and defines the short form it uses
after (以下简称, 简称, 下称), or only puts it in brackets: G42沪蓉高速成都至南充段扩容工程（成南扩容）.
A bare bracket is a short form when its characters are the full name's, in the
full name's order and not one run of it, with a head word of its own allowed at
the end (汶马高速 of 蓉昌高速汶川至马尔康段): so are 90 bracketed aliases
of the annotated reports and none of their other brackets after a project's
name (（二期）, （鹿寨至鱼峰段）, （G22）, （续建）). A later mention written as that short form is
the same project, so it takes the full name (and joins its entity when
identities are resolved); the short form stays as the mention's text, an
alias of the project. A road mention of that short form (惠增高速 read as a
road) is the coded road the full name is on, when it names one.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from kg.model import Mention

#: （以下简称惠增高速）, (简称“城开高速”), （下称…）, right after the name it stands for.
DEFINED_ALIAS = re.compile(r"\s*[（(](?:以下|下文)?(?:简称|下称|称)[为：:]?[“\"']?(?P<alias>[^（()）“”\"'，,。；]{2,14})[”\"']?[）)]")


#: A bracket right after a name, holding words only: a short form if ``shortens_to`` says so.
BRACKETED = re.compile(r"\s*[（(][“\"']?(?P<alias>[\u4e00-\u9fffA-Za-z0-9]{3,14})[”\"']?[）)]")
#: The head a short form may add of its own (…高速 of a name whose 高速 comes before the letters it keeps).
_SHORT_HEAD = re.compile(r"(?:高速公路|高速|高铁|铁路|公路|项目|工程|路|线)$")


def _in_order(letters: str, name: str) -> bool:
    rest = iter(name)
    return all(ch in rest for ch in letters)


def shortens_to(alias: str, name: str) -> bool:
    """Whether a bracketed ``alias`` after ``name`` is a short form of it (成南扩容 of G42沪蓉高速成都至南充段扩容
    工程, 德阿高速 of 德阳至阿坝高速公路) rather than a part of it (二期), a segment or a code.

    >>> shortens_to("成南扩容", "G42沪蓉高速成都至南充段扩容工程"), shortens_to("汶马高速", "蓉昌高速汶川至马尔康段")
    (True, True)
    >>> shortens_to("鹿寨至鱼峰段", "鹿寨至钦州港高速公路"), shortens_to("改扩建", "某某公路改扩建工程")
    (False, False)
    """
    if alias in name:
        return False
    if _in_order(alias, name):
        return True
    head = _SHORT_HEAD.search(alias)
    return head is not None and head.start() >= 2 and _in_order(alias[:head.start()], name)


def _defined_alias(text: str, m: Mention, name: str) -> str | None:
    """The short form defined right after the mention ``m`` of ``name``, if any."""
    defined = DEFINED_ALIAS.match(text, m.end)
    if defined:
        return defined["alias"] if defined["alias"] != name else None
    bracketed = BRACKETED.match(text, m.end)
    return bracketed["alias"] if bracketed and shortens_to(bracketed["alias"], name) else None


def with_stated_aliases(text: str, projects: list[Mention],
                        roads: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``projects`` with every mention named by a short form the report defines renamed to the full name, and
    ``roads`` with the mentions of such a short form given the code of the one coded road inside the full name;
    so too a road's own short form (G309线西峰至合水公路（西合公路）: 西合公路 is G309; 123 of the annotated
    reports' bracketed short forms after a road's name are that road's)."""
    full_name: dict[str, str] = {}
    code_of: dict[str, str] = {}
    road_name: dict[str, str] = {}
    coded = sorted((r.start, r.end, r.code) for r in roads if r.code)
    starts = [start for start, _, _ in coded]
    for m in projects:
        alias = _defined_alias(text, m, m.name)
        if alias is not None:
            full_name.setdefault(alias, m.name)
            within = coded[bisect_left(starts, m.start):bisect_left(starts, m.end)]
            codes = {code for _, end, code in within if end <= m.end}
            if len(codes) == 1:
                code_of.setdefault(alias, codes.pop())
    for r in roads:
        alias = _defined_alias(text, r, r.text)
        if alias is not None and alias not in full_name:
            if r.code:
                code_of.setdefault(alias, r.code)
            else:
                road_name.setdefault(alias, r.name)
    if not full_name and not code_of and not road_name:
        return projects, roads
    projects = [replace(m, name=full_name[m.name]) if m.name in full_name else m for m in projects]
    return projects, [_as_defined(r, code_of, road_name) for r in roads]


def _as_defined(road: Mention, code_of: dict[str, str], road_name: dict[str, str]) -> Mention:
    """``road`` with the code or name of the road its text is a short form of, if the report defines it so."""
    if road.code:
        return road
    for written in (road.name, road.text):
        if written in code_of:
            return replace(road, code=code_of[written])
        if written in road_name and road_name[written] != road.name:
            return replace(road, name=road_name[written])
    return road
