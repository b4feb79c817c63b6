"""The stages over objects: one loaded market, many reports; rendering in memory; publishing atomically."""

import datetime as dt
import os
from pathlib import Path

import pytest

from sectorbrief.config import load_house_style
from sectorbrief.market import Market
from sectorbrief.news import Digest
from sectorbrief.pipeline import BuildOptions, stages

AS_OF = dt.date(2026, 7, 5)


@pytest.fixture(scope="module")
def market() -> Market:
    return stages.load(BuildOptions())


def test_two_industries_from_one_loaded_market(market: Market) -> None:
    style = load_house_style()
    mds = {}
    for name in ("通信", "电子"):
        facts = stages.facts(market, name, AS_OF)
        document = stages.compose(facts, None, stages.view(None, facts, None), style)
        rendered = stages.render(document, ("md",))
        mds[name] = rendered.reports["md"].decode("utf-8")
        assert set(rendered.charts) == set(document.chart_keys)
    assert "申万通信行业" in mds["通信"] and "申万电子行业" not in mds["通信"]
    assert "申万电子行业" in mds["电子"] and "申万通信行业" not in mds["电子"]


def test_render_and_check_in_memory_touch_no_folder(
    market: Market, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    facts = stages.facts(market, "通信", AS_OF)
    document = stages.compose(facts, None, stages.view(None, facts, None), load_house_style())
    rendered = stages.render(document, ("md", "html", "pdf", "docx"))
    reports = stages.check(rendered)
    assert list(tmp_path.iterdir()) == []
    assert rendered.reports["pdf"].startswith(b"%PDF") and rendered.reports["docx"].startswith(b"PK")
    assert [r.file for r in reports] == ["report.md", "report.html", "report.pdf", "report.docx"]
    files = rendered.files()
    assert files["charts/fig1_weekly_returns.png"].startswith(b"\x89PNG")
    assert files["report.md"] == rendered.reports["md"]


def test_digest_from_chosen_items_keeps_their_order_and_edits(demo_digest: Digest) -> None:
    chosen = [demo_digest.items[1], demo_digest.items[0]]
    edited = [chosen[0].__class__(**{**chosen[0].__dict__, "title": "改过的标题"}), chosen[1]]
    digest = stages.digest(edited, "801770.SI")
    assert digest is not None
    assert [item.title for item in digest.items] == ["改过的标题", chosen[1].title]
    assert digest.key_points()[0].startswith(f"(1) {chosen[0].theme}: ")
    assert stages.digest(None, "801770.SI") is None


def test_publish_moves_every_file_into_place(market: Market, tmp_path: Path) -> None:
    facts = stages.facts(market, "通信", AS_OF)
    document = stages.compose(facts, None, stages.view(None, facts, None), load_house_style())
    rendered = stages.render(document, ("md",))
    out = tmp_path / "out"
    files = stages.publish(rendered, facts, out)
    assert files == ["facts.json", "report.md", "charts/"]
    assert (out / "report.md").read_bytes() == rendered.reports["md"]
    assert sorted(os.listdir(out / "charts")) == sorted(Path(p).name for p in rendered.files() if "/" in p)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind
