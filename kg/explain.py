"""``kg explain REPORT``: each sentence with what was found in it and the rule behind each.

The tool to find extraction errors, and for users to see why a fact is in
the graph.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.model import EntityType
from kg.pipeline import Analysis, analyse_document


def _value(link) -> str:
    if link.target is not None:
        return link.target.name + (" (redacted: no figure)" if _redacted(link) else "")
    value = link.value
    return getattr(value, "value", None) or str(value)


def _redacted(link) -> bool:
    """A link to a hidden amount (XX万元), which the graph writes as ``kgo:hasRedactedAmount`` (``rdf.to_rdf``)."""
    return link.target is not None and link.target.kind is EntityType.FUNDING and link.target.redacted


def _predicate(link) -> str:
    """The predicate as the graph writes it."""
    return "hasRedactedAmount" if _redacted(link) else link.predicate


def explain_lines(analysis: Analysis) -> Iterator[str]:
    """Text lines: a header with the report's context, then one block per sentence with findings."""
    ctx, s = analysis.context, analysis.structure
    yield f"report   {analysis.report.path.name}  ({analysis.report.encoding}, id {analysis.report.doc_id})"
    yield f"title    {s.title or '(none)'}"
    yield f"issuer   {ctx.issuer_name}"
    yield f"region   {ctx.region.name if ctx.region else '(unknown)'}   province {ctx.province.name if ctx.province else '(unknown)'}"
    yield f"years    {', '.join(map(str, s.years)) or '(none)'}"
    for ev in ctx.evidence:
        yield f"         because {ev}"
    mentions = sorted((m for kind, ms in analysis.found.items() if kind is not EntityType.REGION for m in ms),
                      key=lambda m: (m.start, m.end))
    for start, end in s.sentences:
        inside = [m for m in mentions if start <= m.start < end]
        links = [lk for lk in analysis.links if start <= lk.subject.start < end or
                 (lk.target is not None and start <= lk.target.start < end)]
        if not inside and not links:
            continue
        mode = s.mode_at(start).value
        yield ""
        yield f"[{start}-{end}] ({mode}) {analysis.clean.text[start:end].strip()}"
        for m in inside:
            ent = analysis.by_mention.get((m.kind, m.start, m.end))
            extra = ""
            if m.code:
                extra += f" code={m.code}"
            if m.amount is not None:
                extra += f" amount={m.amount}"
            if m.funding_kind is not None:
                extra += f" kind={m.funding_kind.value}"
            if m.redacted:
                extra += " redacted"
            label = f" -> {ent.label}" if ent is not None and ent.label != m.text else ""
            yield f"    {m.kind.value:<9} {m.text}{label}{extra}   [{m.rule} {m.confidence:.2f}]"
        for lk in links:
            if start <= lk.subject.start < end:
                yield f"    {'relation':<9} {lk.subject.name} --{_predicate(lk)}--> {_value(lk)}   [{lk.rule} {lk.confidence:.2f}]"


def explain(path: Path, nlp, *, min_confidence: float = 0.0, lexicon=None) -> list[str]:
    return list(explain_lines(analyse_document(path, nlp, min_confidence=min_confidence, lexicon=lexicon)))
