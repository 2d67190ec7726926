"""Stage 3, document structure: clean text -> ``Structure``.

Finds the title, the years the report covers, its section tree
(一、 / （一） / 1. / 1、) and whether each section summarises done work
or plans future work, and the sentence boundaries. Project status and years
depend on the section a fact sits in.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.model import Section, SectionMode, Structure

YEAR = re.compile(r"(20[0-4]\d|19[89]\d)(?=年)")
_CN_NUM = "一二三四五六七八九十"
#: Heading markers by depth: 一、  （一）  1.  1、
HEADINGS = (
    (1, re.compile(rf"^[{_CN_NUM}]{{1,3}}[、.．]")),
    (2, re.compile(rf"^[（(][{_CN_NUM}]{{1,3}}[）)]")),
    (3, re.compile(r"^\d{1,2}(?:[、.．](?!\d)|[）)])")),
)
PLAN_WORDS = ("计划", "打算", "谋划", "思路", "要点", "下一步", "工作安排", "展望", "思考",
              "工作设想", "工作部署", "安排")
DONE_WORDS = ("总结", "完成情况", "开展情况", "工作情况", "进行情况", "回顾", "成效", "亮点", "取得", "主要做法",
              "工作成绩", "落实情况")
OTHER_WORDS = ("存在问题", "存在的问题", "困难", "不足", "短板", "问题和", "建议")
SENTENCE_END = re.compile(r"[。！？!?；;]|\n")
TITLE_WORDS = ("总结", "计划", "要点", "报告", "汇报", "安排", "谋划", "打算")
_HEADING_END = re.compile(r"[。：:]")


def _heading_text(line: str) -> str:
    """The heading proper: up to the first full stop or colon."""
    m = _HEADING_END.search(line)
    return line[: m.start()] if m else line[:40]


def _mode_of(heading: str) -> SectionMode:
    if any(w in heading for w in OTHER_WORDS):
        return SectionMode.OTHER
    if any(w in heading for w in PLAN_WORDS):
        return SectionMode.PLAN
    if any(w in heading for w in DONE_WORDS):
        return SectionMode.DONE
    return SectionMode.OTHER


#: Page furniture a copied web page or DOCX preview puts above a report: 【资料图】, 来源：…, 字号：大中小.
CLUTTER = re.compile(r"^(?:【[^】]*】)+$|^(?:来源|发布时间|发布日期|时间|作者|编辑|责任编辑|字号|浏览次数|阅读|点击|"
                     r"当前位置|首页|分享到|打印|关闭)[：:>\s]|^[\d\-:/\s年月日]+$")
#: A numbered heading (一、 （一） 1.): the body has begun.
_NUMBERED = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]")
#: How many lines from the top a title may sit under such furniture.
TITLE_SEARCH_LINES = 8


def _title(text: str) -> tuple[str, tuple[int, int]]:
    """The first line that reads like a report title, past any page furniture above it.

    A title names the report (工作总结, 工作要点 …) or is a short headline;
    lines such as 【资料图】 or 来源：… are skipped.
    """
    pos = 0
    seen = 0
    first: tuple[str, tuple[int, int]] | None = None
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and not CLUTTER.search(stripped):
            start = pos + line.index(stripped)
            span = (start, start + len(stripped))
            if len(stripped) <= 80 and "。" not in stripped:
                if any(w in stripped for w in TITLE_WORDS) and (first is None or not _NUMBERED.match(stripped)):
                    return stripped, span
                if first is None and len(stripped) <= 40:
                    first = (stripped, span)
            elif first is None:
                return "", (start, start)
            seen += 1
            if seen >= TITLE_SEARCH_LINES:
                break
        pos += len(line) + 1
    return first if first is not None else ("", (0, 0))


#: A year written as the report's own frame (2021年以来, 2021年上半年, 2021年1-9月) counts double.
_FRAMED_YEAR = re.compile(r"(20[0-4]\d)年(?:以来|全年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|[1-9１-９]-\d{1,2}月|度)")
#: The date a copied page was published (发布时间：2021-10-15) counts three times.
_PUBLISHED = re.compile(r"(?:发布时间|发布日期|时间)[：:]\s*(20[0-4]\d)[-年/.]")


def _year_of_frame(text: str) -> list[int]:
    """The year a report with no year in its title or top headings speaks of: the one its text writes most,
    its own frames (2021年以来) and its publication date counting more; a year in passing (借助2020年…) loses."""
    votes: Counter = Counter()
    for y in YEAR.findall(text):
        votes[int(y)] += 1
    for y in _FRAMED_YEAR.findall(text):
        votes[int(y)] += 1
    for y in _PUBLISHED.findall(text[:600]):
        votes[int(y)] += 3
    if not votes:
        return []
    best = max(votes.values())
    return [max(y for y, n in votes.items() if n == best)]


def analyse(text: str) -> Structure:
    """Read the structure of a cleaned report text."""
    title, title_span = _title(text)
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1

    open_: list[tuple[int, int, str, SectionMode, int | None]] = []  # level, start, heading, mode, year
    sections: list[Section] = []

    def close(upto_level: int, at: int) -> None:
        while open_ and open_[-1][0] >= upto_level:
            lvl, start, heading, mode, year = open_.pop()
            sections.append(Section(start, at, lvl, heading, mode, year))

    for start, line in lines:
        if start < title_span[1] and title:
            continue
        for level, pattern in HEADINGS:
            if pattern.match(line):
                heading = _heading_text(line)
                # "1." lists inside a plan are items, not new sections, unless
                # the parent is missing; the mode still comes from the words.
                close(level, start)
                years = [int(y) for y in YEAR.findall(heading)]
                open_.append((level, start, heading, _mode_of(heading), years[-1] if years else None))
                break
    close(0, len(text))
    sections.sort(key=lambda s: (s.start, s.level))

    years = sorted({int(y) for y in YEAR.findall(title)})
    if not years:
        years = sorted({s.year for s in sections if s.level == 1 and s.year})
    if not years:
        years = _year_of_frame(text)

    sentences: list[tuple[int, int]] = []
    begin = 0
    for m in SENTENCE_END.finditer(text):
        end = m.end()
        if text[begin:end].strip():
            sentences.append((begin, end))
        begin = end
    if text[begin:].strip():
        sentences.append((begin, len(text)))
    # a title that only plans (…工作计划, …工作要点) makes the whole report a plan; one that also sums up
    # (…总结及…计划) leaves it to the sections
    mode = SectionMode.PLAN if _mode_of(title) is SectionMode.PLAN and not any(w in title for w in DONE_WORDS) \
        else SectionMode.OTHER
    return Structure(title=title, title_span=title_span, years=tuple(years),
                     sections=tuple(sections), sentences=tuple(sentences), mode=mode)
