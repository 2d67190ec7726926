"""Query parameters bound where the engine's planner sees them: one VALUES row opening the WHERE group.

pyoxigraph's substitutions (SEP-0007) join the bound values with the query's solutions after the
plan is made, so a saved query asked about one road or one entity is planned, and mostly
evaluated, as if it were asked about all of them: at 10,000 reports, ``projects_on_road`` for
G6512 took 700 ms bound by substitution and about 100 ms bound by the row below, which is the
same join written where the planner reads it.

The row is written from the terms themselves, each in the N-Triples form pyoxigraph gives it
(a literal's quotes, backslashes and line ends escaped; an IRI checked when it was made), never
from the text a user typed, so a value cannot end its term and become query syntax. Where no such
row can go (a query that is not a SELECT or an ASK, a blank node or a triple term as the value, a
WHERE group this reader cannot find) the caller binds with substitutions as before.
"""
from __future__ import annotations

import re
from typing import TypeAlias

import pyoxigraph as ox

#: A value bound to a variable, and a query's bound values (SEP-0007 substitutions, or the VALUES row below).
Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Substitutions: TypeAlias = dict[ox.Variable, Term]

_FORM = re.compile(r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b")
#: What the reader steps over whole before the WHERE group: comments, strings (long ones first), IRIs.
_SKIP = re.compile(r"#[^\n]*|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\"{}|^`\\\s]*>",
                   re.DOTALL)


def where_group(text: str) -> int | None:
    """Offset of the brace that opens a SELECT's or an ASK's WHERE group; None for other forms.

    The first brace outside comments, strings, IRIs and parentheses after the query's keyword
    (a SELECT expression may hold ``EXISTS { … }`` inside its parentheses).

    >>> where_group('# a { comment\\nSELECT ?x ("{" AS ?y) (EXISTS { ?x ?p ?o } AS ?e) WHERE { ?x ?p ?o }')
    70
    >>> where_group("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }") is None
    True
    """
    form = None
    depth = 0
    i = 0
    while i < len(text):
        skipped = _SKIP.match(text, i)
        if skipped and skipped.end() > i:
            i = skipped.end()
            continue
        if form is None:
            m = _FORM.match(text, i)
            if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_?$:")):
                form = m.group(1).upper()
                if form not in ("SELECT", "ASK"):
                    return None
                i = m.end()
                continue
        ch = text[i]
        if form is not None:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif ch == "{" and depth == 0:
                return i
        i += 1
    return None


def with_values(text: str, substitutions: Substitutions) -> str | None:
    """``text`` with one VALUES row binding ``substitutions`` at the start of its WHERE group, or None."""
    if not substitutions or any(isinstance(t, (ox.BlankNode, ox.Triple)) for t in substitutions.values()):
        return None
    at = where_group(text)
    if at is None:
        return None
    names = " ".join(f"?{v.value}" for v in substitutions)
    terms = " ".join(str(t) for t in substitutions.values())
    return f"{text[:at + 1]} VALUES ({names}) {{ ({terms}) }}{text[at + 1:]}"


def query_bound(store, text: str, substitutions: Substitutions | None, **options):
    """``store.query`` with the parameters bound by a VALUES row where one can go, else by substitutions.

    A syntax error is always the one of the query as written (positions included): the query
    is asked again as written, with substitutions, when the row made it unreadable.
    """
    bound = with_values(text, substitutions) if substitutions else None
    if bound is not None:
        try:
            return store.query(bound, **options)
        except SyntaxError:
            pass
    return store.query(text, substitutions=substitutions or None, **options)
