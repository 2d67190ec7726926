"""Stage 1, ingest: a file path -> ``Report`` (text and identity).

Text files arrive in whatever encoding the office used: UTF-8 (with or without
BOM), GB18030/GBK, UTF-16. The encoding is detected, never assumed. Word,
PDF and HTML reports are read by ``kg.formats``.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
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


#: Undecodable bytes a report may have and still be read (with replacement characters and a warning):
#: a few stray bytes from a bad copy (a handful, or one in a hundred), not a file in another encoding.
MAX_BAD_BYTES, MAX_BAD_BYTE_SHARE = 4, 0.01


def decode(data: bytes, path: Path) -> tuple[str, str, str]:
    """Decode report bytes, returning ``(text, encoding, warning)``.

    Tries a byte-order mark, then strict UTF-8, then the Chinese double-byte
    encodings (GB18030, a superset of GBK and GB2312, or Big5-HKSCS, told
    apart by ``_looks_simplified``), then UTF-16 without BOM; a text with a
    few undecodable bytes is read with replacement characters and a warning;
    last, charset-normalizer's guess.

    >>> decode("省道311线".encode("gbk"), Path("x.txt"))
    ('省道311线', 'gb18030', '')
    >>> decode("國道改建工程".encode("big5"), Path("x.txt"))[:2]
    ('國道改建工程', 'big5hkscs')
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _after_mark(data, bom, enc, path)
    if b"\x00" in data:
        # a UTF-8 text with a stray NUL byte or two (a bad copy): read as UTF-8, the NULs dropped
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        nuls = text.count("\x00")
        if text and _cjk_share(text) >= MIN_CJK_SHARE and nuls <= max(MAX_BAD_BYTES, MAX_BAD_BYTE_SHARE * len(text)):
            return text.replace("\x00", ""), "utf-8", f"{nuls} NUL byte(s) dropped (read as utf-8)"
        # otherwise: text in UTF-8 or GB18030 never holds NUL bytes; UTF-16 without BOM does
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _cjk_share(text) >= MIN_CJK_SHARE and "\x00" not in text:
                return text, "utf-16", ""
        raise InputError(path, "binary content, not text")
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    readings = {}
    for enc in ("gb18030", "big5hkscs"):
        try:
            readings[enc] = data.decode(enc)
        except UnicodeDecodeError:
            pass
    if "gb18030" in readings and ("big5hkscs" not in readings or _looks_simplified(readings["gb18030"])):
        return readings["gb18030"], "gb18030", ""
    if "big5hkscs" in readings:
        return readings["big5hkscs"], "big5hkscs", ""
    for enc in ("utf-8", "gb18030"):
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(MAX_BAD_BYTES, MAX_BAD_BYTE_SHARE * len(text)):
            return text, enc, f"{bad} undecodable byte sequence(s) replaced by U+FFFD (read as {enc})"
    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "cannot detect the text encoding (binary file?)")
    return str(best), best.encoding, ""


def _after_mark(data: bytes, bom: bytes, enc: str, path: Path) -> tuple[str, str, str]:
    """A text that opens with a byte-order mark: in the mark's encoding; with a few undecodable bytes (an odd
    byte out at the end of UTF-16), read with replacement characters and a warning; else the mark is not the
    text's (a UTF-8 mark before GBK text) and the bytes after it are read as any report's are."""
    try:
        return data.decode(enc), enc, ""
    except UnicodeDecodeError:
        pass
    text = data.decode(enc, errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(MAX_BAD_BYTES, MAX_BAD_BYTE_SHARE * len(text)):
        return text, enc, f"{bad} undecodable byte sequence(s) replaced by U+FFFD (read as {enc})"
    text, found, warning = decode(data[len(bom):], path)
    return text, found, "; ".join(w for w in (f"a {enc} byte-order mark that the text after it does not follow",
                                              warning) if w)


#: Characters looked at to tell GB18030 from Big5.
_SAMPLE_CHARS = 20_000


def _looks_simplified(text: str) -> bool:
    """Whether a GB18030 reading is the text rather than Big5 bytes misread.

    Mainland reports are written almost wholly in GB2312's 6,763 common
    characters; Big5 bytes read as GB18030 land mostly outside them, in GBK's
    rare extensions (臺灣 in Big5 reads as 驛礊). Both readings usually
    decode without error, so the bytes alone cannot decide.
    """
    chars = set(_CJK_RUN_CHARS.findall(text[:_SAMPLE_CHARS]))
    if not chars:
        return True
    common = 0
    for ch in chars:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common >= 0.9 * len(chars)


_CJK_RUN_CHARS = re.compile("[\u4e00-\u9fff]")
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
    data = read_bytes(path)
    if not data.strip():
        raise InputError(path, "the file is empty")
    if suffix == ".docx":
        text, encoding, warning = formats.docx_text(path, data), "docx", ""
    elif suffix == ".pdf":
        text, encoding, warning = formats.pdf_text(path, data), "pdf", ""
    elif suffix in (".html", ".htm"):
        text, encoding, warning = formats.html_text(path, data), "html", ""
    else:
        text, encoding, warning = decode(data, path)
    if "\x00" in text or _cjk_share(text) < MIN_CJK_SHARE:
        raise InputError(path, "no Chinese text found (binary file or wrong format?)")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Report(path=path, raw=text, encoding=encoding, digest=digest, warning=warning)


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes, at most ``MAX_BYTES`` of them.

    Opened without blocking and checked on the open descriptor, so a FIFO
    (which would wait for a writer forever), a device (``/dev/zero`` never
    ends) or a socket behind a report's name is refused, not read; the limit
    holds for what is read, whatever the file's size claimed to be.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        reason = "a loop of symbolic links" if exc.errno == errno.ELOOP else exc.strerror or str(exc)
        raise InputError(path, f"cannot read the file: {reason}") from exc
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(path, "not a regular file (a device, FIFO or socket): not read")
        try:
            data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise InputError(path, f"too large for one report (over {MAX_BYTES / 1e6:.0f} MB)")
    return data


def find_inputs(inputs: Iterable[Path], unreadable: list[tuple[Path, str]] | None = None) -> Iterator[Path]:
    """Expand files and folders into report files, sorted, each once.

    Links to files are followed (a loop of them is listed, so that reading
    it reports the loop); links to folders are not, so a tree cannot lead
    back into itself. A folder that cannot be listed goes into ``unreadable``
    with the reason, instead of its reports silently missing from the build.
    """
    seen: set[str] = set()
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            candidates = _files_under(item, unreadable)
        else:
            candidates = [(item, os.path.realpath(item))]  # unlike Path.resolve, never raises on a loop of links
        for path, key in candidates:
            if key not in seen:
                seen.add(key)
                yield path


def _files_under(folder: Path, unreadable: list[tuple[Path, str]] | None) -> list[tuple[Path, str]]:
    """Every non-hidden file (or link that is not to a folder) under ``folder``, in the order paths sort in,
    each with its real path (what tells two names of one file apart).

    Folder links are not followed, so a file that is not a link is in its folder's real path: one
    ``realpath`` a folder and one ``lstat`` a file, instead of a ``realpath`` a file (10,000 files: the
    difference is a tenth of a second of every rebuild).
    """
    def failed(exc: OSError) -> None:
        if unreadable is not None:
            unreadable.append((Path(exc.filename or folder), f"cannot list the folder: {exc.strerror or exc}"))

    found: list[tuple[tuple[str, ...], str, str]] = []
    for root, dirs, names in os.walk(folder, onerror=failed):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        parts = Path(root).parts
        found.extend((parts + (name,), root, name) for name in names if not name.startswith("."))
    found.sort(key=lambda f: f[0])  # as Path objects sort (part by part), without making them to compare
    real_roots: dict[str, str] = {}
    out = []
    for _, root, name in found:
        path = os.path.join(root, name)
        if os.path.islink(path):
            key = os.path.realpath(path)
        else:
            real_root = real_roots.get(root)
            if real_root is None:
                real_root = real_roots[root] = os.path.realpath(root)
            key = os.path.join(real_root, name)
        out.append((Path(path), key))
    return out
