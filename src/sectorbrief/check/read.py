"""Document readers: any report file to paragraphs of text, each with the place it came from.

PDF pages are read with pypdfium2 (fast, good Chinese text); lines are re-joined into paragraphs
when a line runs to the right margin. DOCX via python-docx, HTML via the stdlib parser, Markdown
and plain text line by line.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from sectorbrief.check.decode import decode, require_readable
from sectorbrief.check.limits import MAX_TEXT_BYTES, check_file_size, guard_archive
from sectorbrief.errors import DataError

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ""}
_SENTENCE_END = tuple("。！？；：:!?;")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a document and where it is (``line 12``, ``page 3``, ``paragraph 7``)."""

    text: str
    location: str


def read_document(path: Path) -> list[Paragraph]:
    """The paragraphs of ``path``, chosen by suffix; DataError when it cannot be read."""
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    suffix = path.suffix.lower()
    try:
        paragraphs = _read_by_suffix(path, suffix)
    except DataError:
        raise
    except Exception as exc:  # a broken file of any format ends in one clean message
        raise DataError(f"{path}: cannot read as {suffix.lstrip('.') or 'text'}: {exc}") from exc
    if not paragraphs:
        raise DataError(
            f"{path}: no text found" + (" (a scanned PDF needs OCR first)" if suffix == ".pdf" else "")
        )
    return paragraphs


def _read_by_suffix(path: Path, suffix: str) -> list[Paragraph]:
    if suffix == ".pdf":
        check_file_size(path, 10 * MAX_TEXT_BYTES)
        return read_pdf(path)
    if suffix == ".docx":
        guard_archive(path)
        return read_docx(path)
    check_file_size(path)
    html = suffix in (".html", ".htm")
    text = decode(path, path.read_bytes(), html=html)
    paragraphs = read_html(text) if html else read_plain(text)
    require_readable(path, "\n".join(p.text for p in paragraphs))
    return paragraphs


def read_plain(text: str) -> list[Paragraph]:
    """Markdown or plain text: blank lines separate paragraphs; the location is the first line."""
    paragraphs: list[Paragraph] = []
    block: list[str] = []
    first = 0
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line:
            if block and block[-1].endswith("第") and line[0].isdigit():
                block[-1] += line  # 排名第\n\n3 位: an extractor's break inside an ordinal
                continue
            if not block:
                first = number
            block.append(line)
            continue
        if block and not block[-1].endswith("第"):
            paragraphs.append(Paragraph(_joined(block), f"line {first}"))
            block = []
    if block:
        paragraphs.append(Paragraph(_joined(block), f"line {first}"))
    return paragraphs


_ENDS = ("。", "！", "？", "!", "?", "；", ";", "：", ":")


def _joined(block: list[str]) -> str:
    """A block's lines, run together when the block is hard-wrapped prose (a wire story printed at a fixed width:
    three or more lines of about one width, most of them ending inside a sentence), else one line each."""
    if len(block) < 3:
        return "\n".join(block)
    body = block[:-1]
    widths = [_width(line) for line in body]
    widest = max(widths)
    open_ends = sum(not line.endswith(_ENDS) for line in body)
    wrapped = 30 <= widest <= 100 and min(widths) >= widest - 12 and 3 * open_ends >= 2 * len(body)
    if not wrapped or any("|" in line or _LISTED.match(line) for line in block):
        return "\n".join(block)
    return "".join(block)


_LISTED = re.compile(
    r"[-•*#]|\d+(?:[、)]|\.(?!\d))|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、"
)


def read_docx(path: Path) -> list[Paragraph]:
    """Body paragraphs, then table cells, numbered in document order."""
    import docx  # python-docx: imported only when a DOCX is read

    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.append(" | ".join(cell.text for cell in row.cells))
    return [Paragraph(t, f"paragraph {i}") for i, t in enumerate(texts, start=1) if t.strip()]


class _HtmlText(HTMLParser):
    _BLOCKS = {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "br",
        "td",
        "th",
        "section",
        "article",
        "blockquote",
        "caption",
        "figcaption",
        "title",
        "pre",
    }
    _SKIP = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def _flush(self) -> None:
        text = "".join(self._current).strip()
        if text:
            self.blocks.append(" ".join(text.split()))
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)


def read_html(html: str) -> list[Paragraph]:
    """Block elements become paragraphs, numbered in order; scripts and styles are dropped."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    parser._flush()
    return [Paragraph(t, f"paragraph {i}") for i, t in enumerate(parser.blocks, start=1)]


def read_pdf(path: Path) -> list[Paragraph]:
    """Each page's text re-flowed into paragraphs; the location is the page number."""
    import pypdfium2 as pdfium  # imported only when a PDF is read

    paragraphs: list[Paragraph] = []
    size = 0
    document = pdfium.PdfDocument(str(path))
    try:
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            paragraphs.extend(Paragraph(p, f"page {number + 1}") for p in reflow(text))
            size += len(text)
            if size > MAX_TEXT_BYTES:
                raise DataError(f"{path}: over {MAX_TEXT_BYTES // 1_000_000} MB of text: refused")
    finally:
        document.close()
    return paragraphs


def reflow(page_text: str) -> list[str]:
    """Join PDF lines that wrap at the right margin; a short line or a closing stop ends a paragraph.

    A wrap inside a word or number joins with nothing (Chinese wraps anywhere); the extractor keeps
    a trailing space where the text had one ("沪深 300 \\n8.64"), and that space is kept.
    """
    raw_lines = page_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    widths = sorted(_width(line.strip()) for line in raw_lines if line.strip())
    if not widths:
        return []
    full = widths[int(len(widths) * 0.9)] * 0.8
    out: list[str] = []
    current = ""
    for raw in raw_lines:
        line = raw.strip()
        if not line:
            if current:
                out.append(current.rstrip())
            current = ""
            continue
        current += line + (" " if raw[-1:].isspace() else "")
        if _width(line) < full or line.endswith(_SENTENCE_END[:4]):
            out.append(current.rstrip())
            current = ""
    if current:
        out.append(current.rstrip())
    return out


def _width(line: str) -> int:
    """Display width: a CJK character counts two, an ASCII one."""
    return sum(1 if ch.isascii() else 2 for ch in line)
