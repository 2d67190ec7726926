"""Provenance of one report's facts -> the mention, sentence and assertion lines of its graph.

Two levels, chosen per build (``kg build --provenance``):

* ``lean`` (the default) keeps what users ask of provenance, each fact's
  sentence, rule and confidence, and each entity's mentions with their
  sentence, report, raw-text character offsets, rule and confidence, in as few
  triples as that takes: a mention is five triples
  (``kgo:inSentence``, ``nif:beginIndex``, ``nif:endIndex``, ``kgo:rule``,
  ``kgo:confidence``) and is typed ``kgo:Mention`` by the range of
  ``kgo:hasMention``; a sentence is three (``nif:isString``, ``nif:beginIndex``,
  ``nif:referenceContext``), typed ``nif:Sentence`` by the range of
  ``kgo:inSentence``; the report is the sentence's ``nif:referenceContext``. The
  quoted text of a mention is the sentence's text from ``begin - sentence begin``
  to ``end - sentence begin``, so it is not written again.
* ``full`` adds the Web Annotation detail (``oa:SpecificResource`` with an
  ``oa:TextPositionSelector`` and an ``oa:TextQuoteSelector`` with exact, prefix and
  suffix), the explicit types, ``oa:hasSource``, the sentence's end and each
  assertion's evidence span: about three times the triples, for tools that read
  Web Annotation.

A fact (a relation or attribute) is a ``kgo:Assertion`` at both levels: its
rule and confidence belong to the triple, which RDF can only describe by
reifying it (rdflib cannot read RDF-star); its ``kgo:statedIn`` is the sentence
it was read from. ``full`` also links the mentions it was read from. Measured on the 19 evaluation
reports: mentions are 60% of today's triples, so they are what ``lean`` trims.
"""
from __future__ import annotations

from collections.abc import Iterable

from kg.config import DEFAULT_PROVENANCE, PROVENANCE_LEVELS, QUOTE_CONTEXT
from kg.model import CleanText, Mention, Structure
from kg.rdf.terms import KGO, NIF, OA, PROV, RDF, decimal, integer, plain
from kg.resolve import ids

__all__ = ["DEFAULT_PROVENANCE", "PROVENANCE_LEVELS", "ProvenanceWriter", "check_provenance"]
_A = RDF.type
_MENTION_TYPE, _SPECIFIC_RESOURCE_TYPE = f" {_A} {KGO.Mention} .\n", f" {_A} {OA.SpecificResource} .\n"
_POSITION_TYPE, _QUOTE_TYPE = f" {_A} {OA.TextPositionSelector} .\n", f" {_A} {OA.TextQuoteSelector} .\n"
_HAS_SOURCE, _HAS_SELECTOR, _START, _END = OA.hasSource, OA.hasSelector, OA.start, OA.end
_EXACT, _PREFIX, _SUFFIX = OA.exact, OA.prefix, OA.suffix
_RULE, _CONFIDENCE, _IN_SENTENCE = KGO.rule, KGO.confidence, KGO.inSentence
_BEGIN, _END_INDEX = NIF.beginIndex, NIF.endIndex


def check_provenance(level: str) -> str:
    """``level`` if it is a provenance level, else ``ValueError`` naming the choices."""
    if level not in PROVENANCE_LEVELS:
        raise ValueError(f"provenance {level!r}: choose one of {', '.join(PROVENANCE_LEVELS)}")
    return level


class ProvenanceWriter:
    """The provenance half of ``to_rdf.DocumentGraphBuilder``: mention, sentence and assertion nodes.

    No blank nodes: every node has an IRI minted from keys (``resolve.ids``), so output is deterministic.
    """

    doc_id: str
    doc: str
    clean: CleanText
    structure: Structure
    lines: set[str]

    def _init_provenance(self, provenance: str) -> None:
        self.full = check_provenance(provenance) == "full"
        self._mentions: dict[tuple, str] = {}
        self._sentences: dict[tuple[int, int], str] = {}
        #: mention node -> (its raw start, its sentence node): what an assertion's kgo:statedIn is chosen from
        self._placed: dict[str, tuple[int, str]] = {}

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.add(f"{s} {p} {o} .\n")

    def mention(self, m: Mention) -> str:
        """The node of mention ``m`` (made once: it is evidence of its entity and of each of its links)."""
        key = (m.kind, m.start, m.end)
        node = self._mentions.get(key)
        if node is not None:
            return node
        raw_start, raw_end = self.clean.raw_span(m.start, m.end)
        value = ids.mention_iri_text(self.doc_id, raw_start, raw_end, m.kind.value)
        node = self._mentions[key] = f"<{value}>"
        sentence = self.sentence(m.start)
        self._placed[node] = (raw_start, sentence)
        # a hundred mentions per report: the fixed parts of the lines are made once, at import
        self.lines.update((
            f"{node} {_IN_SENTENCE} {sentence} .\n", f"{node} {_RULE} {plain(m.rule)} .\n",
            f"{node} {_CONFIDENCE} {decimal(m.confidence)} .\n",
            f"{node} {_BEGIN} {integer(raw_start)} .\n", f"{node} {_END_INDEX} {integer(raw_end)} .\n",
        ))
        if self.full:
            pos, quote, raw = f"<{value}/position>", f"<{value}/quote>", self.clean.raw
            self.lines.update((
                node + _MENTION_TYPE, node + _SPECIFIC_RESOURCE_TYPE, f"{node} {_HAS_SOURCE} {self.doc} .\n",
                f"{node} {_HAS_SELECTOR} {pos} .\n", f"{node} {_HAS_SELECTOR} {quote} .\n",
                pos + _POSITION_TYPE, f"{pos} {_START} {integer(raw_start)} .\n", f"{pos} {_END} {integer(raw_end)} .\n",
                quote + _QUOTE_TYPE, f"{quote} {_EXACT} {plain(raw[raw_start:raw_end])} .\n",
                f"{quote} {_PREFIX} {plain(raw[max(0, raw_start - QUOTE_CONTEXT):raw_start])} .\n",
                f"{quote} {_SUFFIX} {plain(raw[raw_end:raw_end + QUOTE_CONTEXT])} .\n",
            ))
        return node

    def sentence(self, pos: int) -> str:
        """The node of the sentence holding clean-text position ``pos``.

        Its ``nif:beginIndex`` is where its text (``nif:isString``, stripped of the spaces around it)
        starts in the raw text, so a mention's quote is a substring of it at the mention's offsets.
        """
        span = self.structure.sentence_at(pos)
        node = self._sentences.get(span)
        if node is None:
            raw_start, raw_end = self.clean.raw_span(*span)
            node = self._sentences[span] = f"<{ids.sentence_iri_text(self.doc_id, raw_start, raw_end)}>"
            whole = self.clean.raw[raw_start:raw_end]
            text = whole.strip()
            begin = raw_start + (len(whole) - len(whole.lstrip()))
            self.add(node, NIF.isString, plain(text))
            self.add(node, NIF.beginIndex, integer(begin))
            self.add(node, NIF.referenceContext, self.doc)
            if self.full:
                self.add(node, _A, NIF.Sentence)
                self.add(node, NIF.endIndex, integer(begin + len(text)))
        return node

    def assertion(self, s: str, p: str, o: str, rule: str, confidence: float, evidence: Iterable[str]) -> str:
        """The ``kgo:Assertion`` describing the fact ``s p o``: its rule, confidence and where it was read.

        ``kgo:statedIn`` is the sentence of its last evidence mention (a campaign named in a heading and
        its partners in the next sentence: the partners' sentence states the fact); ``full`` also links
        every evidence mention (``prov:wasDerivedFrom``). Evidence that is no mention (the report, for an
        inferred issuer) is linked at both levels.
        """
        node = f"<{ids.assertion_iri_text(self.doc_id, s, p, o)}>"
        self.add(node, RDF.type, KGO.Assertion)
        self.add(node, RDF.subject, s)
        self.add(node, RDF.predicate, p)
        self.add(node, RDF.object, o)
        self.add(node, KGO.rule, plain(rule))
        self.add(node, KGO.confidence, decimal(confidence))
        placed = []
        for e in evidence:
            where = self._placed.get(e)
            if where is None or self.full:
                self.add(node, PROV.wasDerivedFrom, e)
            if where is not None:
                placed.append(where)
        if placed:
            self.add(node, KGO.statedIn, max(placed)[1])
        return node

    def evidence_span(self, node: str, span: tuple[int, int]) -> None:
        """The clause an assertion was read from (``full`` only: its mentions give its sentence and offsets)."""
        start, end = span
        if self.full and end > start:
            raw_start, raw_end = self.clean.raw_span(start, end)
            self.add(node, KGO.evidenceStart, integer(raw_start))
            self.add(node, KGO.evidenceEnd, integer(raw_end))
