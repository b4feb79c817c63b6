"""`sectorbrief check`: output formats and exit codes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app

DEMO = Path(__file__).resolve().parents[1] / "check" / "data" / "demo_report.md"
runner = CliRunner()


def test_clean_report_exits_0_with_a_summary() -> None:
    result = runner.invoke(app, ["check", str(DEMO)])
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output


def test_error_findings_exit_1_and_json_follows_the_schema(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    report.write_text(
        DEMO.read_text(encoding="utf-8").replace("CPO 与 NPO 产业化", "CP0 与 NPO 产业化"), encoding="utf-8"
    )
    result = runner.invoke(app, ["check", str(report), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["schema"] == "sectorbrief.check/1" and data["file"] == str(report) and data["claims"] > 0
    assert data["findings"][0] == {
        "severity": "error",
        "kind": "typo",
        "message": "'CP0' looks like a typo for 'CPO'",
        "snippet": data["findings"][0]["snippet"],
        "location": "line 1",
    }


def test_warnings_only_exit_0(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("把上一代H100/H100的推理算力拿出来变现。", encoding="utf-8")
    result = runner.invoke(app, ["check", str(report)])
    assert result.exit_code == 0 and "warning [typo]" in result.output


@pytest.mark.parametrize("name, content", [("missing.pdf", None), ("broken.docx", b"not a zip")])
def test_unreadable_input_exits_2_with_one_line(tmp_path: Path, name: str, content: bytes | None) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and name in result.stderr and "Traceback" not in result.stderr


def test_bad_format_is_a_usage_error() -> None:
    assert runner.invoke(app, ["check", str(DEMO), "--format", "xml"]).exit_code == 2


def _has_market_reader() -> bool:
    try:
        return importlib.util.find_spec("sectorbrief.sources.files") is not None
    except ModuleNotFoundError:
        return False


@pytest.mark.skipif(
    not _has_market_reader(), reason="sectorbrief.sources.files (read_market_file) is not on this branch yet"
)
def test_data_option_reads_a_market_file(tmp_path: Path) -> None:
    from tests.check.frames import demo_frame

    data = tmp_path / "market.csv"
    demo_frame().to_csv(data, index=False)
    result = runner.invoke(app, ["check", str(DEMO), "--data", str(data)])
    assert result.exit_code == 0, result.output


def test_data_option_checks_against_the_frame_the_reader_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI wiring of --data, with a stand-in reader (the real one lands on another branch)."""
    import sys
    import types

    from tests.check.frames import demo_frame

    fake = types.ModuleType("sectorbrief.sources.files")
    fake.read_market_file = lambda path: demo_frame(telecom_end=1100.0)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sectorbrief.sources.files", fake)
    if "sectorbrief.sources" not in sys.modules:
        monkeypatch.setitem(sys.modules, "sectorbrief.sources", types.ModuleType("sectorbrief.sources"))
    result = runner.invoke(app, ["check", str(DEMO), "--data", str(tmp_path / "m.csv"), "--format", "json"])
    assert result.exit_code == 1
    assert "data" in {f["kind"] for f in json.loads(result.stdout)["findings"]}
