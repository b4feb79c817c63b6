"""`sectorbrief batch` refuses bad options with one line and exit code 2, before building anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--engine", "spark"], "--engine: 'spark' is not one of local, ray"),
        (["--formats", "md,rtf"], "--formats: unknown format(s) rtf"),
        (["--weeks", "0"], "--weeks: 0 is not a positive number of weeks"),
        (["--workers", "0"], "--workers: 0 is not a positive number of workers"),
        (["--industries", "通信,不存在"], "unknown industry '不存在'"),
        (["--as-of", "2031-01-01"], "as-of date 2031-01-01 is outside the data"),
        (["--as-of", "20260705x"], "--as-of: '20260705x' is not a date"),
    ],
)
def test_bad_options_exit_2_with_one_line(options: list[str], message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["batch", "--out", str(tmp_path / "out"), *options])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sectorbrief: error:") and message in lines[0]
    assert not (tmp_path / "out" / "manifest.json").exists()
