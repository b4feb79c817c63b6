"""`sectorbrief build` --out rules, --force, and the date options, end to end through the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app
from sectorbrief.cli.build import parse_date
from sectorbrief.errors import UsageError
from sectorbrief.market import Market

runner = CliRunner()


def build(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, ["build", "--formats", "md", *args])
    return result.exit_code, [line for line in result.output.splitlines() if line.strip()]


@pytest.mark.parametrize("text", ["2026-07-03", "2026/07/03", "20260703", "2026/7/3", " 2026-07-03 "])
def test_dates_in_the_layouts_data_files_accept(text: str) -> None:
    assert parse_date(text, "--as-of") == dt.date(2026, 7, 3)


@pytest.mark.parametrize("text", ["2026-13-01", "2026.07.03", "202673", "2026/07-03", "July 3", ""])
def test_other_dates_are_refused_naming_the_option(text: str) -> None:
    with pytest.raises(UsageError, match="--as-of: .* is not a date"):
        parse_date(text, "--as-of")


def test_as_of_with_slashes_builds_that_week(tmp_path: Path) -> None:
    code, lines = build("--out", str(tmp_path / "out"), "--as-of", "2026/07/05")
    assert code == 0, lines
    facts = json.loads((tmp_path / "out" / "facts.json").read_text(encoding="utf-8"))
    assert (facts["as_of"], facts["end_session"]) == ("2026-07-05", "2026-07-03")


def test_report_date_before_the_end_session_is_refused(tmp_path: Path) -> None:
    code, lines = build("--out", str(tmp_path / "out"), "--report-date", "2026/07/02")
    assert code == 2 and len(lines) == 1, lines
    assert "--report-date: 2026-07-02 is before the data's end session 2026-07-03" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_out_dot_in_a_users_folder_keeps_their_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`cd ~/work && sectorbrief build --out .`: refused; with --force the user's charts/mine.png and
    notes.txt are untouched; the next build replaces only what the first one wrote."""
    (tmp_path / "charts").mkdir()
    (tmp_path / "charts" / "mine.png").write_bytes(b"my own chart")
    (tmp_path / "notes.txt").write_text("my notes")
    monkeypatch.chdir(tmp_path)
    code, lines = build("--out", ".")
    assert code == 2 and len(lines) == 1 and "--force" in lines[0], lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["charts", "notes.txt"]
    for _ in range(2):
        code, lines = build("--out", ".", "--force")
        assert code == 0, lines
        assert (tmp_path / "charts" / "mine.png").read_bytes() == b"my own chart"
        assert (tmp_path / "notes.txt").read_text() == "my notes"
        assert (tmp_path / "report.md").is_file() and (
            tmp_path / "charts" / "fig1_weekly_returns.png"
        ).is_file()


@pytest.mark.parametrize(
    ("target", "needle"),
    [("taken", "a file is there, not a folder"), ("taken/sub", "taken is a file, not a folder")],
)
def test_unusable_out_exits_2_before_the_build_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, needle: str
) -> None:
    def no_work(*_: object) -> None:
        raise AssertionError("the build ran before --out was checked")

    monkeypatch.setattr(Market, "from_long", no_work)  # every market is made by it
    (tmp_path / "taken").write_text("a file")
    code, lines = build("--out", str(tmp_path / target))
    assert code == 2 and len(lines) == 1 and needle in lines[0], lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
