import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from sectorbrief.pipeline import BuildResult


@pytest.fixture(scope="module")
def document(built_report: BuildResult) -> docx.document.Document:
    return docx.Document(str(built_report.out / "report.docx"))


def test_charts_are_pictures(document: docx.document.Document) -> None:
    assert len(document.inline_shapes) >= 4


def test_sections_use_heading_styles(document: docx.document.Document) -> None:
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) >= 5
    top = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert top[:4] == ["1 行业周观点", "2 市场行情回顾", "3 产业动态", "4 风险提示"]
    assert "3.1 光通信: 康宁推出玻璃基光互连技术，瞄准下一代AI数据中心架构" in headings


def test_every_text_run_names_an_east_asian_font(document: docx.document.Document) -> None:
    body = document.element.body
    runs = [r for r in body.iter(qn("w:r")) if r.find(qn("w:t")) is not None and r.find(qn("w:t")).text]
    assert runs
    for run in runs:
        fonts = run.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")), run.find(qn("w:t")).text


def test_contents_fields_and_tables(document: docx.document.Document) -> None:
    instructions = [t.text for t in document.element.body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC \\o") for i in instructions)
    assert any('TOC \\h \\z \\c "图表"' in i for i in instructions)
    assert len(document.tables) >= 2


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it_to_pdf(built_report: BuildResult, tmp_path: Path) -> None:
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(built_report.out / "report.docx"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "report.pdf").stat().st_size > 10_000


def test_fonts_travel_inside_the_package(built_report: BuildResult) -> None:
    import io
    import re
    import zipfile

    from fontTools.ttLib import TTFont

    from sectorbrief.render.docx import text_by_role
    from sectorbrief.render.docx_fonts import obfuscate

    path = built_report.out / "report.docx"
    with zipfile.ZipFile(path) as package:
        table = package.read("word/fontTable.xml").decode()
        rels = package.read("word/_rels/fontTable.xml.rels").decode()
        settings = package.read("word/settings.xml").decode()
        types = package.read("[Content_Types].xml").decode()
        parts = {name: package.read(name) for name in package.namelist() if name.endswith(".odttf")}
    assert "<w:embedTrueTypeFonts/>" in settings and "<w:saveSubsetFonts/>" in settings
    assert "application/vnd.openxmlformats-officedocument.obfuscatedFont" in types
    targets = dict(re.findall(r'Id="(rId\d+)" Type="[^"]+/relationships/font" Target="([^"]+)"', rels))
    embeds = re.findall(
        r'<w:font w:name="([^"]+)">(?:(?!</w:font>).)*?<w:embedRegular r:id="(rId\d+)" w:fontKey="(\{[0-9A-F-]{36}\})"/>',
        table,
        re.S,
    )
    assert {name for name, _, _ in embeds} == {"Noto Serif SC", "Noto Sans SC"}
    assert sorted(parts) == sorted(f"word/{targets[rid]}" for _, rid, _ in embeds)
    text = text_by_role(docx.Document(str(path)), {"serif": "Noto Serif SC", "sans": "Noto Sans SC"})
    for name, rid, key in embeds:
        blob = parts[f"word/{targets[rid]}"]
        assert blob[:4] != b"OTTO"  # obfuscated
        font = TTFont(io.BytesIO(obfuscate(blob, key)))
        cover = {chr(c) for c in font.getBestCmap()}
        need = {c for c in text["sans" if "Sans" in name else "serif"] if not c.isspace()}
        assert need and need <= cover, need - cover
