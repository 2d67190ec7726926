"""What a query may ask of the engine, checked before the engine sees it.

pyoxigraph's parser recurses once per nesting level and overflows the stack
(a segfault, not an exception) at a few thousand levels, and its ``SERVICE``
clause makes the process send an HTTP request wherever the query says. So
every query text is checked here first, cheaply and conservatively: its
length, its bracket depth (one pass over the characters, no regex over the
whole text that could itself backtrack), and the word ``service``. A
refusal is a ``QueryError`` whose message names the limit and the option
that changes it; ``status`` is the HTTP code the endpoint answers with.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import KgError


class QueryError(KgError):
    """A query that cannot be parsed, is refused, or failed; ``position`` is 'line:column' when known.

    ``status`` is the HTTP answer: 400 for a client error, 413 for a request too large,
    503 when the server could not run it in time.
    """

    def __init__(self, message: str, position: str | None = None, status: int = 400):
        self.position, self.status = position, status
        super().__init__(message)

    def __reduce__(self):  # raised in a worker process, re-raised in the parent
        return (type(self), (str(self), self.position, self.status))


@dataclass(frozen=True)
class Limits:
    """The caps on one query; the command line names each by its option."""
    seconds: float = 10.0         # --timeout: the query's process is killed past it
    max_rows: int = 100_000       # --max-rows: SELECT solutions in one answer
    max_triples: int = 100_000    # --max-triples: CONSTRUCT / DESCRIBE triples in one answer
    max_chars: int = 100_000      # --max-query-chars: the query text
    max_depth: int = 200          # brackets nested inside each other ({ ( [ << )
    max_body: int = 1_000_000     # bytes of one HTTP request body
    allow_federation: bool = False  # --allow-federation: let SERVICE fetch from other endpoints


_OPEN, _CLOSE = "{([", "})]"
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# no word boundaries: the engine reads "1SERVICE <x> {}" as a number and a SERVICE clause
_SERVICE = re.compile(r"(?<![?$])service", re.IGNORECASE)


def _unescape(text: str) -> str:
    r"""SPARQL's \u and \U codepoint escapes, which the grammar allows anywhere (SPARQL 1.1, 19.2).

    >>> _unescape(r"\u0053ERVICE")
    'SERVICE'
    """
    def char(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)
    return _CODEPOINT.sub(char, text) if "\\" in text else text


def nesting_depth(text: str) -> int:
    """The deepest nesting of brackets, counted over the raw text (strings and IRIs included: an
    over-count only refuses, it never lets a deep query through).

    >>> nesting_depth("SELECT * { { ?s ?p ?o FILTER((1)) } }"), nesting_depth("<< << >> >>")
    (4, 2)
    """
    depth = deepest = 0
    previous = ""
    for ch in text:
        if ch in _OPEN or (ch == "<" and previous == "<"):
            depth += 1
            deepest = max(deepest, depth)
            previous = "" if ch == "<" else ch  # "<<<" is one level and a "<"
            continue
        if (ch in _CLOSE or (ch == ">" and previous == ">")) and depth:
            depth -= 1
            previous = "" if ch == ">" else ch
            continue
        previous = ch
    return deepest


def check_query(text: str, limits: Limits) -> None:
    """Refuse a query the engine must not see: too long, too deep, or naming a SERVICE.

    The SERVICE check refuses the word anywhere but in a variable name (``?service``):
    inside a string or an IRI it refuses too much, never too little, whatever the
    query's tricks with comments or escapes.

    >>> check_query("SELECT ?service WHERE { ?service ?p ?o }", Limits())
    >>> check_query("ASK { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }", Limits())
    Traceback (most recent call last):
    ...
    kg.store.limits.QueryError: SERVICE (a federated query) is refused: this endpoint fetches nothing from elsewhere \
(the word 'service' may only begin a variable's name here; kg serve/query --allow-federation allows it)
    """
    if len(text) > limits.max_chars:
        raise QueryError(f"query too long: {len(text):,} characters, the limit is {limits.max_chars:,} "
                         "(--max-query-chars)", status=413)
    plain = _unescape(text)
    depth = nesting_depth(plain)
    if depth > limits.max_depth:
        raise QueryError(f"query nested too deep: brackets {depth:,} levels deep, the limit is {limits.max_depth}")
    if not limits.allow_federation and _SERVICE.search(plain):
        raise QueryError("SERVICE (a federated query) is refused: this endpoint fetches nothing from elsewhere "
                         "(the word 'service' may only begin a variable's name here; "
                         "kg serve/query --allow-federation allows it)")
