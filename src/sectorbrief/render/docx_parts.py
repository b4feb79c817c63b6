"""Low-level python-docx helpers: runs with East Asian fonts, fields, borders, shading."""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from sectorbrief.render.inline import runs

# Children that must come after the one we add (OOXML schema order; Word repairs files that break it).
AFTER_PBDR = (
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
AFTER_SHD = AFTER_PBDR[1:]
AFTER_TBLBORDERS = (
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
)
AFTER_UPDATEFIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


def insert_in_order(parent: Any, child: Any, successors: tuple[str, ...]) -> None:
    """Insert ``child`` before the first existing child named in ``successors``, else at the end."""
    names = {qn(f"w:{name}") for name in successors}
    for existing in parent:
        if existing.tag in names:
            existing.addprevious(child)
            return
    parent.append(child)


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def set_fonts(target: Run | BaseStyle, family: str) -> None:
    """Latin and East Asian font of a run or a style: Word needs w:eastAsia for the Chinese text."""
    target.font.name = family  # type: ignore[union-attr]
    r_pr = target.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), family)


def add_run(
    paragraph: Paragraph,
    text: str,
    family: str,
    *,
    bold: bool = False,
    colour: str | None = None,
    size: float | None = None,
) -> Run:
    run = paragraph.add_run(text)
    set_fonts(run, family)
    run.bold = bold or None
    if colour:
        run.font.color.rgb = rgb(colour)
    if size:
        run.font.size = Pt(size)
    return run


def add_rich(paragraph: Paragraph, text: str, family: str, bold_family: str, colour: str) -> None:
    """``text`` with its **bold** spans set bold in the heading font and colour."""
    for r in runs(text):
        if r.bold:
            add_run(paragraph, r.text, bold_family, bold=True, colour=colour)
        else:
            add_run(paragraph, r.text, family)


def add_field(paragraph: Paragraph, instruction: str, family: str, placeholder: str = "") -> None:
    """A complex field (PAGE, NUMPAGES, TOC, SEQ ...) whose result Word and LibreOffice recompute."""

    def char(kind: str) -> None:
        run = add_run(paragraph, "", family)
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")
        run._r.append(element)

    char("begin")
    run = add_run(paragraph, "", family)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    add_run(paragraph, placeholder, family)
    char("end")


def page_break(paragraph: Paragraph) -> None:
    paragraph.add_run().add_break(WD_BREAK.PAGE)


def no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    insert_in_order(table._tbl.tblPr, borders, AFTER_TBLBORDERS)


def shade(paragraph: Paragraph, hex_colour: str) -> None:
    """A solid background behind the paragraph (the rating box)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_colour.lstrip("#").upper())
    insert_in_order(paragraph._p.get_or_add_pPr(), shading, AFTER_SHD)


def bottom_rule(paragraph: Paragraph, hex_colour: str, size: int = 8) -> None:
    """A rule under the paragraph (headings, running header)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), hex_colour.lstrip("#").upper())
    borders.append(bottom)
    insert_in_order(p_pr, borders, AFTER_PBDR)


def bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """Wrap the paragraph's content in a bookmark, the target of a contents entry's PAGEREF."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def field_char(paragraph: Paragraph, kind: str, family: str) -> None:
    run = add_run(paragraph, "", family)
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    run._r.append(element)


def instruction(paragraph: Paragraph, text: str, family: str) -> None:
    run = add_run(paragraph, "", family)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text} "
    run._r.append(instr)


def contents_field(
    paragraphs: list[Paragraph], entries: list[tuple[str, str, int]], instruction_text: str, family: str
) -> None:
    """A TOC field with its result filled in: one paragraph per (text, bookmark, page) entry, each
    page a PAGEREF to the bookmark (Word recomputes it) whose cached value is ``page``."""
    for i, (paragraph, (text, target, page)) in enumerate(zip(paragraphs, entries, strict=True)):
        if i == 0:
            field_char(paragraph, "begin", family)
            instruction(paragraph, instruction_text, family)
            field_char(paragraph, "separate", family)
        add_run(paragraph, f"{text}\t", family)
        field_char(paragraph, "begin", family)
        instruction(paragraph, f"PAGEREF {target} \\h", family)
        field_char(paragraph, "separate", family)
        add_run(paragraph, str(page), family)
        field_char(paragraph, "end", family)
        if i == len(entries) - 1:
            field_char(paragraph, "end", family)
