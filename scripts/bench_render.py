"""Render figures for `make bench`: the cold demo build in all four formats, and each part's time.

Each run is a fresh process (imports, fonts and all), building as the CLI does (charts and the PDF on a
forked worker); the parts come from BuildResult.timings. The PDF runs beside Word and the charts beside
the news digest, so the parts add up to more than the total.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUN = """
import json, sys
from pathlib import Path
from sectorbrief.pipeline import BuildOptions, build
print(json.dumps(build(BuildOptions(out=Path(sys.argv[1]), parallel=True)).timings))
"""


def one_cold_build() -> tuple[float, dict[str, float]]:
    out = Path(tempfile.mkdtemp()) / "out"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", RUN, str(out)], check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    shutil.rmtree(out.parent)
    return wall, json.loads(done.stdout.strip().splitlines()[-1])


def bench_render(runs: int = 3) -> dict[str, float]:
    """Median wall seconds of a cold full build (md, html, pdf, docx) and of each of its parts."""
    results = [one_cold_build() for _ in range(runs)]
    figures = {"cold build, all four formats (median of 3), s": statistics.median(w for w, _ in results)}
    for part in ("load+compute", "charts+news", "md", "html", "pdf", "docx", "check"):
        figures[f"  of which {part}, s"] = statistics.median(t[part] for _, t in results)
    return figures


if __name__ == "__main__":
    for name, value in bench_render().items():
        print(f"{name:<50}  {value:.3f}")
