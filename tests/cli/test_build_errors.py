"""`sectorbrief build` on bad input: exit 2, one line naming the problem, no traceback, no output."""

import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "sectorbrief"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--industry", "半导体"], "半导体"),
        (["--as-of", "2027-03-01"], "outside the data"),
        (["--as-of", "2018-06-01"], "outside the data"),
        (["--as-of", "2026-13-01"], "--as-of"),
        (["--formats", "md,rtf"], "rtf"),
        (["--data", "missing.csv"], "missing.csv"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, args: list[str], needle: str) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [*CLI, "build", "--out", str(out), *args], capture_output=True, text=True, cwd=tmp_path
    )
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and needle in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()
    assert not any(p.name.startswith(".out-") for p in tmp_path.iterdir())
