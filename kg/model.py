"""Values passed between the stages: frozen, hashable, with offsets kept true.

Offsets in mentions are positions in the *clean* text (``CleanText.text``);
``CleanText.raw_span`` maps them back to the raw decoded report, which is what
provenance points at.
"""
from __future__ import annotations

import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path


class EntityType(str, Enum):
    """The core classes an extracted entity can have (VOCABULARY.md)."""

    AGENCY = "Agency"
    REGION = "Region"
    ROAD = "Road"
    PROJECT = "Project"
    FUNDING = "Funding"
    CAMPAIGN = "Campaign"


class RoadLevel(str, Enum):
    """Administrative level of a route; values are the SKOS notations."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"
    EXPRESSWAY = "expressway"
    SPECIAL = "special"
    URBAN = "urban"
    UNKNOWN = "unknown"


class FundingKind(str, Enum):
    TOTAL_INVESTMENT = "total_investment"
    COMPLETED_INVESTMENT = "completed_investment"
    SUBSIDY = "subsidy"
    COMPENSATION = "compensation"
    EXPENDITURE = "expenditure"
    FINE = "fine"
    REVENUE = "revenue"
    OTHER = "other"


class ProjectStatus(str, Enum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    PLANNED = "planned"
    UNKNOWN = "unknown"


class SectionMode(str, Enum):
    """Whether a section reports done work, plans future work, or neither."""

    DONE = "done"
    PLAN = "plan"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Report:
    """One input file, decoded.

    Attributes:
        path: where it was read from.
        raw: the decoded text, exactly as read (provenance offsets index it).
        encoding: the detected encoding.
        digest: SHA-256 of the decoded text; reports are identified by content.
        warning: what the reader had to repair (undecodable bytes replaced), for the build report.
    """

    path: Path
    raw: str
    encoding: str
    digest: str
    warning: str = ""

    @property
    def doc_id(self) -> str:
        return self.digest[:16]


@dataclass(frozen=True, slots=True)
class CleanText:
    """Cleaned text plus, for each of its characters, the raw offset it came from.

    ``index`` has ``len(text) + 1`` entries; the last is ``len(raw)``.
    """

    raw: str
    text: str
    index: tuple[int, ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the clean span ``[start, end)``.

        >>> CleanText("a b", "ab", (0, 2, 3)).raw_span(0, 2)
        (0, 3)
        """
        if end <= start:
            pos = self.index[start]
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Section:
    """A numbered part of the report (一、 / （一） / 1.) with its reading mode."""

    start: int
    end: int
    level: int
    heading: str
    mode: SectionMode
    year: int | None


#: Greater than any offset: ``(pos, _AFTER_ANY_END)`` sorts after every span starting at ``pos``.
_AFTER_ANY_END = sys.maxsize


@dataclass(frozen=True, slots=True)
class Structure:
    """What the report says about itself: title, years, sections, sentences."""

    title: str
    title_span: tuple[int, int]
    years: tuple[int, ...]
    sections: tuple[Section, ...]
    sentences: tuple[tuple[int, int], ...]
    #: The whole report's mode: a 工作计划 / 工作要点 plans, unless a section says otherwise.
    mode: SectionMode = SectionMode.OTHER

    def sections_at(self, pos: int) -> tuple[Section, ...]:
        """The sections containing ``pos``, outermost first."""
        return tuple(s for s in self.sections if s.start <= pos < s.end)

    def mode_at(self, pos: int) -> SectionMode:
        """The reading mode at ``pos``: the innermost section that has one, else the report's own."""
        for sec in reversed(self.sections_at(pos)):
            if sec.mode is not SectionMode.OTHER:
                return sec.mode
        return self.mode

    def year_at(self, pos: int) -> int | None:
        """The year the enclosing sections speak of, else the report's last year."""
        for sec in reversed(self.sections_at(pos)):
            if sec.year:
                return sec.year
        return self.years[-1] if self.years else None

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing ``pos`` (sentences are in order and do not overlap), else ``(pos, pos)``."""
        i = bisect_right(self.sentences, (pos, _AFTER_ANY_END)) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return self.sentences[i]
        return pos, pos


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the clean text that names an entity, with what the rule read off it.

    Attributes:
        kind: the entity class.
        start, end: clean-text offsets.
        text: ``clean.text[start:end]``.
        name: the name to use for the entity (may differ from ``text``,
            e.g. a resolved alias such as 我局).
        rule: the component or rule that produced it (``roads.code``).
        confidence: how sure the rule is, 0..1.
    """

    kind: EntityType
    start: int
    end: int
    text: str
    name: str
    rule: str
    confidence: float = 0.9
    code: str | None = None
    level: str | None = None
    amount: Decimal | None = None
    approximate: bool = False
    redacted: bool = False
    funding_kind: FundingKind | None = None


@dataclass(frozen=True, slots=True)
class Measure:
    """A stated length, already in kilometres."""

    start: int
    end: int
    text: str
    km: Decimal


@dataclass(frozen=True, slots=True)
class Link:
    """A relation or attribute found in one report, before identities are resolved.

    ``subject`` and ``target`` are mentions; ``value`` holds a literal instead
    of a target for attributes (length, status, years).
    """

    predicate: str
    subject: Mention
    rule: str
    confidence: float
    target: Mention | None = None
    value: object = None
    evidence: tuple[int, int] = (0, 0)


@dataclass(frozen=True, slots=True)
class Region:
    """An administrative division from the packaged gazetteer (GB/T 2260)."""

    code: str
    name: str
    level: str  # province | city | county
    parent: str | None
    province: str


@dataclass(frozen=True, slots=True)
class ReportContext:
    """Who wrote a report and where: fixes 我局, 省厅 and road-number scope."""

    issuer_name: str
    issuer_span: tuple[int, int] | None  # the mention that names the issuer: in the title, or the one bureau named in full
    region: Region | None
    province: Region | None
    evidence: tuple[str, ...] = field(default_factory=tuple)
