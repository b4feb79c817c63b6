"""Isolated and resumable: one failing report doesn't stop the others; a run killed with SIGKILL midway
leaves only complete report folders and resumes to the result of an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from sectorbrief.batch import BatchOptions, BatchSpec, run_batch
from sectorbrief.cli import app

CLI = Path(sys.executable).with_name("sectorbrief")
END = "2026-07-03"
INDUSTRIES = "通信,电子,银行"
CODES = ["801080.SI", "801770.SI", "801780.SI"]


def test_a_failing_report_is_recorded_and_the_others_go_on(tmp_path: Path, small_frame: pd.DataFrame) -> None:
    frame = small_frame[~((small_frame["code"] == "801010.SI") & (small_frame["date"] == pd.Timestamp(END)))]
    data = tmp_path / "market.parquet"
    frame.to_parquet(data)
    out = tmp_path / "out"
    args = [
        "batch",
        "--industries",
        "农林牧渔,电子",
        "--formats",
        "md",
        "--data",
        str(data),
        "--out",
        str(out),
    ]
    result = CliRunner().invoke(app, [*args, "--workers", "2"])
    assert result.exit_code == 1, result.output
    assert "1 report(s) failed: 2026-07-03/801010.SI (农林牧渔)" in result.output
    assert "no close for 801010.SI" in result.output
    assert (out / END / "801080.SI" / "report.md").is_file()
    assert not (out / END / "801010.SI").exists()
    summary = (out / "summary.csv").read_text(encoding="utf-8-sig")
    assert "801010.SI,农林牧渔,,,,,,failed," in summary and "no close for 801010.SI" in summary
    assert "801080.SI,电子," in summary and ",ok," in summary
    assert not (out / "run.json").exists()  # a run with a failure is done again, the normal way


def complete(folder: Path) -> bool:
    charts = folder / "charts"
    return {p.name for p in folder.iterdir()} == {"facts.json", "report.md", "charts"} and len(
        list(charts.iterdir())
    ) == 8


def recorded(out: Path) -> int:
    try:
        return len(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["reports"])
    except (OSError, ValueError):
        return 0


def test_sigkill_midway_resumes_to_the_same_result(tmp_path: Path) -> None:
    out = tmp_path / "killed"
    command = [str(CLI), "batch", "--industries", INDUSTRIES, "--formats", "md", "--out", str(out)]
    run = subprocess.Popen([*command, "--workers", "2"], start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while recorded(out) < 1 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)  # the driver and its workers, as a killed job
    run.wait()
    done = recorded(out)
    assert 1 <= done < len(CODES), "the kill did not land midway"
    folders = list((out / END).iterdir())
    assert len(folders) >= done and all(complete(folder) for folder in folders)
    assert not (out / "run.json").exists()  # no record of a run that did not complete: the normal way

    resumed = subprocess.run(command, capture_output=True, text=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(CODES) - done} built, 0 failed" in resumed.stderr
    assert (out / "run.json").is_file()
    fresh = run_batch(
        BatchOptions(
            spec=BatchSpec(formats=("md",)), out=tmp_path / "fresh", industries=INDUSTRIES, progress=False
        )
    )
    for code in CODES:
        for name in ("facts.json", "report.md"):
            assert (out / END / code / name).read_bytes() == (fresh.out / END / code / name).read_bytes()
    assert not (out / ".staging").exists()
    assert figures(out / "summary.csv") == figures(fresh.out / "summary.csv")


def figures(summary: Path) -> list[list[str]]:
    """summary.csv without the seconds and error columns."""
    return [line.split(",")[:9] for line in summary.read_text(encoding="utf-8-sig").splitlines()]
