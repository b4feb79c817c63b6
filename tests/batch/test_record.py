"""run.json: a rerun of the same request on unchanged inputs and folders does nothing, and loads neither
pandas nor the calendar nor the pipeline; any difference goes the normal way (the manifest decides)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from sectorbrief.batch import BatchOptions, BatchSpec, run_batch
from sectorbrief.batch import record as run_record
from sectorbrief.batch import run as batch_run
from sectorbrief.batch.names import RECORD_FILE
from sectorbrief.batch.record import finished_reports, run_request

END = "2026-07-03"
INDUSTRIES = "通信,电子"
HEAVY = ("pandas", "pyarrow", "numpy", "sectorbrief.calendar", "sectorbrief.pipeline", "sectorbrief.facts")


def done(options: BatchOptions) -> int | None:
    """finished_reports as the CLI asks it: with the request hashed once beforehand."""
    return finished_reports(options, run_request(options))


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory, small_frame: pd.DataFrame) -> BatchOptions:
    """A complete batch of two md reports on a market data file (copied by each test that changes it)."""
    folder = tmp_path_factory.mktemp("record")
    data = folder / "market.parquet"
    small_frame.to_parquet(data)
    options = BatchOptions(
        spec=BatchSpec(formats=("md",), data=(data,)),
        out=folder / "out",
        industries=INDUSTRIES,
        progress=False,
    )
    result = run_batch(options)
    assert result.built == 2 and not result.failed
    return options


@pytest.fixture
def copy(finished: BatchOptions, tmp_path: Path) -> BatchOptions:
    """The finished batch's folder and data file, copied for a test that changes them."""
    shutil.copytree(finished.out, tmp_path / "out")
    assert finished.spec.data is not None
    data = Path(shutil.copy(finished.spec.data[0], tmp_path / "market.parquet"))
    spec = dataclasses.replace(finished.spec, data=(data,))
    options = dataclasses.replace(finished, spec=spec, out=tmp_path / "out")
    run_batch(options)  # the data file's path is part of the request: a record of this copy
    return options


def test_a_complete_run_records_itself_and_an_unchanged_rerun_is_seen_done(finished: BatchOptions) -> None:
    record = json.loads((finished.out / RECORD_FILE).read_text(encoding="utf-8"))
    assert sorted(record["reports"]) == [f"{END}/801080.SI", f"{END}/801770.SI"]
    assert "facts.json" in record["reports"][f"{END}/801770.SI"]
    assert done(finished) == 2


RERUN = """
import atexit, json, sys
atexit.register(lambda: print(json.dumps([name for name in {heavy!r} if name in sys.modules])))
sys.argv = ["sectorbrief", *{args!r}]
from sectorbrief.launch import main
main()
"""


def test_the_program_reruns_without_importing_pandas_or_the_pipeline(finished: BatchOptions) -> None:
    assert finished.spec.data is not None
    args = ["batch", "--industries", INDUSTRIES, "--formats", "md", "--data", str(finished.spec.data[0])]
    args += ["--out", str(finished.out)]
    kept = {path: path.stat().st_mtime_ns for path in finished.out.rglob("*")}
    script = RERUN.format(heavy=HEAVY, args=args)
    rerun = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert "2 report(s), 0 built, 0 failed" in rerun.stderr
    assert json.loads(rerun.stdout.strip().splitlines()[-1]) == []
    assert {path: path.stat().st_mtime_ns for path in finished.out.rglob("*")} == kept


def changed_option(**change: object) -> Callable[[BatchOptions], BatchOptions]:
    return lambda options: dataclasses.replace(options, **change)


def changed_spec(**change: object) -> Callable[[BatchOptions], BatchOptions]:
    return lambda options: dataclasses.replace(options, spec=dataclasses.replace(options.spec, **change))


def changed_file(name: str, change: Callable[[Path], object]) -> Callable[[BatchOptions], BatchOptions]:
    def apply(options: BatchOptions) -> BatchOptions:
        change(options.out / name)
        return options

    return apply


def appended(path: Path) -> None:
    path.write_bytes(path.read_bytes() + b"\n")


def changed_data(options: BatchOptions) -> BatchOptions:
    assert options.spec.data is not None
    appended(options.spec.data[0])  # any byte: the record does not know what the reader makes of it
    return options


def with_news(options: BatchOptions) -> BatchOptions:
    news = options.out.parent / "news.jsonl"
    news.write_text("", encoding="utf-8")
    return dataclasses.replace(options, spec=dataclasses.replace(options.spec, news=news))


@pytest.mark.parametrize(
    "change",
    [
        changed_option(industries="通信"),
        changed_option(industries="电子,通信"),  # the same reports, but the record does not resolve names
        changed_option(weeks=2),
        changed_option(as_of=dt.date(2026, 7, 3)),
        changed_spec(formats=("md", "html")),
        changed_data,
        with_news,
        changed_file("manifest.json", appended),
        changed_file("summary.csv", appended),
        changed_file("index.html", Path.unlink),
        changed_file(f"{END}/801080.SI/report.md", Path.unlink),
        changed_file(f"{END}/801080.SI", shutil.rmtree),
        changed_file(RECORD_FILE, lambda path: path.write_text("{}", encoding="utf-8")),
    ],
)
def test_any_difference_goes_the_normal_way(
    copy: BatchOptions, change: Callable[[BatchOptions], BatchOptions]
) -> None:
    assert done(copy) == 2
    assert done(change(copy)) is None


def test_a_changed_program_goes_the_normal_way(copy: BatchOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run_record, "code_digest", lambda: "another program")
    assert done(copy) is None


def test_a_missing_report_is_rebuilt_the_normal_way_and_the_record_written_again(copy: BatchOptions) -> None:
    shutil.rmtree(copy.out / END / "801080.SI")
    assert done(copy) is None
    result = run_batch(copy)
    assert result.built == 1 and not result.failed
    assert done(copy) == 2


def test_a_run_that_builds_removes_the_record_first(
    copy: BatchOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run killed while it builds leaves no record, so the next one goes the normal way."""
    shutil.rmtree(copy.out / END / "801080.SI")
    recorded_while_building = []
    engine = batch_run.run_engine

    def watched(*args: Any) -> Iterator[Any]:
        recorded_while_building.append((copy.out / RECORD_FILE).exists())
        return engine(*args)

    monkeypatch.setattr(batch_run, "run_engine", watched)
    run_batch(copy)
    assert recorded_while_building == [False]
    assert done(copy) == 2


def test_a_run_after_a_changed_input_hashes_its_inputs_once(
    copy: BatchOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI's rerun check and the run's record share one run_request: the inputs are read once."""
    from typer.testing import CliRunner

    from sectorbrief.cli import app

    shutil.rmtree(copy.out / END / "801080.SI")
    calls = []
    digest = run_record.file_digest

    def counted(path: Path) -> str:
        calls.append(path.name)
        return digest(path)

    monkeypatch.setattr(run_record, "file_digest", counted)
    assert copy.spec.data is not None
    args = ["batch", "--industries", INDUSTRIES, "--formats", "md", "--data", str(copy.spec.data[0])]
    result = CliRunner().invoke(app, [*args, "--out", str(copy.out)])
    assert result.exit_code == 0, result.output
    assert calls.count("market.parquet") == 1
    assert done(copy) == 2
