"""Bar drawings shared by processes through a folder: claimed once, published whole, loaded by the
others; a dead claimant's or a failed drawing's claim does not hold anyone up."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from pathlib import Path

import numpy as np
import pytest

from sectorbrief.charts.assets import Palette
from sectorbrief.charts.bar_files import BarFolder
from sectorbrief.charts.report import BarDrawing, BarDrawings, draw_bars, file_stem
from sectorbrief.charts.specs import returns_bars
from sectorbrief.charts.style import chart_style
from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market
from sectorbrief.taxonomy import sw2021


def small_drawing(seed: int = 0) -> BarDrawing:
    rng = np.random.default_rng(seed)
    plain, lit = (rng.integers(0, 256, (8, 6, 4), dtype=np.uint8) for _ in range(2))
    return BarDrawing(["甲", "乙"], plain, lit, b"<svg>plain</svg>", b"<svg>lit</svg>", (0.1, 0.9, -0.7, 1.7))


def same(a: BarDrawing, b: BarDrawing) -> bool:
    return (
        a.names == b.names
        and np.array_equal(a.plain, b.plain)
        and np.array_equal(a.lit, b.lit)
        and (a.plain_svg, a.lit_svg, a.frame) == (b.plain_svg, b.lit_svg, b.frame)
    )


def test_a_published_drawing_loads_back_the_same(tmp_path: Path) -> None:
    folder = BarFolder(tmp_path / "drawings")
    assert folder.published("k") is None
    assert folder.claim("k")
    drawn = folder.publish("k", small_drawing)
    loaded = folder.published("k")
    assert loaded is not None and same(loaded, drawn)
    assert sorted(p.name for p in (tmp_path / "drawings").iterdir()) == ["k.claim", "k.npz"]  # nothing aside


def test_one_claim_per_drawing(tmp_path: Path) -> None:
    folder = BarFolder(tmp_path)
    assert folder.claim("k") and not folder.claim("k")  # the second (any process) waits for the first
    folder.publish("k", small_drawing)
    assert not folder.claim("k")  # published: loaded, not drawn again
    assert folder.claim("other")


def test_a_dead_claimants_drawing_is_drawn_here(tmp_path: Path) -> None:
    folder = BarFolder(tmp_path)
    dead = multiprocessing.get_context("fork").Process(target=folder.claim, args=("k",))
    dead.start()
    dead.join()
    assert (tmp_path / "k.claim").read_text() == str(dead.pid) and not folder.claimant_alive("k")
    drawn = folder.fetch("k", lambda: small_drawing(3))
    assert same(drawn, small_drawing(3))


def test_a_failed_drawing_withdraws_its_claim(tmp_path: Path) -> None:
    folder = BarFolder(tmp_path)
    assert folder.claim("k")

    def fails() -> BarDrawing:
        raise RuntimeError("no font")

    with pytest.raises(RuntimeError, match="no font"):
        folder.publish("k", fails)
    assert not (tmp_path / "k.claim").exists() and folder.claim("k")


def publish_later(folder: BarFolder, stem: str, ready: object) -> None:
    folder.claim(stem)
    ready.wait()  # type: ignore[attr-defined]
    folder.publish(stem, lambda: small_drawing(5))


def test_a_drawing_another_process_is_drawing_is_waited_for(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    folder, ready = BarFolder(tmp_path), context.Event()
    other = context.Process(target=publish_later, args=(folder, "k", ready))
    other.start()
    while not (tmp_path / "k.claim").exists():
        pass
    assert folder.claimant_alive("k") and not folder.claim("k")
    ready.set()

    def not_here() -> BarDrawing:
        raise AssertionError("drawn here while its claimant was drawing it")

    assert same(folder.fetch("k", not_here), small_drawing(5))
    other.join()
    assert other.exitcode == 0 and other.pid != os.getpid()


def test_processes_sharing_a_folder_draw_each_chart_once_and_the_same(
    small_market: Market, tmp_path: Path
) -> None:
    facts = compute_facts(small_market, sw2021().resolve_industry("通信"), dt.date(2026, 7, 5), sw2021())
    weekly, ytd = returns_bars(facts, facts.weekly), returns_bars(facts, facts.ytd)
    palette = Palette()
    with chart_style(palette):
        first = BarDrawings(folder=BarFolder(tmp_path))
        first.claim([weekly], palette)  # this process draws the weekly bars only
        second = BarDrawings(folder=BarFolder(tmp_path))  # as another process would: loads, draws the rest
        second.claim([weekly, ytd], palette)
        loaded, drawn = second.drawing(weekly, palette), second.drawing(ytd, palette)
        fresh = draw_bars(weekly, palette)
    assert same(loaded, first.drawing(weekly, palette)) and same(loaded, fresh)
    stems = {file_stem((spec.returns, spec.benchmarks, palette)) for spec in (weekly, ytd)}
    assert {p.stem for p in tmp_path.glob("*.npz")} == stems
    published = BarFolder(tmp_path).published(file_stem((ytd.returns, ytd.benchmarks, palette)))
    assert published is not None and same(published, drawn)
    assert loaded.png("通信") == fresh.png("通信") and loaded.svg("通信") == fresh.svg("通信")
