"""Manifest and fingerprints: a report is done only with the same inputs and its folder in place."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from sectorbrief.batch.manifest import Manifest
from sectorbrief.batch.plan import Job
from sectorbrief.batch.spec import BatchSpec, fingerprint, market_digest
from sectorbrief.batch.summary import Row
from sectorbrief.errors import DataError
from sectorbrief.market import Market

JOB = Job(end=dt.date(2026, 7, 3), code="801080.SI", name="电子", as_of=dt.date(2026, 7, 5))
SPEC = BatchSpec(formats=("md",))


def row(status: str = "ok") -> Row:
    return Row("2026-07-03", "801080.SI", "电子", -4.58, 29, 61.37, 1, 70.7, status, 1.5)


def test_fingerprint_changes_with_every_input(tmp_path: Path, small_market: Market) -> None:
    digest = market_digest(small_market)
    base = fingerprint(SPEC, JOB, digest)
    assert fingerprint(SPEC, JOB, digest) == base
    assert fingerprint(BatchSpec(formats=("md", "pdf")), JOB, digest) != base
    assert fingerprint(SPEC, dataclasses.replace(JOB, as_of=JOB.end), digest) != base
    config = tmp_path / "style.yaml"
    config.write_text("firm: 甲\n", encoding="utf-8")
    with_config = fingerprint(dataclasses.replace(SPEC, config=config), JOB, digest)
    config.write_text("firm: 乙\n", encoding="utf-8")
    assert fingerprint(dataclasses.replace(SPEC, config=config), JOB, digest) != with_config != base


def test_market_digest_sees_one_changed_close(small_market: Market) -> None:
    closes = small_market.closes.copy()
    closes.iloc[-1, 0] *= 1.0001
    changed = dataclasses.replace(small_market, closes=closes)
    assert market_digest(changed) != market_digest(small_market)


def test_done_needs_ok_same_fingerprint_and_the_folder(tmp_path: Path) -> None:
    manifest = Manifest.load(tmp_path)
    manifest.record("abc", row())
    reloaded = Manifest.load(tmp_path)
    assert reloaded.entries["2026-07-03/801080.SI"].row == row()
    assert not reloaded.is_done(JOB.key, "abc")  # no folder yet
    (tmp_path / JOB.key).mkdir(parents=True)
    (tmp_path / JOB.key / "facts.json").write_text("{}", encoding="utf-8")
    assert reloaded.is_done(JOB.key, "abc")
    assert not reloaded.is_done(JOB.key, "other")
    reloaded.record("abc", row("failed"))
    assert not Manifest.load(tmp_path).is_done(JOB.key, "abc")


def test_a_foreign_manifest_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text('{"schema": "x"}', encoding="utf-8")
    with pytest.raises(DataError, match="manifest.json"):
        Manifest.load(tmp_path)
