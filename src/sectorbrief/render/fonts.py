"""The report's CJK fonts cut down to the characters it prints, for carrying inside report.html and
report.docx (a reader without Noto CJK would otherwise see a box for every Chinese character).

Subsetting a 10 MB CJK face takes about half a second, so results are cached under the sectorbrief
home, keyed by the font file (name and size) and the character set, each sealed with its digest.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sectorbrief.errors import RenderError
from sectorbrief.home import cache_path, read_sealed_cache_bytes, write_sealed_cache_bytes
from sectorbrief.typefaces import SANS_FILE, SERIF_FILE, font_dir

log = logging.getLogger(__name__)

SUBSET_VERSION = "2"  # bump when the subsetting options or the file change: old entries are then ignored
# (2: each file sealed with its digest)
ASCII = "".join(chr(code) for code in range(0x20, 0x7F))
CJK_PUNCTUATION = "，。、；：？！“”‘’（）《》【】〔〕「」『』—…·％～－＋×÷　①②③④⑤"
ALWAYS = ASCII + CJK_PUNCTUATION
ROLE_FILES = {"serif": SERIF_FILE, "sans": SANS_FILE}
# What the Word writer prints besides the context's strings and the HTML template's text.
WORD_LABELS = (
    "请务必阅读正文之后的免责声明部分 第 页 共 页 图表 正文目录 图表目录 基准指数：执业证书编号：电话：邮箱："
)


@dataclass(frozen=True)
class EmbeddedFont:
    """One subset face: the CSS/Word family name, the role it plays, and the OpenType bytes."""

    family: str
    role: str
    data: bytes


def characters(text: str) -> str:
    """The sorted, distinct characters of ``text`` plus ASCII and common CJK punctuation."""
    return "".join(sorted(c for c in {*text, *ALWAYS} if c.isprintable() or c == "\u3000"))


def cache_file(font_file: Path, chars: str) -> Path:
    size = font_file.stat().st_size
    key = hashlib.sha256(f"{SUBSET_VERSION}\0{font_file.name}\0{size}\0{chars}".encode()).hexdigest()
    return cache_path(f"fonts/{font_file.stem}-{key[:24]}.otf")


def subset_font(font_file: Path, text: str) -> bytes:
    """An OpenType (CFF) font with the glyphs of ``text``'s characters plus ASCII and common CJK
    punctuation, from the cache when the same font and characters were subset before."""
    chars = characters(text)
    try:
        path = cache_file(font_file, chars)
    except OSError as exc:
        raise RenderError(f"{font_file}: font file not readable ({exc.strerror})") from exc
    cached = read_cached(path)
    if cached is not None:
        return cached
    started = time.perf_counter()
    data = cut(font_file, chars)
    log.debug(
        "subset %s to %d characters in %.2fs", font_file.name, len(chars), time.perf_counter() - started
    )
    write_sealed_cache_bytes(path, data)
    return data


def read_cached(path: Path) -> bytes | None:
    """The cached subset at ``path`` when it is whole: a truncated or altered file is not used (the
    caller cuts the font again and rewrites the cache). Each subset is stored sealed with its SHA-256,
    so judging it reads no font table: a warm build never imports fontTools."""
    data = read_sealed_cache_bytes(path)
    if data is None and path.exists():
        log.warning("font cache %s is damaged; cutting the font again", path)
    return data


def cut(font_file: Path, chars: str) -> bytes:
    """fontTools' subsetter, tuned for speed: no layout features, no hints, no bounds recomputed."""
    from fontTools import subset
    from fontTools.ttLib import TTFont, TTLibError

    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE"]
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    out = io.BytesIO()
    try:
        with TTFont(
            font_file, lazy=True, recalcBBoxes=False, recalcTimestamp=False
        ) as font:  # lazy: file open
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=[ord(c) for c in chars])
            subsetter.subset(font)
            font.save(out)
    except (OSError, TTLibError, AssertionError) as exc:
        raise RenderError(f"{font_file}: cannot subset the font ({exc})") from exc
    return out.getvalue()


def strings(value: Any) -> Iterator[str]:
    """Every string inside nested dicts, lists, tuples and dataclasses."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield from strings(dataclasses.asdict(value))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def template_text() -> str:
    return resources.files("sectorbrief.render").joinpath("templates/report.html.j2").read_text("utf-8")


def role_characters(context: Any, exact: dict[str, str] | None = None) -> dict[str, str]:
    """The characters each face must carry: every character the HTML and Word reports of ``context``
    can print, for both faces alike, so that no text a writer sets in either face can fall outside
    its font (one set, so one cached subset per face serves both writers). ``exact`` (a writer's text
    by role) is a safety net: when it holds nothing new, the sets, and the cached subsets, are unchanged."""
    exact = exact or {}
    chars = characters("".join(strings(context)) + template_text() + WORD_LABELS + "".join(exact.values()))
    return dict.fromkeys(ROLE_FILES, chars)


def report_fonts(context: Any, exact: dict[str, str] | None = None) -> list[EmbeddedFont]:
    """The serif and sans faces the report names, each cut down to the characters it sets."""
    chars = role_characters(context, exact)
    return [
        EmbeddedFont(context.fonts[role], role, subset_font(font_dir() / file, chars[role]))
        for role, file in ROLE_FILES.items()
    ]


def prepare_fonts(context: Any) -> None:
    """Subset the report's faces into the cache ahead of the writers (a build does it while its
    worker draws the charts; with the cache warm it only reads two small files)."""
    started = time.perf_counter()
    chars = role_characters(context)
    for role, file in ROLE_FILES.items():
        subset_font(font_dir() / file, chars[role])
    log.debug("fonts ready in %.2fs", time.perf_counter() - started)
