import io
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from sectorbrief.choices import FORMATS
from sectorbrief.config import load_house_style
from sectorbrief.pipeline import BuildResult, stages
from sectorbrief.render.document import ReportDocument
from sectorbrief.render.outline import CHARTS, SECTIONS
from sectorbrief.render.writers import WRITERS, file_name, render_report, write_report


@pytest.fixture(scope="module")
def document(built_report: BuildResult) -> ReportDocument:
    facts = built_report.facts
    return stages.compose(facts, None, stages.view(None, facts, None), load_house_style())


@pytest.fixture(scope="module")
def charts(document: ReportDocument) -> dict:
    return stages.draw(document)


def test_every_format_has_one_writer_and_file() -> None:
    assert set(WRITERS) == set(FORMATS)
    assert [file_name(f) for f in FORMATS] == ["report.md", "report.html", "report.pdf", "report.docx"]


@pytest.mark.parametrize(("fmt", "magic"), [("md", b"# "), ("html", b"<!DOCTYPE html>"), ("pdf", b"%PDF")])
def test_writers_return_the_file_bytes(
    document: ReportDocument, charts: dict, fmt: str, magic: bytes
) -> None:
    assert render_report(fmt, document.context, charts).startswith(magic)


def test_every_writer_follows_the_outline(document: ReportDocument, charts: dict) -> None:
    """Each numbered heading the outline declares, and each chart title, appears in every text format."""
    md = render_report("md", document.context, charts).decode("utf-8")
    html = render_report("html", document.context, charts).decode("utf-8")
    docx = Document(io.BytesIO(render_report("docx", document.context, charts)))
    headings = [p.text for p in docx.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    titles = [s.title for s in SECTIONS]
    assert headings == titles
    for title in titles:
        assert f"## {title}\n" in md and f">{title}</h2>" in html
    for spec in CHARTS:
        assert spec.title(document.facts) in md and spec.title(document.facts) in html


def test_write_report_writes_into_the_folder(document: ReportDocument, charts: dict, tmp_path: Path) -> None:
    assert write_report("md", tmp_path, document.context, charts) == "report.md"
    assert (tmp_path / "report.md").read_bytes() == render_report("md", document.context, charts)


def test_prepare_writers_imports_them_and_the_word_writer_leaves_typst_alone() -> None:
    """A build imports the writers while its worker draws the charts; the Word writer imports Typst
    only to lay out the pages itself (a build's worker hands them over), so Typst stays out of it."""
    code = (
        "import sys; from sectorbrief.render.writers import prepare_writers; prepare_writers(['md', 'docx']); "
        "print(*(m in sys.modules for m in ('sectorbrief.render.markdown', 'docx', 'typst')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True", "False"]
