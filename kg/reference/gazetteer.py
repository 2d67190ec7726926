"""Administrative divisions (GB/T 2260) from the gazetteer jionlp ships.

jionlp's ``dictionary/china_location.zip`` lists province / city / county
with their six-digit codes and short aliases; only those three levels are
read (townships and villages carry no code there). Loaded once per process.
"""
from __future__ import annotations

import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from kg.model import Region
from kg.reference.datacache import derived

#: Endings of a region's full name, by level (湖南省, 怀化市, 新晃侗族自治县, 锡林郭勒盟): the one list every
#: stage that tells a place name from a word reads.
LEVEL_SUFFIXES = ("自治区", "省", "市", "县", "区", "旗", "州", "盟")
#: Endings of a township's name (镇, 乡), below the gazetteer's levels.
TOWN_SUFFIXES = ("镇", "乡")

LEVELS = ("province", "city", "county")
#: Endings a short alias may take in running text (新晃 -> 新晃县).
_ALIAS_ENDINGS = {"county": ("县", "区", "市", "旗"), "city": ("市", "州", "盟"), "province": ("省",)}
#: Development zones and the like (codes xx7x) are statistical areas, not
#: administrative regions a report is "from".
_SKIP_NAME_PARTS = ("开发区", "工业园", "园区", "新区管委会", "示范区", "管理区")


class Gazetteer:
    """Name -> regions index over the packaged division list."""

    def __init__(self, regions: Iterable[Region]):
        self.by_code: dict[str, Region] = {}
        self.by_name: dict[str, list[Region]] = defaultdict(list)
        self._names: list[str] | None = None
        self._by_region: dict[str, list[str]] | None = None
        self._max_len = 0
        #: lengths of the names of two characters or more, longest first, by their last / first two characters
        self._lengths_by_end: dict[str, list[int]] = {}
        self._lengths_by_start: dict[str, list[int]] = {}
        for region in regions:
            self.by_code[region.code] = region

    def add_name(self, name: str, region: Region) -> None:
        if region not in self.by_name[name]:
            self.by_name[name].append(region)

    def lookup(self, name: str) -> list[Region]:
        return list(self.by_name.get(name, ()))

    def ancestors(self, region: Region) -> list[Region]:
        out = []
        code = region.parent
        while code and code in self.by_code:
            parent = self.by_code[code]
            out.append(parent)
            code = parent.parent
        return out

    def province_of(self, region: Region) -> Region:
        return self.by_code.get(region.province, region)

    def full_name(self, region: Region) -> str:
        """湖南省怀化市新晃侗族自治县: the names from the province down."""
        chain = [region, *self.ancestors(region)]
        names: list[str] = []
        for r in reversed(chain):
            if not names or names[-1] != r.name:  # 上海市 / 上海市
                names.append(r.name)
        return "".join(names)

    def names(self) -> list[str]:
        """Every known name, longest first (computed once)."""
        if self._names is None:
            self._names = sorted(self.by_name, key=lambda n: (-len(n), n))
            self._max_len = max((len(n) for n in self.by_name), default=0)
            for name in self._names:  # longest first, so each list is too
                if len(name) >= 2:
                    for index, key in ((self._lengths_by_end, name[-2:]), (self._lengths_by_start, name[:2])):
                        lengths = index.setdefault(key, [])
                        if not lengths or lengths[-1] != len(name):
                            lengths.append(len(name))
        return self._names

    def names_of(self, region: Region) -> list[str]:
        """Every name the region goes by, shortest first among those ending like the official name."""
        if self._by_region is None:
            index: dict[str, list[str]] = defaultdict(list)
            for name, regions in self.by_name.items():
                for r in regions:
                    index[r.code].append(name)
            self._by_region = {code: sorted(ns, key=lambda n: (len(n), n)) for code, ns in index.items()}
        # forms ending like the official name first: 沂源县 before the constructed 沂源区
        return sorted(self._by_region.get(region.code, ()), key=lambda n: (not n.endswith(region.name[-1]), len(n), n))

    def name_ending_at(self, text: str, pos: int, min_len: int = 2) -> str | None:
        """The longest region name that ends exactly at ``pos`` in ``text``."""
        self.names()
        # only the lengths of names ending in the two characters before ``pos``: one or two, not every length
        lengths = self._lengths_by_end.get(text[max(0, pos - 2):pos], ()) if min_len >= 2 else \
            range(min(self._max_len, pos), min_len - 1, -1)
        for length in lengths:
            if min_len <= length <= pos and text[pos - length:pos] in self.by_name:
                return text[pos - length:pos]
        return None

    def name_starting(self, text: str, min_len: int = 3) -> str | None:
        """The longest region name ``text`` starts with."""
        self.names()
        lengths = self._lengths_by_start.get(text[:2], ()) if min_len >= 2 else \
            range(min(self._max_len, len(text)), min_len - 1, -1)
        for length in lengths:
            if min_len <= length <= len(text) and text[:length] in self.by_name:
                return text[:length]
        return None


def _read_rows() -> list[tuple[int, str, str, str]]:
    # locate the data without importing jionlp (its import is slow and prints a banner)
    spec = find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jionlp is not installed: it provides the region gazetteer")
    ref = Path(list(spec.submodule_search_locations)[0]) / "dictionary" / "china_location.zip"
    return [(int(a), str(b), str(c), str(d)) for a, b, c, d in derived("china-locations", ref, _parse_locations)]


def _parse_locations(ref: Path) -> list[tuple[int, str, str, str]]:
    """(depth, name, code, alias) of provinces (0), cities (1) and counties (2) in jionlp's list."""
    with zipfile.ZipFile(ref) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    rows = []
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 2:
            continue
        parts = line.strip("\t").split("\t")
        if len(parts) >= 2 and parts[1].isdigit():
            rows.append((depth, parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return rows


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (province, city, county), built on first use."""
    regions: list[tuple[Region, str]] = []
    stack: list[Region | None] = [None, None, None]
    for depth, name, code, alias in _read_rows():
        parent = stack[depth - 1] if depth else None
        province = stack[0].code if depth and stack[0] else code
        region = Region(code=code, name=name, level=LEVELS[depth],
                        parent=parent.code if parent and parent.code != code else None,
                        province=province)
        stack[depth] = region
        regions.append((region, alias))
    gaz = Gazetteer(r for r, _ in regions)
    alias_count = Counter(a for _, a in regions if a)
    for region, alias in regions:
        if any(part in region.name for part in _SKIP_NAME_PARTS):
            continue
        gaz.add_name(region.name, region)
        if alias and len(alias) >= 2 and alias != region.name:
            for ending in _ALIAS_ENDINGS[region.level]:
                gaz.add_name(alias + ending, region)
            if alias_count[alias] == 1 and region.level != "province":
                gaz.add_name(alias, region)
        if region.level == "province":
            gaz.add_name(alias, region)
    # the same province or city may be listed once per level (直辖市)
    return gaz


def choose(candidates: list[Region], context: Counter) -> Region | None:
    """Pick among same-named regions the one whose ancestors the text names most."""
    if len(candidates) == 1:
        return candidates[0]
    gaz = gazetteer()
    scored = sorted(((sum(context[a.code] for a in gaz.ancestors(c)), c.code, c) for c in candidates),
                    key=lambda t: (-t[0], t[1]))
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][2]
    return None
