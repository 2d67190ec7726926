"""Query answers written in the SPARQL 1.1 results formats and the RDF formats, under the answer caps.

The results writers are our own, not pyoxigraph's: its CSV writer leaves an IRI
containing a comma unquoted (the row gains a column), and its XML writer puts a
carriage return into element text as is, where every XML parser turns it into a
line feed. Here CSV is RFC 4180 (``csv`` quotes any field with a comma, quote
or line break) and XML escapes the carriage return as ``&#13;``. Terms come
out as the store gives them: see the README for the datatypes the store
normalises.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.rdf.vocab import PREFIX_MAP
from kg.store.limits import QueryError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
JSON = "application/sparql-results+json"
XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
RESULT_FORMATS = (JSON, XML, CSV, TSV)
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


def json_term(term) -> dict:
    """A term in the SPARQL 1.1 JSON results form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):  # RDF 1.2 triple terms, as the JSON results draft writes them
        return {"type": "triple", "value": {k: json_term(getattr(term, k)) for k in ("subject", "predicate", "object")}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        parts = "".join(f"<{k}>{_xml_term(getattr(term, k))}</{k}>" for k in ("subject", "predicate", "object"))
        return f"<triple>{parts}</triple>"
    text = escape(term.value).replace("\r", "&#13;")
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{text}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{text}</literal>"
    return f"<literal>{text}</literal>"


def _csv_cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def _tsv_cell(term) -> str:
    return "" if term is None else str(term)  # N-Triples form: tabs and line breaks escaped


def rows(solutions: ox.QuerySolutions, max_rows: int) -> Iterator[list]:
    """The solutions as lists of terms (None where unbound), refused past ``max_rows``."""
    variables = solutions.variables
    for i, solution in enumerate(solutions):
        if i >= max_rows:
            raise QueryError(f"result too large: more than {max_rows:,} rows, the limit (--max-rows); "
                             "add a LIMIT or narrow the query")
        yield [solution[v] for v in variables]


def write_solutions(names: list[str], table: Iterable[list], media: str) -> bytes:
    """SELECT solutions in one of ``RESULT_FORMATS``."""
    if media == JSON:
        bindings = [{n: json_term(t) for n, t in zip(names, row) if t is not None} for row in table]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if media == XML:
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f"<variable name={quoteattr(n)}/>" for n in names]
        out.append("</head><results>")
        for row in table:
            out.append("<result>" + "".join(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                                            for n, t in zip(names, row) if t is not None) + "</result>")
        out.append("</results></sparql>\n")
        return "".join(out).encode("utf-8")
    if media == CSV:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([_csv_cell(t) for t in row] for row in table)
        return buf.getvalue().encode("utf-8")
    if media == TSV:
        lines = ["\t".join("?" + n for n in names)] + ["\t".join(_tsv_cell(t) for t in row) for row in table]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(media)


def write_boolean(value: bool, media: str) -> bytes:
    """An ASK answer; CSV and TSV, which define none, get the bare word."""
    word = "true" if value else "false"
    if media == JSON:
        return b'{"head":{},"boolean":' + word.encode() + b"}"
    if media == XML:
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{word}</boolean></sparql>\n").encode()
    return word.encode() + b"\n"


def write_graph(triples: Iterable[ox.Triple], media: str, max_triples: int) -> bytes:
    """CONSTRUCT / DESCRIBE triples, refused past ``max_triples``; Turtle with the project's prefixes."""
    kept = []
    for i, triple in enumerate(triples):
        if i >= max_triples:
            raise QueryError(f"result too large: more than {max_triples:,} triples, the limit (--max-triples); "
                             "add a LIMIT or narrow the query")
        kept.append(triple)
    fmt = GRAPH_FORMATS[media]
    data = ox.serialize(kept, format=fmt, prefixes=PREFIX_MAP if fmt == ox.RdfFormat.TURTLE else None)
    assert data is not None  # serialize returns the bytes when given no output
    return data
