"""Annotated reports: report texts with their gold JSON (``../shared/eval/GUIDELINES.md``), and labels read off them.

Three folders are looked for: the samples' and the development reports'
gold beside the shared corpus, and ``training/annotated/`` in the project,
where a report and its gold lie side by side (``NAME.txt`` + ``NAME.json``).
A user who annotates reports of their own passes their folder instead.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.config import PROJECT_DIR
from kg.errors import KgError

SHARED_DIR = PROJECT_DIR.parent / "shared"
TRAINING_DIR = PROJECT_DIR / "training" / "annotated"
#: (report texts, their gold files) for the shared corpus; project folders hold both in one.
SHARED_SOURCES = ((SHARED_DIR / "corpus" / "seeds", SHARED_DIR / "eval" / "gold"),
                  (SHARED_DIR / "corpus" / "dev", SHARED_DIR / "eval" / "gold-dev"))

_DROP = re.compile(r"[\s“”‘’\"'《》「」『』〈〉<>·•]")


def norm_name(text: str) -> str:
    """A name as the gold is compared: NFKC, ASCII brackets, no spaces or quotes, upper case."""
    text = unicodedata.normalize("NFKC", text).replace("（", "(").replace("）", ")")
    return _DROP.sub("", text).upper()


@dataclass(frozen=True)
class Annotated:
    """One annotated report: where its text is, and its gold."""

    name: str
    text_path: Path
    gold: dict

    def names(self, kind: str, *, optional: bool) -> set[str]:
        """Normalised names and aliases of the gold items of ``kind`` (optional ones or required ones)."""
        out = set()
        for item in self.gold.get(kind, []):
            if bool(item.get("optional")) != optional or item.get("composed"):
                continue
            out |= {norm_name(n) for n in [item.get("name", ""), *item.get("aliases", []), *item.get("names", [])]
                    if n}
        return out


def default_folders() -> list[Path | tuple[Path, Path]]:
    """The annotated folders present on this machine: the shared gold (when ``../shared`` is there) and ours."""
    found: list[Path | tuple[Path, Path]] = [pair for pair in SHARED_SOURCES if pair[0].is_dir() and pair[1].is_dir()]
    if TRAINING_DIR.is_dir():
        found.append(TRAINING_DIR)
    return found


def annotated_reports(folders: Iterable[Path | tuple[Path, Path]]) -> list[Annotated]:
    """The annotated reports of ``folders``, sorted by name; a folder is (texts, golds) or one holding both."""
    out: list[Annotated] = []
    for folder in folders:
        texts, golds = folder if isinstance(folder, tuple) else (folder, folder)
        if not Path(golds).is_dir():
            raise KgError(f"{golds}: not a folder of gold JSON files")
        for gold_path in sorted(Path(golds).glob("*.json")):
            text_path = Path(texts) / f"{gold_path.stem}.txt"
            if not text_path.exists():
                raise KgError(f"{gold_path}: no report {text_path.name} beside it")
            try:
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
            except ValueError as exc:
                raise KgError(f"{gold_path}: not JSON ({exc})") from exc
            out.append(Annotated(gold_path.stem, text_path, gold))
    return sorted(out, key=lambda a: a.name)


def span_label(name: str, report: Annotated, kind: str = "projects") -> int | None:
    """1 when ``name`` is a required gold name or alias, None when it is an optional one (not learned from), else 0."""
    key = norm_name(name)
    if key in report.names(kind, optional=False):
        return 1
    if key in report.names(kind, optional=True):
        return None
    return 0


def owner_label(project: str, amount: int | None, report: Annotated, written: str = "") -> int | None:
    """1 when the gold states ``amount`` for the project named ``project`` (its name or an alias), 0 when
    it states that amount for another project or none, None when it cannot say (a redacted amount, an
    optional project or funding).

    The gold funding is found by its amount and, where one of them is, by its written form (``written``
    inside the gold's text or the other way round): a report may state one amount twice, for two projects
    or for one and for none.
    """
    if amount is None:
        return None
    projects = {p["name"]: p for p in report.gold.get("projects", [])}
    same = [f for f in report.gold.get("fundings", []) if f.get("amount_cny") == amount]
    by_text = [f for f in same if written and (written in f.get("text", "") or f.get("text", "") in written)]
    key = norm_name(project)
    labels: set[int | None] = set()
    for funding in by_text or same:
        gold = projects.get(funding.get("project") or "", {"name": funding.get("project") or ""})
        if not funding.get("project") or key not in {norm_name(n) for n in [gold["name"], *gold.get("aliases", [])]}:
            labels.add(0)
        else:
            labels.add(None if gold.get("optional") or funding.get("optional") else 1)
    return 1 if 1 in labels else (None if None in labels or not labels else 0)


def road_label(project: str, road_text: str, road_code: str | None, report: Annotated) -> int | None:
    """1 when the gold puts the project named ``project`` on this road (by its code or one of its names),
    0 when the project is a gold project not on it, or no gold project at all; None when the project or
    the road is optional."""
    key = norm_name(project)
    roads = report.gold.get("roads", [])
    mine = {norm_name(road_text)} | ({road_code.upper()} if road_code else set())
    for gold in report.gold.get("projects", []):
        if key not in {norm_name(n) for n in [gold["name"], *gold.get("aliases", [])]}:
            continue
        for ref in gold.get("roads", []):
            entry: dict = next((r for r in roads if ref == r.get("code") or ref in (r.get("names") or [])), {})
            theirs = {norm_name(n) for n in [ref, *(entry.get("names") or [])]}
            theirs |= {entry["code"].upper()} if entry.get("code") else set()
            if mine & theirs:
                return None if gold.get("optional") or entry.get("optional") else 1
        return None if gold.get("optional") else 0
    return 0


def _close(a: str, b: str) -> bool:
    """Whether two normalised names name the same thing as the scorer reads names: equal, or one inside the
    other and at least half as long (县公安局 in 某县公安局; “百日攻坚”专项整治 in …专项整治行动)."""
    short, long_ = sorted((a, b), key=len)
    return bool(short) and short in long_ and 2 * len(short) >= len(long_)


def _any_close(mine: set[str], theirs: set[str]) -> bool:
    return any(_close(a, b) for a in mine for b in theirs)


def partner_label(campaign: str, agency_names: list[str], report: Annotated) -> int | None:
    """1 when the gold names the agency (by any of ``agency_names``: as written, as resolved) as taking part
    in the campaign named ``campaign``, 0 when it does not or the campaign is no gold campaign; None when
    it cannot say: the agency is the issuer (whose part is implied, not annotated) or optional, or the
    campaign is optional. Names match as the scorer matches them, not only when equal: a link read with a
    name a little longer or shorter than the gold's still counts there, and must be learned as one."""
    mine = {norm_name(n) for n in agency_names if n}
    agencies = {norm_name(a.get("name", "")): a for a in report.gold.get("agencies", [])}
    issuer = report.gold.get("issuer") or {}
    issuer_key = norm_name(issuer.get("name", "") if isinstance(issuer, dict) else str(issuer))
    if _any_close(mine, {issuer_key, *(norm_name(n) for n in agencies.get(issuer_key, {}).get("aliases", []))}):
        return None
    key = {norm_name(campaign)}
    labels: set[int | None] = set()
    for gold in report.gold.get("campaigns", []):
        if not _any_close(key, {norm_name(n) for n in [gold["name"], *gold.get("aliases", [])]}):
            continue
        if gold.get("optional"):
            labels.add(None)
            continue
        label: int | None = 0
        for listed in gold.get("agencies", []):
            entry = agencies.get(norm_name(listed), {})
            if _any_close(mine, {norm_name(n) for n in [listed, *entry.get("aliases", [])]}):
                label = None if entry.get("optional") else 1
                break
        labels.add(label)
    return 1 if 1 in labels else (None if None in labels else 0)
