"""run.json: the record of a batch run that ended with every report in place, so that the same run again
can see it has nothing to do without loading the market (nor pandas, the calendar or the pipeline).

The record holds the request as resolved (industries, as-of, weeks, formats, the program's and the
calendar library's versions, and the path and SHA-256 of every input file: market data files or store,
news feed, config, or the bundled demo market), each report folder's files, and the digests of
manifest.json, summary.csv and index.html as the run left them. A rerun whose request equals it, and
whose folders and files are all still there and unchanged, does nothing. Any difference (an option, an
input's bytes, the program, the manifest, a missing file) goes the normal way (batch.run), whose
per-report manifest stays the source of truth and which writes the record again when it is complete.
A run that builds anything removes the record first, so a run killed midway leaves none.
"""

from __future__ import annotations

import json
import logging
import os
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from sectorbrief import __version__
from sectorbrief.batch.digests import code_digest, file_digest
from sectorbrief.batch.names import INDEX_FILE, MANIFEST_FILE, RECORD_FILE, SUMMARY_FILE
from sectorbrief.batch.spec import BatchOptions, BatchSpec
from sectorbrief.choices import DEMO_MARKET_FILE
from sectorbrief.home import default_store_path

log = logging.getLogger(__name__)

SCHEMA = "sectorbrief.batch-run/1"
KEPT_FILES = (MANIFEST_FILE, SUMMARY_FILE, INDEX_FILE)
"""The batch folder's own files, which a run with nothing to do leaves as they are."""

Request = dict[str, Any]


def input_file(path: Path) -> list[str]:
    """A file the reports read: its absolute path (names show in the reports) and its bytes' digest."""
    return [str(path.resolve()), str(file_digest(path))]


def market_files(spec: BatchSpec) -> list[list[str]]:
    """The files the market is read from: the data files, the store (and its write-ahead log, when
    there is one), or the bundled demo market."""
    if spec.data is not None:
        return [input_file(path) for path in spec.data]
    if spec.use_store:
        store = spec.store or default_store_path()
        log_file = store.with_name(store.name + ".wal")
        return [input_file(store)] + ([input_file(log_file)] if log_file.is_file() else [])
    with resources.as_file(resources.files("sectorbrief").joinpath("data", DEMO_MARKET_FILE)) as demo:
        return [input_file(demo)]


def calendar_version() -> str | None:
    """The version of exchange_calendars, which decides the trading sessions and so the weeks."""
    try:
        return version("exchange_calendars")
    except PackageNotFoundError:
        return None


def run_request(options: BatchOptions) -> Request | None:
    """Everything that decides what a run of ``options`` writes; None when an input file cannot be read
    (the normal run then says what is wrong with it)."""
    spec = options.spec
    try:
        inputs = {
            "market": market_files(spec),
            "news": input_file(spec.news) if spec.news is not None else None,
            "config": input_file(spec.config) if spec.config is not None else None,
        }
    except OSError:
        return None
    return {
        "generator": __version__,
        "code": code_digest(),
        "calendar": calendar_version(),
        "industries": options.industries,
        "as_of": options.as_of.isoformat(),
        "weeks": options.weeks,
        "formats": list(spec.formats),
        "inputs": inputs,
    }


def folder_files(folder: Path) -> list[str]:
    """Every file under ``folder``, as sorted paths relative to it."""
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())


def kept_digests(out: Path) -> dict[str, str | None]:
    """The digests of the batch folder's own files (None for one that cannot be read)."""
    digests: dict[str, str | None] = {}
    for name in KEPT_FILES:
        try:
            digests[name] = file_digest(out / name)
        except OSError:
            digests[name] = None
    return digests


def record_run(request: Request | None, keys: list[str], out: Path) -> None:
    """Write ``out/run.json`` for a run of ``request`` that ended with every report of ``keys`` in place
    (written aside and moved into place); nothing when the request could not be read."""
    if request is None:
        return
    record = {
        "schema": SCHEMA,
        "request": request,
        "files": kept_digests(out),
        "reports": {key: folder_files(out / key) for key in keys},
    }
    path = out / RECORD_FILE
    tmp = path.with_name(f".{RECORD_FILE}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def forget_run(out: Path) -> None:
    """Remove the record before a run changes the folder: it is written again when the run completes."""
    (out / RECORD_FILE).unlink(missing_ok=True)


def read_record(out: Path) -> dict[str, Any] | None:
    """The record in ``out``; None when there is none or it is not one (the normal run redoes it)."""
    try:
        record = json.loads((out / RECORD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        return None
    return record


def finished_reports(options: BatchOptions, request: Request | None) -> int | None:
    """How many reports a run of ``options`` has, when the last complete run of the same ``request``
    (run_request's, computed once by the caller) left its folder as it is now: nothing to do. None when
    the normal run must look (batch.run)."""
    out = options.out.resolve()
    record = read_record(out)
    if record is None:
        return None
    if request is None or record["request"] != request or record["files"] != kept_digests(out):
        return None
    reports: dict[str, list[str]] = record["reports"]
    if not all((out / key / name).is_file() for key, names in reports.items() for name in names):
        return None
    return len(reports)
