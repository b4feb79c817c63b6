import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pytest

from sectorbrief.config import load_house_style
from sectorbrief.facts import Facts
from sectorbrief.narrative.market import market_text
from sectorbrief.narrative.report import AnalystView
from sectorbrief.pipeline import BuildResult
from sectorbrief.render.context import NO_NEWS, ReportContext, build_context
from sectorbrief.render.markdown import render_markdown
from sectorbrief.render.pdf import write_pdf


@dataclass(frozen=True)
class Item:
    theme: str
    title: str
    key_point: str
    body: list[str]
    sources: list[str]
    urls: list[str] = field(default_factory=list)
    published: dt.date = dt.date(2026, 7, 2)
    ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Digest:
    items: list[Item]
    warnings: list[str] = field(default_factory=list)

    def key_points(self) -> list[str]:
        return [f"({n}) {i.theme}: {i.key_point}" for n, i in enumerate(self.items, start=1)]


DIGEST = Digest(
    [
        Item(
            "光通信",
            "康宁推出玻璃基光互连技术",
            "康宁推出玻璃基光互连技术。",
            ["第一段。", "第二段。"],
            ["IT之家", "C114"],
        ),
        Item(
            "量子科技",
            "工信部成立量子信息标准委",
            "工信部成立量子信息标准委。",
            ["只有一段。"],
            ["C114通信网"],
        ),
    ]
)


def context(facts: Facts, digest: Digest | None, view: AnalystView | None = None) -> ReportContext:
    view = view or AnalystView(paragraphs=["我们认为**算力**仍是主线。"], title="算力主线不改")
    return build_context(facts, market_text(facts), load_house_style(), view, {}, digest)


def test_news_digest_becomes_key_points_and_numbered_sections(built_report: BuildResult) -> None:
    ctx = context(built_report.facts, DIGEST)
    assert ctx.news_points == [
        "(1) 光通信: 康宁推出玻璃基光互连技术。",
        "(2) 量子科技: 工信部成立量子信息标准委。",
    ]
    assert [(n.number, n.heading) for n in ctx.news] == [
        ("3.1", "光通信: 康宁推出玻璃基光互连技术"),
        ("3.2", "量子科技: 工信部成立量子信息标准委"),
    ]
    assert ctx.news[0].source_line == "（资料来源：IT之家、C114）"
    assert ctx.news_missing is None
    md = render_markdown(ctx)
    assert "### 3.1 光通信: 康宁推出玻璃基光互连技术" in md
    assert "第二段。（资料来源：IT之家、C114）" in md
    assert NO_NEWS not in md


def test_without_a_digest_the_report_says_there_was_no_news(built_report: BuildResult) -> None:
    ctx = context(built_report.facts, None)
    assert ctx.news == [] and ctx.news_points == [] and ctx.news_missing == NO_NEWS


def test_report_date_is_the_monday_after_and_can_be_set(built_report: BuildResult) -> None:
    facts = built_report.facts
    assert context(facts, None).report_date == "2026年7月6日"
    other = build_context(
        facts, market_text(facts), load_house_style(), AnalystView(["x"]), {}, None, dt.date(2026, 7, 7)
    )
    assert other.report_date == "2026年7月7日"


@pytest.mark.parametrize("digest", [DIGEST, None])
def test_pdf_renders_news_sections_and_bold_spans(
    built_report: BuildResult, tmp_path: Path, digest: Digest | None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="sectorbrief.render.pdf"):
        write_pdf(tmp_path / "r.pdf", context(built_report.facts, digest))
    assert caplog.records == []  # Typst warns on a missing glyph or font
    with pdfplumber.open(tmp_path / "r.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "算力主线不改" in text and "我们认为算力仍是主线。" in text and "**" not in text
    if digest:
        assert "3.1 光通信: 康宁推出玻璃基光互连技术" in text and "（资料来源：C114通信网）" in text
    else:
        assert NO_NEWS in text
