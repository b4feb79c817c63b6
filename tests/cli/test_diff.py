"""`sectorbrief diff OLD NEW` on two demo weeks (as-of 2026-06-28 and 2026-07-05), and `ratings verify`
on the folder holding both builds."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app
from sectorbrief.pipeline import BuildResult

runner = CliRunner()
OLD_VIEW_SENTENCE = "本周通信板块继续走强，我们认为产业景气仍在上行。"


@pytest.fixture(scope="module")
def weeks(built_report: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Last week's build (its view opens with another sentence) beside the demo build."""
    folder = tmp_path_factory.mktemp("weeks")
    demo_view = resources.files("sectorbrief.data").joinpath("demo_view.md").read_text(encoding="utf-8")
    old_view = folder / "view.md"
    old_view.write_text(
        demo_view.replace(
            "本周通信板块在高位出现较大幅度回撤，我们认为主要源于前期涨幅较大后的获利了结，而非产业景气出现拐点。",
            OLD_VIEW_SENTENCE,
        ),
        encoding="utf-8",
    )
    old = folder / "2026-06-26"
    args = ["build", "--as-of", "2026-06-28", "--view", str(old_view), "--formats", "md", "--out", str(old)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return old, built_report.out


def test_diff_lists_changed_figures_and_view_sentences(weeks: tuple[Path, Path]) -> None:
    old, new = weeks
    result = runner.invoke(app, ["diff", str(old), str(new / "facts.json")])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "数据截止日: 2026-06-26 → 2026-07-03" in text
    assert "本周排名: 1 → 31（下降30位）" in text
    assert "本周涨跌幅（%）: 8.88 → -9.17（-18.06）" in text
    assert "PE-TTM（倍）: 38.16 → 34.48（-3.67）" in text
    figures = text.split("观点变化")[0]
    assert "评级" not in figures  # the same rating both weeks
    assert f"  - {OLD_VIEW_SENTENCE}" in text
    assert "  + 本周通信板块在高位出现较大幅度回撤" in text
    assert "  - 上周（6月22日至6月26日）" in text and "  + 上周（6月29日至7月3日）" in text
    assert "光互连方面" not in text  # unchanged sentences are not listed


def test_diff_json(weeks: tuple[Path, Path]) -> None:
    old, new = weeks
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    data = json.loads(result.output)
    rank = next(f for f in data["figures"] if f["key"] == "weekly.rank")
    assert (rank["old"], rank["new"], rank["delta"]) == (1, 31, 30.0)
    assert {"sign": "-", "sentence": OLD_VIEW_SENTENCE} in data["view"]


def test_a_missing_build_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", str(tmp_path), str(tmp_path)])
    assert result.exit_code == 2 and "no facts.json" in result.output


def test_published_facts_verify_on_their_own(weeks: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = weeks
    folder = tmp_path / "published"
    for name, build in (("a", old), ("b", new)):
        (folder / name).mkdir(parents=True)
        (folder / name / "facts.json").write_bytes((build / "facts.json").read_bytes())
    result = runner.invoke(app, ["ratings", "verify", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["rows"]
    assert [(r["date"], r["base_session"], r["verdict"]) for r in rows] == [
        ("2026-06-29", "2026-06-29", "pending"),
        ("2026-07-06", "2026-07-06", "pending"),
    ]
