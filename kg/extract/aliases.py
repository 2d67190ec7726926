"""Short names a report defines for a project: ``S18惠肇高速公路惠城至广州增城段（以下简称惠增高速）``.

The genre names a long work once in full and defines the short form it uses
after (以下简称, 简称, 下称). A later mention written as that short form is
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


def with_stated_aliases(text: str, projects: list[Mention],
                        roads: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``projects`` with every mention named by a short form the report defines renamed to the full name, and
    ``roads`` with the mentions of such a short form given the code of the one coded road inside the full name."""
    full_name: dict[str, str] = {}
    code_of: dict[str, str] = {}
    coded = sorted((r.start, r.end, r.code) for r in roads if r.code)
    starts = [start for start, _, _ in coded]
    for m in projects:
        defined = DEFINED_ALIAS.match(text, m.end)
        if defined and defined["alias"] != m.name:
            alias = defined["alias"]
            full_name.setdefault(alias, m.name)
            within = coded[bisect_left(starts, m.start):bisect_left(starts, m.end)]
            codes = {code for _, end, code in within if end <= m.end}
            if len(codes) == 1:
                code_of.setdefault(alias, codes.pop())
    if not full_name:
        return projects, roads
    projects = [replace(m, name=full_name[m.name]) if m.name in full_name else m for m in projects]
    roads = [replace(r, code=code_of[r.name]) if not r.code and r.name in code_of else r for r in roads]
    return projects, roads
