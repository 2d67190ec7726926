"""The spaCy pipeline: blank ``zh`` with jieba's words and one component per extractor.

The pipeline is inspectable: ``build_nlp().pipe_names`` lists
``kg_sentences`` and one ``kg_*`` component per entity type. Each component
finds its mentions on ``doc.text``, keeps them exactly in
``doc.user_data["kg_mentions"]`` (character offsets, rule, confidence) and
as spans in ``doc.spans[<component>]`` (token-aligned, for display).
The tokenizer is ``segment.SegmentingTokenizer`` (jieba by default, rjieba by
choice); the segmenter's user dictionary is set up here and nowhere else.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import compress, count
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from kg.extract.agencies import find_agencies
from kg.extract.aliases import with_stated_aliases
from kg.extract.campaigns import decide_campaigns, find_campaigns
from kg.extract.decide import SpanModel, load_model
from kg.extract.money import find_lengths, find_money
from kg.extract.positions import Positions
from kg.extract.projects import find_projects
from kg.extract.roads import decide_roads, find_roads
from kg.extract.spans import ClauseMarks, Tokens
from kg.model import EntityType, Mention
from kg.nlp.segment import DEFAULT_SEGMENTER, Segmenter, SegmentingTokenizer, segmenter
from kg.reference.gazetteer import LEVEL_SUFFIXES, gazetteer
from kg.reference.lexicon import Lexicon, load

COMPONENTS = ("kg_sentences", "kg_regions", "kg_roads", "kg_money", "kg_agencies", "kg_campaigns", "kg_projects")
SENTENCE_PUNCT = frozenset(("。", "！", "？", "；", "\n"))


def mentions(doc: Doc, kind: EntityType | None = None) -> list[Mention]:
    """The exact mentions the components found, optionally of one kind."""
    store: dict[str, list[Mention]] = doc.user_data.setdefault("kg_mentions", {})
    if kind is None:
        return sorted((m for ms in store.values() for m in ms), key=lambda m: (m.start, m.end))
    return list(store.get(kind.value, ()))


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from the tokens on every access.

    The project's tokenizer records it; a doc made otherwise gets it here.
    """
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def words_of(doc: Doc) -> list[str]:
    """The tokens' texts (recorded by the tokenizer, else computed once)."""
    words = doc.user_data.get("kg_words")
    if words is None:
        text = text_of(doc)
        words = doc.user_data["kg_words"] = [text[a:b] for a, b in zip(*token_bounds(doc))]
    return words


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end offsets of the doc's tokens (recorded by the tokenizer, else computed once)."""
    bounds = doc.user_data.get("kg_token_bounds")
    if bounds is None:
        starts = [t.idx for t in doc]
        ends = [t.idx + len(t) for t in doc]
        bounds = doc.user_data["kg_token_bounds"] = (starts, ends)
    return bounds


def tokens_of(doc: Doc) -> Tokens:
    """The doc's words with their offsets and the text read as ids at every offset (``positions.py``), made
    once and shared by the decided components."""
    tokens = doc.user_data.get("kg_tokens")
    if tokens is None:
        starts, ends = token_bounds(doc)
        words = words_of(doc)
        tokens = doc.user_data["kg_tokens"] = Tokens(starts, ends, words,
                                                     Positions.of(text_of(doc), starts, ends, words),
                                                     ClauseMarks.of(text_of(doc)))
    return tokens


def _keep(doc: Doc, name: str, kind: EntityType, found: Iterable[Mention]) -> None:
    """Keep the exact mentions, and token-aligned spans (widened to whole tokens) for display."""
    found = list(found)
    doc.user_data.setdefault("kg_mentions", {})[kind.value] = found
    starts, ends = token_bounds(doc)
    spans = []
    for m in found:
        first = bisect_right(starts, m.start) - 1
        last = bisect_left(ends, m.end)
        if 0 <= first <= last < len(doc):
            spans.append(Span(doc, first, last + 1))  # what doc[first:last + 1] makes, without its slice checks
    doc.spans[name] = spans


def _lexicon(paths: list[str]) -> Lexicon:
    return load(paths)


class _Component:
    """A pipeline component from a function of one doc, with ``pipe`` for ``nlp.pipe``.

    ``nlp.pipe`` hands a component without ``pipe`` one doc at a time, so every
    component runs on a doc before the next doc is cut. With ``pipe``, a
    component takes a batch of docs in a row and the next component takes
    the same batch: each keeps its code and data in the CPU's caches.
    """

    model: SpanModel | None = None
    keep_candidates: bool = False

    def __init__(self, name: str, process: Callable[[Doc], None]):
        self.name, self._process = name, process

    def __call__(self, doc: Doc) -> Doc:
        self._process(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            for doc in batch:
                self._process(doc)
            yield from batch


@Language.factory("kg_sentences", default_config={"lexicon": []})
def make_sentences(nlp: Language, name: str, lexicon: list[str]):
    """Sentence starts for ``doc.sents``: a sentence ends after a run of 。！？； or line breaks.

    Set as one array: spaCy's sentencizer makes a Token object per token, which
    cost more than segmenting with rjieba.
    """
    def component(doc: Doc) -> None:
        words = words_of(doc)
        if not words:
            return
        punct = numpy.fromiter(map(SENTENCE_PUNCT.__contains__, words), dtype=bool, count=len(words))
        flags = numpy.full(len(words), -1, dtype="int64")
        flags[0] = 1
        flags[1:][punct[:-1] & ~punct[1:]] = 1  # the first word after a run of sentence punctuation
        doc.from_array([SENT_START], cast(Any, flags.astype("uint64").reshape(-1, 1)))
    return _Component(name, component)


@Language.factory("kg_regions", default_config={"lexicon": []})
def make_regions(nlp: Language, name: str, lexicon: list[str]):
    gaz = gazetteer()
    places = {n for n in gaz.by_name if len(n) >= 3 or n.endswith(LEVEL_SUFFIXES)}
    # every run of leading characters of a place name: a scan stops as soon as the words read are none
    prefixes = {n[:k] for n in places for k in range(1, len(n) + 1)}

    def component(doc: Doc) -> None:
        # a place name is one to three whole words (新晃/县): 范县 inside 示范县 is not a place
        found = []
        words = words_of(doc)
        starts, ends = token_bounds(doc)
        n, after = len(words), 0
        for i in compress(count(), map(prefixes.__contains__, words)):  # the few words a place name can start with
            if i < after:
                continue
            best, candidate = None, ""
            for j in range(i, min(n, i + 3)):
                candidate += words[j]
                if candidate not in prefixes:
                    break
                if candidate in places:
                    best = j + 1
            if best is not None:
                place = candidate[:ends[best - 1] - starts[i]]
                found.append(Mention(EntityType.REGION, starts[i], ends[best - 1], place, name=place,
                                     rule="regions.gazetteer", confidence=0.8))
                after = best
        _keep(doc, name, EntityType.REGION, found)
    return _Component(name, component)


def _simple_factory(component_name: str, kind: EntityType, finder):
    @Language.factory(component_name, default_config={"lexicon": []})
    def make(nlp: Language, name: str, lexicon: list[str]):
        lex = _lexicon(lexicon)

        def component(doc: Doc) -> None:
            _keep(doc, name, kind, finder(doc, lex))
        return _Component(name, component)
    return make


def _money(doc: Doc, lex: Lexicon) -> list[Mention]:
    doc.user_data["kg_measures"] = find_lengths(text_of(doc))
    return find_money(text_of(doc), lex)


_simple_factory("kg_money", EntityType.FUNDING, _money)
_simple_factory("kg_agencies", EntityType.AGENCY, lambda doc, lex: find_agencies(text_of(doc), lex))


def _decided_factory(component_name: str, kind: EntityType, model_name: str, decide_fn, *,
                     last: bool = False) -> None:
    """Register a component whose mentions a trained model decides (``decide.py``).

    ``decide_fn(doc, lex, tokens, tag, model, keep)`` returns the mentions and
    every candidate with its features; ``kg train`` sets ``keep_candidates``
    to read the latter, and cross-validation swaps ``model``. The ``last`` of
    them drops the arrays they share (``tokens_of``): spaCy hands a component
    a whole batch of docs, and a report on one line is a batch of 30,000-character
    pieces, each with a few MB of arrays.
    """
    @Language.factory(component_name, default_config={"lexicon": []})
    def make(nlp: Language, name: str, lexicon: list[str]):
        lex = _lexicon(lexicon)
        tag = cast(SegmentingTokenizer, nlp.tokenizer).segmenter.tag  # the part-of-speech tags of build_nlp's segmenter

        def component(doc: Doc) -> None:
            found, candidates = decide_fn(doc, lex, tokens_of(doc), tag, made.model,
                                          made.keep_candidates)
            if made.keep_candidates:
                doc.user_data.setdefault("kg_candidates", {})[kind.value] = candidates
            _keep(doc, name, kind, found)
            if last:
                doc.user_data.pop("kg_tokens", None)
        made = _Component(name, component)
        made.model = load_model(model_name)
        return made


_decided_factory("kg_roads", EntityType.ROAD, "roads", lambda doc, lex, tokens, tag, model, keep: decide_roads(
    text_of(doc), lex, find_roads(text_of(doc), lex), tokens=tokens, regions=mentions(doc, EntityType.REGION),
    model=model, keep_features=keep))
_decided_factory("kg_campaigns", EntityType.CAMPAIGN, "campaigns", lambda doc, lex, tokens, tag, model, keep:
                 decide_campaigns(text_of(doc), lex, find_campaigns(text_of(doc), lex), tokens=tokens,
                                  agencies=mentions(doc, EntityType.AGENCY), roads=mentions(doc, EntityType.ROAD),
                                  model=model, keep_features=keep))
def _projects(doc: Doc, lex: Lexicon, tokens: Tokens, tag, model: SpanModel | None,
              keep: bool) -> tuple[list[Mention], list]:
    """The decided projects, with the short names the report defines read as the full ones (``aliases.py``)."""
    text, roads = text_of(doc), mentions(doc, EntityType.ROAD)
    found, candidates = find_projects(text, lex, roads=roads, agencies=mentions(doc, EntityType.AGENCY),
                                      regions=mentions(doc, EntityType.REGION),
                                      campaigns=mentions(doc, EntityType.CAMPAIGN), tag=tag, tokens=tokens, model=model,
                                      keep_features=keep)
    found, renamed = with_stated_aliases(text, found, roads)
    if renamed is not roads:  # a short form the report defines was read as a road: it is the coded one
        _keep(doc, "kg_roads", EntityType.ROAD, renamed)
    return found, candidates


_decided_factory("kg_projects", EntityType.PROJECT, "projects", _projects, last=True)


def _user_dictionary(lex: Lexicon) -> list[str]:
    words = set(lex["campaign.names"]) | set(lex["agency.names"]) | set(lex["agency.self_reference"])
    words |= {lvl for lvl in lex["road.chinese_levels"]}
    return sorted(w for w in words if len(w) >= 2)


@lru_cache(maxsize=4)
def build_nlp(lexicon_paths: tuple[str, ...] = (), segmenter_name: str = DEFAULT_SEGMENTER) -> Language:
    """The project's spaCy pipeline (cached per lexicon and segmenter)."""
    lex = load(lexicon_paths)
    seg: Segmenter = segmenter(segmenter_name, tuple(_user_dictionary(lex)))
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.tokenizer = SegmentingTokenizer(nlp.vocab, seg)
    for component in COMPONENTS:
        nlp.add_pipe(component, config={"lexicon": list(lex.sources)})
    return nlp
