"""build checks every report it writes: recorded in facts.json, and nothing published on an error."""

import json
from pathlib import Path

import pytest

from sectorbrief.narrative import market
from sectorbrief.pipeline import BuildOptions, build
from sectorbrief.pipeline.gate import CheckFailed


def test_clean_demo_records_the_check_in_provenance(tmp_path: Path) -> None:
    result = build(BuildOptions(out=tmp_path / "out", formats=("md", "html")))
    facts = json.loads((tmp_path / "out" / "facts.json").read_text(encoding="utf-8"))
    check = facts["provenance"]["check"]
    assert set(check["reports"]) == {"report.md", "report.html"}
    assert all(entry["errors"] == 0 for entry in check["reports"].values())
    assert facts["provenance"]["news"]["digest_items"] == 9
    assert result.checks and not any(r.has_errors for r in result.checks)


def wrong_clause(excess: dict[str, float]) -> str:
    """A comparison clause whose figures do not add up: what a slip in a template would print."""
    return "分别跑输沪深300和创业板指1.00和2.00个百分点"


def test_an_error_in_a_written_report_publishes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(market, "comparison_clause", wrong_clause)
    out = tmp_path / "out"
    with pytest.raises(CheckFailed, match="arithmetic"):
        build(BuildOptions(out=out, formats=("md",)))
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_allow_findings_publishes_and_records_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(market, "comparison_clause", wrong_clause)
    build(BuildOptions(out=tmp_path / "out", formats=("md",), allow_findings=True))
    facts = json.loads((tmp_path / "out" / "facts.json").read_text(encoding="utf-8"))
    assert facts["provenance"]["check"]["reports"]["report.md"]["errors"] > 0
