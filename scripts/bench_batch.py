"""`make bench`, the batch and cold-build figures of issue 13, each a fresh process timed start to exit:

- a single cold build (md+pdf), median of 3, and its peak RSS;
- the batch of 31 industries x 1 week (md+pdf), cold, against that single build, and its rerun (the
  median of 3 reruns, each finding every report done);
- reports per second for a 31 x 4-week batch (md+pdf);
- a 4-format cold build paired with quantstats' one-page HTML tearsheet (``qs.reports.html`` on a
  synthetic daily return series, offline, no benchmark), run alternately in the same bench run, 5
  pairs; the ratio is the median of the 5 per-pair ratios. Skipped (and said so) when quantstats is not installed.

Peak RSS is per command: the largest resident set of the process or any child it waited for
(``os.wait4``), in MiB. Each command is started by a small launcher process, because Linux counts the
resident set of the image a child replaces at exec (here this bench, grown by the in-process benches)
in the child's peak.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CLI = Path(sys.executable).with_name("sectorbrief")
RUNS = 3
PAIRS = 5
BATCH_WEEKS = 4

TEARSHEET = """
import warnings, logging
warnings.filterwarnings("ignore")
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
import numpy as np, pandas as pd
import quantstats as qs
days = pd.bdate_range("2021-01-04", "2025-12-31")
returns = pd.Series(np.random.default_rng(7).normal(0.0004, 0.012, len(days)), index=days, name="synthetic")
qs.reports.html(returns, output={out!r}, title="synthetic")
"""


LAUNCHER = """
import json, os, subprocess, sys, time
command = json.loads(sys.argv[1])
started = time.perf_counter()
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, usage = os.wait4(process.pid, 0)
seconds = time.perf_counter() - started
stderr = process.stderr.read().decode(errors="replace")
print(json.dumps([os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss / 1024, stderr]))
"""


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of ``command`` run to completion; it must succeed."""
    launched = subprocess.run(
        [sys.executable, "-S", "-c", LAUNCHER, json.dumps(command)],
        capture_output=True,
        text=True,
        check=True,
    )
    code, seconds, peak, stderr = json.loads(launched.stdout)
    if code != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed ({code}):\n{stderr}")
    return seconds, peak


def build_command(folder: Path, formats: str) -> list[str]:
    return [str(CLI), "build", "--out", str(folder / "out"), "--formats", formats]


def batch_command(folder: Path, formats: str, weeks: int) -> list[str]:
    return [str(CLI), "batch", "--out", str(folder), "--formats", formats, "--weeks", str(weeks)]


def cold_builds(formats: str, runs: int = RUNS) -> tuple[float, float]:
    """Median seconds and largest peak RSS of ``runs`` cold builds."""
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            results.append(measure(build_command(Path(folder), formats)))
    return statistics.median(s for s, _ in results), max(m for _, m in results)


def batch_figures(single: float) -> dict[str, float]:
    """The 31 x 1 batch (cold), its rerun, and the 31 x 4-week throughput."""
    rows: dict[str, float] = {}
    folder = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    try:
        seconds, peak = measure(batch_command(folder / "week", "md,pdf", 1))
        rerun = statistics.median(
            measure(batch_command(folder / "week", "md,pdf", 1))[0] for _ in range(RUNS)
        )
        rows["batch 31 industries x 1 week (md+pdf), cold, s"] = seconds
        rows["batch 31 x 1 / single cold md+pdf build (target <= 6)"] = seconds / single
        rows["peak RSS of the batch (largest process), MiB"] = peak
        rows[f"batch rerun (nothing to do), median of {RUNS}, s"] = rerun
        rows[f"batch rerun (median of {RUNS}) / first run (target < 0.10)"] = rerun / seconds
        seconds, peak = measure(batch_command(folder / "weeks", "md,pdf", BATCH_WEEKS))
        rows[f"batch 31 x {BATCH_WEEKS} weeks (md+pdf), s"] = seconds
        rows[f"batch 31 x {BATCH_WEEKS} weeks, reports per second"] = 31 * BATCH_WEEKS / seconds
        rows[f"peak RSS of the {BATCH_WEEKS}-week batch, MiB"] = peak
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return rows


def paired_with_quantstats(pairs: int = PAIRS) -> dict[str, float]:
    """A 4-format cold build and quantstats' tearsheet, alternately, ``pairs`` times."""
    if importlib.util.find_spec("quantstats") is None:
        print(
            "bench: quantstats is not installed (pip install quantstats): no paired comparison",
            file=sys.stderr,
        )
        return {}
    ours, theirs = [], []
    for _ in range(pairs):
        with tempfile.TemporaryDirectory() as folder:
            script = TEARSHEET.format(out=str(Path(folder) / "tearsheet.html"))
            theirs.append(measure([sys.executable, "-c", script]))
            ours.append(measure(build_command(Path(folder), "md,html,pdf,docx")))
    return {
        f"cold 4-format build (paired), median of {pairs}, s": statistics.median(s for s, _ in ours),
        f"quantstats HTML tearsheet (paired), median of {pairs}, s": statistics.median(s for s, _ in theirs),
        f"4-format build / tearsheet, median of {pairs} per-pair ratios (target <= 0.45)": statistics.median(
            o / t for (o, _), (t, _) in zip(ours, theirs, strict=True)
        ),
        "peak RSS of a 4-format build, MiB (target <= 250)": max(m for _, m in ours),
        "peak RSS of the tearsheet, MiB": max(m for _, m in theirs),
    }


def bench_batch() -> dict[str, float]:
    single, peak = cold_builds("md,pdf")
    rows = {
        "single cold build md+pdf, median of 3, s": single,
        "peak RSS of a single md+pdf build, MiB": peak,
    }
    rows.update(batch_figures(single))
    rows.update(paired_with_quantstats())
    return rows


if __name__ == "__main__":
    results = bench_batch()
    width = max(len(name) for name in results)
    for name, value in results.items():
        print(f"{name:<{width}}  {value:.3f}")
