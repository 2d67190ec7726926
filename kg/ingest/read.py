"""Stage 1, ingest: a file path -> ``Report`` (text and identity).

Text files arrive in whatever encoding the office used: UTF-8 (with or without
BOM), GB18030/GBK, UTF-16. The encoding is detected, never assumed. Word,
PDF and HTML reports are read by ``kg.formats``.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from kg.config import MAX_BYTES, SUPPORTED_SUFFIXES
from kg.errors import InputError
from kg.ingest import formats
from kg.model import Report

#: Share of CJK characters a report needs, so that junk decoded by luck is refused.
MIN_CJK_SHARE = 0.05

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode report bytes, returning ``(text, encoding)``.

    Tries a byte-order mark, then strict UTF-8, then GB18030 (a superset of
    GBK and GB2312), then UTF-16 without BOM, then charset-normalizer's guess.

    >>> decode("省道311线".encode("gbk"), Path("x.txt"))
    ('省道311线', 'gb18030')
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    if b"\x00" in data:
        # text in UTF-8 or GB18030 never holds NUL bytes; UTF-16 without BOM does
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _cjk_share(text) >= MIN_CJK_SHARE and "\x00" not in text:
                return text, "utf-16"
        raise InputError(path, "binary content, not text")
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "cannot detect the text encoding (binary file?)")
    return str(best), best.encoding


_CJK_RUN = re.compile("[\u4e00-\u9fff]+")


def _cjk_share(text: str) -> float:
    """The share of CJK characters: what deleting their runs takes away (one pass in C, no list of pieces)."""
    if not text:
        return 0.0
    return (len(text) - len(_CJK_RUN.sub("", text))) / len(text)


def read(path: Path) -> Report:
    """Read one report file (.txt, .docx, .pdf, .html).

    Raises:
        InputError: unsupported ending, unreadable, too large, empty, binary,
            damaged, no text layer, or no Chinese.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(path, f"unsupported format {path.suffix or '(no ending)'!r} "
                               f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"too large for one report ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise InputError(path, "the file is empty")
    if suffix == ".docx":
        text, encoding = formats.docx_text(path), "docx"
    elif suffix == ".pdf":
        text, encoding = formats.pdf_text(path), "pdf"
    elif suffix in (".html", ".htm"):
        text, encoding = formats.html_text(path, data), "html"
    else:
        text, encoding = decode(data, path)
    if "\x00" in text or _cjk_share(text) < MIN_CJK_SHARE:
        raise InputError(path, "no Chinese text found (binary file or wrong format?)")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Report(path=path, raw=text, encoding=encoding, digest=digest)


def find_inputs(inputs: Iterable[Path]) -> Iterator[Path]:
    """Expand files and folders into report files, sorted, each once."""
    seen: set[Path] = set()
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            # broken links are listed too, so that they are reported rather than silently missed
            candidates = sorted(p for p in item.rglob("*") if (p.is_file() or p.is_symlink()) and not p.is_dir()
                                and not p.name.startswith("."))
        else:
            candidates = [item]
        for path in candidates:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path
