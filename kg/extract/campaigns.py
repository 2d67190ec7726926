"""Campaign mentions: named initiatives, special actions, creation drives, reforms.

Three patterns of the genre, strongest first:

* a quoted name with a campaign ending: “四好农村路”示范县创建, “放管服”改革;
* a phrase ending in a campaign word: 货车超限超载治理, 安全生产专项整治三年行动;
* a nationally recurring name from the lexicon: 主题教育, 扫黑除恶, 春运.

Leading verbs (开展, 深化 …) and a trailing 工作 are not part of the name.

These patterns and every head-anchored reading (``spans.suggest``) are the
candidates; the shipped campaign model (``decide.py``) keeps the readings
that name one campaign. Without a model the patterns decide alone.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.extract.common import CJK, DisjointSpans, WordIndex, alternation, gated, is_common_word, longest_first
from kg.extract.decide import SpanModel, decide
from kg.extract.features import SpanContext
from kg.extract.spans import Candidate, Tokens, suggest, with_ruled
from kg.model import EntityType, Mention
from kg.reference.lexicon import Lexicon, user_additions

#: Words after which a campaign-like ending names a regulation, not a campaign.
LAW_WORDS = ("办法", "条例", "规定", "细则")
#: Words that continue a campaign-like ending into another noun (改革创新).
NOT_BEFORE = ("创新", "发展", "开放", "任务")
#: Objects of 治理 that describe a way of governing rather than a campaign's target.
WEAK_GOVERNANCE_STEMS = ("行业", "现代化", "排查", "执法", "管理", "能力", "体系", "领域", "环保", "生态", "综合", "源头")

QUOTE = "(?:“[^“”\n]{1,20}”){1,3}"
_WALK = re.compile(rf"[{CJK}X“”·、+\w]")
#: Words the left edge of a name never crosses.
BOUNDARY = ("和", "及", "与", "等", "的", "对", "在", "以", "为", "了", "是", "把", "将", "从", "一是", "二是", "三是",
            "四是", "五是", "六是", "同时", "继续", "进一步", "通过", "坚持", "围绕", "聚焦", "按照", "根据", "契机",
            "抓住", "谋划", "全力", "大力", "着力", "努力", "切实", "扎实", "认真", "积极", "深入", "持续", "全面",
            "不断", "有序", "加快", "常态化", "狠抓", "紧盯", "成功", "申报", "组织", "结合", "营造", "构建",
            "全县", "全区", "全市", "年内", "今年", "目前", "当前", "关于", "有关", "部署", "安排", "丰富",
            "因", "确保", "激发", "召开", "严格执行", "引导", "要求", "开展了", "实现", "提高", "提升", "完善")
_DATE_LEAD = re.compile(r"^[\d年度月份底]+")
#: 十四五: a planning period, not a campaign.
_FIVE_YEAR_PLAN = re.compile(r"十[一二三四五六七八九]五")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4)
def _boundary_words(key: tuple[str, ...], lex: Lexicon) -> WordIndex:
    return WordIndex(BOUNDARY + tuple(lex["campaign.lead_verbs"]))


@lru_cache(maxsize=4)
def _patterns(key: tuple[str, ...], lex: Lexicon) -> dict[str, re.Pattern[str]]:
    level = r"(?:国家级|省级|自治区级|市级|县级|区级)?"
    quote_suffix = rf"(?:{level}(?:{alternation(lex['campaign.quote_suffixes'])}))?"
    qualifiers = alternation(lex["campaign.qualifiers"])
    return {
        "quoted": gated(rf"(?P<qual>{qualifiers})?(?P<quote>{QUOTE})(?P<suffix>{quote_suffix})"),
        "suffix": re.compile(rf"(?:{alternation(lex['campaign.suffixes'])})"),
        "known": gated(rf"(?P<qual>{qualifiers})?(?P<name>{alternation(lex['campaign.names'])})(?P<suffix>{quote_suffix})"),
        "lead": re.compile(rf"(?:{alternation(lex['campaign.lead_verbs'])})$"),
        "lead_start": re.compile(rf"^(?:{alternation(lex['campaign.lead_verbs'])})+"),
    }


def _strip(name: str, lex: Lexicon, pats: dict[str, re.Pattern[str]]) -> tuple[int, int]:
    """Offsets within ``name`` after dropping lead verbs and a trailing 工作."""
    dates = _DATE_LEAD.match(name)  # 2022年度“四好农村路”…: the date is not the name
    start = dates.end() if dates and dates.end() < len(name) - 1 else 0
    m = pats["lead_start"].match(name, start)
    if m and m.end() < len(name) - 1:
        start = m.end()
    end = len(name)
    if name.endswith("工作") and end - start > 4:
        end -= 2
    return start, end


def _left_edge(text: str, pos: int, lex: Lexicon, pats: dict[str, re.Pattern[str]]) -> int:
    i = pos
    while i > 0 and pos - i < 22 and _WALK.match(text[i - 1]):
        i -= 1
    chunk = text[i:pos]
    cut = _boundary_words(lex.key(), lex).last_end(chunk)
    # a list: the name starts after the last 、 unless what follows it is too
    # short to stand alone (创新力、执行力提升行动)
    at = chunk.rfind("、", cut)
    if at >= 0 and not (pos - (i + at + 1) <= 3 and at - cut <= 8 and not chunk[cut:at].endswith("”")):
        cut = at + 1
    # never start inside an unclosed quote
    opened = chunk.rfind("“", cut)
    if opened >= 0 and "”" not in chunk[opened:]:
        cut = opened + 1
    start = i + cut
    while start < pos and text[start] in "、”":
        start += 1
    return start


def find_campaigns(text: str, lex: Lexicon) -> list[Mention]:
    """All campaign mentions, longest kept where they overlap."""
    pats = _patterns(lex.key(), lex)
    generic = set(lex["campaign.generic"])
    reject_after = tuple(lex["campaign.quote_reject_after"])
    reject_before = tuple(lex["campaign.quote_reject_before"])
    reject_words = tuple(lex["campaign.quote_reject_words"])
    known = set(lex["campaign.names"])
    found: list[Mention] = []

    def add(start: int, end: int, rule: str, confidence: float) -> None:
        name = text[start:end]
        s, e = _strip(name, lex, pats)
        start, end = start + s, start + e
        name = text[start:end]
        bare = name.strip("“”")
        if len(bare) < 2 or name in generic or bare in generic or name in lex.stop_names:
            return
        if name.split("、")[-1] in generic:
            return
        found.append(Mention(EntityType.CAMPAIGN, start, end, name, name=name, rule=rule, confidence=confidence))

    for m in pats["quoted"].finditer(text):
        quote = m["quote"]
        inner = quote.replace("”“", "").strip("“”")
        before = text[max(0, m.start() - 6):m.start()]
        after = text[m.end("quote"):m.end("quote") + 6]
        if "，" in inner or "," in inner or _FIVE_YEAR_PLAN.fullmatch(inner):
            continue
        if any(w in inner for w in reject_words) or (_DIGIT.search(inner) and inner not in known):
            continue
        if m["suffix"]:
            add(m.start(), m.end(), "campaigns.quoted_with_ending", 0.85)
            continue
        if "、" in inner or before.endswith(reject_before) or after.startswith(reject_after):
            continue
        if inner in known or pats["lead"].search(before):
            add(m.start("quote"), m.end(), "campaigns.quoted_after_verb", 0.7)

    for m in pats["suffix"].finditer(text):
        follow = text[m.end():m.end() + 2]
        if follow[:1] == "”" or follow.startswith(LAW_WORDS):
            continue  # inside a quoted name, or the title of a regulation
        if not follow.startswith(("方案", "工作", "实施")) and (
                is_common_word(text[m.end() - 2:m.end() + 2], 1) or is_common_word(text[m.end() - 2:m.end() + 1], 1)):
            continue  # the ending is part of a longer word: 改革创新
        start = _left_edge(text, m.start(), lex, pats)
        stem = text[start:m.start()]
        if len(stem.strip("“”")) < 3 or stem.endswith("工作") or follow.startswith(NOT_BEFORE):
            continue
        if m.group() == "治理" and stem.endswith(WEAK_GOVERNANCE_STEMS):
            continue  # 行业治理, 隐患排查治理: a way of working, not a named campaign
        add(start, m.end(), "campaigns.ending", 0.75)

    for m in pats["known"].finditer(text):
        add(m.start(), m.end(), "campaigns.lexicon", 0.8)

    return longest_first(found)


def decide_campaigns(text: str, lex: Lexicon, ruled: list[Mention], *, tokens: Tokens,
                     agencies: Sequence[Mention] = (), roads: Sequence[Mention] = (),
                     model: SpanModel | None = None,
                     keep_features: bool = False) -> tuple[list[Mention], list[tuple[Candidate, list[str]]]]:
    """Campaign mentions as ``model`` chooses them among the patterns' and the head-anchored readings.

    Returns them with every candidate and its features (what ``kg train`` learns from).
    """
    candidates = with_ruled(suggest(text, lex, tokens.starts, field="campaign.name_heads", rule="spans.campaign_head",
                                    marks=tokens.clauses),
                            ruled, lambda m: m.text[-2:])
    by_span = {(m.start, m.end): m for m in ruled}
    ctx = SpanContext.of(text, tokens.starts, tokens.ends, tokens.words, roads=roads, agencies=agencies,
                         ruled=ruled, candidates=candidates, generic=lex["campaign.generic"],
                         verbs=lex["span.inner_verbs"], positions=tokens.positions)
    chosen, featured = decide(ctx, candidates, model, stop_names=lex.stop_names, keep_features=keep_features)
    if model is None:
        return ruled, featured
    # names from the user's own lexicon are kept whatever the model says
    insisted = user_additions(lex, "campaign.names")
    found = [m for m in ruled if m.name in insisted]
    taken = DisjointSpans()
    for m in found:
        taken.add(m.start, m.end)
    for p, c in chosen:
        if taken.overlaps(c.start, c.end):
            continue
        taken.add(c.start, c.end)
        known = by_span.get((c.start, c.end))
        written = text[c.start:c.end]
        found.append(Mention(EntityType.CAMPAIGN, c.start, c.end, written,
                             name=known.name if known is not None else written,
                             rule=f"campaigns.model({known.rule if known is not None else c.rule})",
                             confidence=round(p, 3)))
    return sorted(found, key=lambda m: (m.start, m.end)), featured
