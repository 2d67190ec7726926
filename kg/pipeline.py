"""The order of the stages, top to bottom: a report file in, its triples out.

    ingest -> clean -> structure -> nlp (spaCy components) -> relations
           -> resolve (context, identities) -> rdf (triples with provenance)

``analyse_document`` runs everything up to identities (``kg explain`` shows
it); ``build_document`` adds the RDF. Their plural forms take several reports
and run each stage over all of them before the next stage: a build extracts
that way, in batches (``kg.build.BATCH``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import InputError
from kg.extract.components import mentions
from kg.extract.relations import find_links
from kg.ingest import read as ingest
from kg.model import CleanText, EntityType, Link, Measure, Mention, Report, ReportContext, Structure
from kg.rdf.provenance import DEFAULT_PROVENANCE
from kg.rdf.to_rdf import MAX_PAIRED_AGENCIES, DocumentGraphBuilder, is_redacted, ntriples
from kg.reference.lexicon import Lexicon
from kg.resolve.context import issuer_entity, report_context
from kg.resolve.entities import Entity, resolve_entities
from kg.text import clean as clean_stage
from kg.text import structure as structure_stage
from kg.text.chunks import pieces

#: Attributes a project has once: the first statement wins.
FUNCTIONAL = ("lengthKm", "status", "startYear", "endYear")


@dataclass(frozen=True)
class Analysis:
    """Everything read from one report, before it becomes RDF."""

    report: Report
    clean: CleanText
    structure: Structure
    context: ReportContext
    found: dict[EntityType, list[Mention]]
    links: list[Link]
    by_mention: dict[tuple[EntityType, int, int], Entity]

    def entity_of(self, mention: Mention) -> Entity:
        return self.by_mention[(mention.kind, mention.start, mention.end)]


@dataclass(frozen=True)
class DocumentResult:
    """One report's graph, as sorted N-Triples (UTF-8), and what was found in it (cheap to pickle and cache)."""

    report: Report
    ntriples: bytes
    counts: dict[str, int]


def _functional(links: list[Link], entity_of) -> list[Link]:
    seen: set[tuple[str, str]] = set()
    out = []
    for link in links:
        if link.predicate in FUNCTIONAL:
            key = (str(entity_of(link.subject).iri), link.predicate)
            if key in seen:
                continue
            seen.add(key)
        out.append(link)
    return out


def analyse_documents(paths: Sequence[Path], nlp: Language, *, min_confidence: float = 0.0,
                      lexicon: Lexicon | None = None) -> list[Analysis | InputError]:
    """Run the stages up to resolved identities on several report files, one stage at a time.

    Each stage runs over every report of the batch before the next stage
    starts, so its code and data stay in the CPU's caches; report by report,
    every stage starts cold. The output is the same either way; measured on
    synthetic reports, a batch of 32 takes about a fifth less time per report
    (``bench/extract_bench.py``). A report that cannot be read keeps its place
    in the result as its ``InputError``.
    """
    read = [_read(Path(path)) for path in paths]
    reports = [r for r in read if isinstance(r, Report)]
    cleans = [clean_stage.clean(r.raw) for r in reports]
    structures = [structure_stage.analyse(c.text) for c in cleans]
    bounds = [pieces(c.text) for c in cleans]
    docs = iter(nlp.pipe([c.text[s:e] for c, spans in zip(cleans, bounds) for s, e in spans],
                         batch_size=max(1, len(cleans))))
    read_pieces = [[piece_mentions(next(docs), start, min_confidence) for start, _ in spans] for spans in bounds]
    found = [{kind: [m for piece in parts for m in piece.found[kind]] for kind in EntityType} for parts in read_pieces]
    contexts = [report_context(c.text, s, [m for piece in parts for m in piece.every])
                for c, s, parts in zip(cleans, structures, read_pieces)]
    links = [[lk for piece in parts for lk in find_links(c.text, s, piece.found, piece.measures)
              if lk.confidence >= min_confidence]
             for c, s, parts in zip(cleans, structures, read_pieces)]
    identities = [resolve_entities(r.doc_id, ctx, {k: v for k, v in f.items() if k is not EntityType.REGION}, lexicon)
                  for r, ctx, f in zip(reports, contexts, found)]
    analyses = iter([Analysis(r, c, s, ctx, f, _meaningful(lks, by_mention), by_mention) for r, c, s, ctx, f, lks, by_mention
                     in zip(reports, cleans, structures, contexts, found, links, identities, strict=True)])
    return [next(analyses) if isinstance(r, Report) else r for r in read]  # errors in their places


@dataclass(frozen=True)
class _Piece:
    """What the spaCy components found in one piece of a report, at offsets into the whole clean text:
    every mention in text order (the document context weighs them all), those above the confidence
    floor by kind, and the stated lengths."""

    every: list[Mention]
    found: dict[EntityType, list[Mention]]
    measures: list[Measure]


def piece_mentions(doc: Doc, start: int, min_confidence: float) -> _Piece:
    """A piece's mentions and lengths, moved by ``start`` (the piece's offset) when it is not the first."""
    def moved(items: list) -> list:
        return [replace(m, start=m.start + start, end=m.end + start) for m in items] if start else items

    found = {kind: moved([m for m in mentions(doc, kind) if m.confidence >= min_confidence]) for kind in EntityType}
    return _Piece(moved(mentions(doc)), found, moved(doc.user_data.get("kg_measures", [])))


def _read(path: Path) -> Report | InputError:
    """The report, or why it cannot be read (one bad file must not stop its batch)."""
    try:
        return ingest.read(path)
    except InputError as exc:
        return exc


def _meaningful(links: list[Link], by_mention: dict[tuple[EntityType, int, int], Entity]) -> list[Link]:
    """The links left once functional attributes keep their first value and links from an entity to itself go.

    A link whose two ends resolved to one entity (a short form inside its own name) says nothing.
    """
    def entity_of(m: Mention) -> Entity:
        return by_mention[(m.kind, m.start, m.end)]

    return [lk for lk in _functional(links, entity_of)
            if lk.target is None or entity_of(lk.target) is not entity_of(lk.subject)]


def analyse_document(path: Path, nlp: Language, *, min_confidence: float = 0.0,
                     lexicon: Lexicon | None = None) -> Analysis:
    """Run the stages up to resolved identities on one report file (``InputError`` when it cannot be read)."""
    return _single_result(analyse_documents([path], nlp, min_confidence=min_confidence, lexicon=lexicon))


def _single_result(results: list):
    """The one result of a batch of one report, raising its ``InputError``."""
    result, = results
    if isinstance(result, InputError):
        raise result
    return result


def _issuer(analysis: Analysis) -> tuple[Entity, bool]:
    """The issuing agency's entity; True when it had to be made (named nowhere as an agency)."""
    issuer = issuer_entity(analysis.report.doc_id, analysis.context, analysis.clean.text, analysis.by_mention.values())
    return issuer, all(e is not issuer for e in analysis.by_mention.values())


def build_documents(paths: Sequence[Path], nlp: Language, *, min_confidence: float = 0.0,
                    lexicon: Lexicon | None = None, provenance: str = DEFAULT_PROVENANCE) -> list[DocumentResult | InputError]:
    """Run every stage on several report files, one stage at a time (see ``analyse_documents``).

    ``provenance`` is the detail of the provenance nodes (``rdf.provenance``: ``lean`` or ``full``).
    """
    return [a if isinstance(a, InputError) else _graph(a, provenance)
            for a in analyse_documents(paths, nlp, min_confidence=min_confidence, lexicon=lexicon)]


def build_document(path: Path, nlp: Language, *, min_confidence: float = 0.0,
                   lexicon: Lexicon | None = None, provenance: str = DEFAULT_PROVENANCE) -> DocumentResult:
    """Run every stage on one report file (``InputError`` when it cannot be read)."""
    return _single_result(build_documents([path], nlp, min_confidence=min_confidence, lexicon=lexicon,
                                          provenance=provenance))


def _graph(analysis: Analysis, provenance: str = DEFAULT_PROVENANCE) -> DocumentResult:
    """One analysed report's triples, and the count of its entities by type.

    Report by report, unlike the stages before: building the graphs of a whole
    batch pass by pass was measured 14% slower (each report's 300 KB of lines
    held at once no longer fit the caches).
    """
    builder = DocumentGraphBuilder(analysis.report, analysis.clean, analysis.structure, analysis.context,
                                   provenance=provenance)
    issuer, made = _issuer(analysis)
    if made:
        builder.entity(issuer)
    builder.document(issuer)
    entities = {id(e): e for e in analysis.by_mention.values()}
    for ent in entities.values():
        builder.entity(ent)
    for link in analysis.links:
        target = analysis.entity_of(link.target) if link.target is not None else None
        builder.link(link, analysis.entity_of(link.subject), target)
    builder.summary()
    counts: dict[str, int] = {}
    for ent in entities.values():
        name = "RedactedAmount" if is_redacted(ent) else ent.kind.value
        counts[name] = counts.get(name, 0) + 1
    report = analysis.report
    if builder.unpaired:  # what agencies_together will not list, said in the build report
        said = (f"{len(builder.unpaired)} campaign(s) with more than {MAX_PAIRED_AGENCIES} agencies, whose agency "
                f"pairs are not written (agencies_together leaves them out): {'、'.join(sorted(builder.unpaired)[:5])}")
        report = replace(report, warning="; ".join(w for w in (report.warning, said) if w))
    return DocumentResult(report=report, ntriples=ntriples(builder.lines), counts=counts)
