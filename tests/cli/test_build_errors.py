"""`sectorbrief build` on bad input: exit 2, one line naming the problem, no traceback, no output."""

import subprocess
import sys
import zipfile
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
        (["--news", "missing.jsonl"], "missing.jsonl"),  # raised in the news step's own process
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


INLINE_BUILD = "import sys; from pathlib import Path; from sectorbrief.pipeline import BuildOptions, build; "
INLINE_BUILD += "build(BuildOptions(out=Path(sys.argv[1])))"


def test_the_program_builds_with_its_forked_worker(tmp_path: Path) -> None:
    """The real program (not CliRunner) forks: the news in a process of its own, a worker for charts,
    the PDF and its page layout. Same files as a build without processes (also in a process of its own:
    Typst's threads must not start in the test runner, whose batch tests fork), clean exit."""
    out, inline = tmp_path / "out", tmp_path / "inline"
    proc = subprocess.run([*CLI, "build", "--out", str(out)], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    subprocess.run([sys.executable, "-c", INLINE_BUILD, str(inline)], capture_output=True, check=True)
    names = {p.name for p in out.iterdir()}
    assert {"facts.json", "report.md", "report.html", "report.pdf", "report.docx", "charts"} <= names
    assert len(list((out / "charts").glob("*.png"))) == 4 and len(list((out / "charts").glob("*.svg"))) == 4
    for name in ("report.md", "report.html", "charts/fig1_weekly_returns.png", "charts/fig3_pe_ttm.svg"):
        assert (out / name).read_bytes() == (inline / name).read_bytes(), name
    assert word_body(out) == word_body(inline)  # the contents' page numbers, from the worker


def word_body(folder: Path) -> bytes:
    with zipfile.ZipFile(folder / "report.docx") as package:
        return package.read("word/document.xml")
