"""Fonts carried inside report.docx the way Word embeds them (ECMA-376 Part 1, §17.8.1 Font Embedding):
each face an obfuscated ``word/fonts/fontN.odttf`` part related from the font table, named by a
``<w:embedRegular r:id=… w:fontKey={GUID}/>`` in its ``<w:font>`` entry, with ``<w:embedTrueTypeFonts/>``
in the settings."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from sectorbrief.errors import RenderError
from sectorbrief.render.docx_parts import insert_in_order
from sectorbrief.render.fonts import EmbeddedFont

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
FONT_TABLE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
# CT_Settings children that come before embedTrueTypeFonts, saveSubsetFonts (in that order).
BEFORE_EMBED = (
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
)
# CT_Font children that may follow embedRegular.
AFTER_EMBED_REGULAR = ("embedBold", "embedItalic", "embedBoldItalic")


def font_key_bytes(font_key: str) -> bytes:
    """The 16 key bytes of a ``{GUID}`` font key: its 32 hex digits read as bytes, last byte first."""
    digits = font_key.strip("{}").replace("-", "")
    if len(digits) != 32:
        raise RenderError(f"font key {font_key!r}: not a GUID")
    return bytes.fromhex(digits)[::-1]


def obfuscate(data: bytes, font_key: str) -> bytes:
    """XOR the first 32 bytes with the key (twice over); the same call de-obfuscates."""
    key = font_key_bytes(font_key)
    head = bytes(b ^ key[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def font_table(doc: DocumentObject) -> XmlPart:
    """The document's font table as an XML part we can edit (python-docx loads it as plain bytes):
    swapped in for the loaded one under a new relationship."""
    part = doc.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype == RT.FONT_TABLE and not rel.is_external:
            loaded = rel.target_part
            if isinstance(loaded, XmlPart):
                return loaded
            table = XmlPart.load(loaded.partname, loaded.content_type, loaded.blob, loaded.package)
            part.drop_rel(rel_id)
            part.relate_to(table, RT.FONT_TABLE)
            return table
    table = XmlPart.load(
        PackURI("/word/fontTable.xml"),
        FONT_TABLE,
        b'<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>',
        part.package,
    )
    part.relate_to(table, RT.FONT_TABLE)
    return table


def font_entry(fonts: Any, family: str) -> Any:
    """The ``<w:font w:name=family>`` entry, added when the table lacks it."""
    for entry in fonts.findall(qn("w:font")):
        if entry.get(qn("w:name")) == family:
            return entry
    entry = OxmlElement("w:font")
    entry.set(qn("w:name"), family)
    charset = OxmlElement("w:charset")
    charset.set(qn("w:val"), "86")  # GB2312
    entry.append(charset)
    fonts.append(entry)
    return entry


def insert_after(parent: Any, child: Any, predecessors: tuple[str, ...]) -> None:
    """Insert ``child`` after the last existing child named in ``predecessors``, else first."""
    names = {qn(f"w:{name}") for name in predecessors}
    before = [existing for existing in parent if existing.tag in names]
    if before:
        before[-1].addnext(child)
    else:
        parent.insert(0, child)


def font_key(data: bytes) -> str:
    """A GUID-shaped key derived from the font's bytes, so the same report gives the same file."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def embed_fonts(doc: DocumentObject, fonts: list[EmbeddedFont]) -> None:
    """Carry each face in the package, obfuscated, and tell Word the fonts travel with the file."""
    table = font_table(doc)
    for n, font in enumerate(fonts, start=1):
        key = font_key(font.data)
        blob = obfuscate(font.data, key)
        part = Part(PackURI(f"/word/fonts/font{n}.odttf"), OBFUSCATED_FONT, blob, table.package)
        entry = font_entry(table.element, font.family)
        for old in entry.findall(qn("w:embedRegular")):
            entry.remove(old)
        embed = OxmlElement(
            "w:embedRegular", {qn("r:id"): table.relate_to(part, RT.FONT), qn("w:fontKey"): key}
        )
        insert_in_order(entry, embed, AFTER_EMBED_REGULAR)
    settings = doc.settings.element
    for name in ("embedTrueTypeFonts", "saveSubsetFonts"):
        if settings.find(qn(f"w:{name}")) is None:
            insert_after(settings, OxmlElement(f"w:{name}"), BEFORE_EMBED)
