import io
import warnings

import matplotlib
import pytest
from PIL import Image

from sectorbrief.charts.assets import Palette
from sectorbrief.charts.report import FIGURES, draw_report_charts
from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market
from sectorbrief.taxonomy import sw2021


@pytest.fixture(scope="module")
def charts(small_market: Market) -> tuple[None, dict, list]:
    import datetime as dt

    facts = compute_facts(small_market, sw2021().resolve_industry("通信"), dt.date(2026, 7, 5), sw2021())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        files = draw_report_charts(facts, FIGURES, Palette())
    return None, files, caught


def test_every_chart_is_drawn_without_a_warning(charts: tuple[None, dict, list]) -> None:
    _, files, caught = charts
    assert set(files) == {"fig1_weekly_returns", "fig2_ytd_returns", "fig3_pe_ttm", "relative_hs300"}
    assert [str(w.message) for w in caught] == []


def test_png_at_print_resolution_and_svg_beside_it(charts: tuple[None, dict, list]) -> None:
    _, files, _ = charts
    for chart in files.values():
        with Image.open(io.BytesIO(chart.png)) as image:
            assert min(image.info["dpi"]) >= 200
        svg = chart.svg.decode("utf-8")
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg


def test_drawing_leaves_global_rcparams_alone(charts: tuple[None, dict, list]) -> None:
    assert matplotlib.rcParams["axes.unicode_minus"] is True
    assert "Noto Sans SC" not in matplotlib.rcParams["font.sans-serif"]


def test_shared_bar_drawings_give_the_same_bytes_as_fresh_drawings(small_market: Market) -> None:
    import datetime as dt

    from sectorbrief.charts.report import BARS, BarDrawings

    bars = BarDrawings(limit=2)

    def same_as_fresh(name: str) -> None:
        facts = compute_facts(small_market, sw2021().resolve_industry(name), dt.date(2026, 7, 5), sw2021())
        fresh = draw_report_charts(facts, BARS, Palette())
        shared = draw_report_charts(facts, BARS, Palette(), bars)
        for key in BARS:
            assert shared[key].png == fresh[key].png, (name, key)
            assert shared[key].svg == fresh[key].svg, (name, key)

    for name in ("通信", "电子", "通信"):  # a highlight is undone before the next industry's report
        same_as_fresh(name)
    assert len(bars._drawings) == 2  # one drawing per period, reused by both industries
    industries = {index.name for index in sw2021().industries}
    weekly = [n for n in next(iter(bars._drawings.values())).names if n in industries]
    for name in (weekly[0], weekly[len(weekly) // 2], weekly[-1]):  # the lowest, middle and highest bars
        same_as_fresh(name)


def test_shared_bar_drawings_keep_only_the_last_few(small_market: Market) -> None:
    import datetime as dt

    from sectorbrief.charts.report import BarDrawings
    from sectorbrief.charts.specs import returns_bars
    from sectorbrief.charts.style import chart_style

    bars = BarDrawings(limit=1)
    facts = compute_facts(small_market, sw2021().resolve_industry("通信"), dt.date(2026, 7, 5), sw2021())
    weekly, ytd = returns_bars(facts, facts.weekly), returns_bars(facts, facts.ytd)
    with chart_style():
        first = bars.drawing(weekly, Palette())
        assert bars.drawing(weekly, Palette()) is first
        bars.drawing(ytd, Palette())
    assert list(bars._drawings.values()) != [first] and len(bars._drawings) == 1


def test_png_has_the_pixels_and_resolution_matplotlib_saves(small_market: Market) -> None:
    import datetime as dt

    import numpy as np

    from sectorbrief.charts.assets import DPI
    from sectorbrief.charts.report import image
    from sectorbrief.charts.specs import chart_specs
    from sectorbrief.charts.style import chart_style

    facts = compute_facts(small_market, sw2021().resolve_industry("通信"), dt.date(2026, 7, 5), sw2021())
    specs = chart_specs(facts, ["fig3_pe_ttm", "relative_hs300"])
    with chart_style() as palette:
        for key, spec in specs.items():
            ax = spec.plot(palette)
            ours = image(ax, key).png
            theirs = io.BytesIO()
            ax.get_figure(root=True).savefig(theirs, format="png")  # type: ignore[union-attr]
            with Image.open(io.BytesIO(ours)) as mine, Image.open(theirs) as matplotlib_png:
                assert mine.mode == matplotlib_png.mode == "RGBA"
                assert mine.info["dpi"] == matplotlib_png.info["dpi"] == pytest.approx((DPI, DPI), abs=0.02)
                assert np.array_equal(np.asarray(mine), np.asarray(matplotlib_png)), key
