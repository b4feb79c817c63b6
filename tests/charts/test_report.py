import warnings
from pathlib import Path

import matplotlib
import pytest
from PIL import Image

from sectorbrief.charts.assets import Palette
from sectorbrief.charts.report import draw_report_charts
from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market
from sectorbrief.taxonomy import sw2021


@pytest.fixture(scope="module")
def charts(small_market: Market, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, list]:
    import datetime as dt

    facts = compute_facts(small_market, sw2021().resolve_industry("通信"), dt.date(2026, 7, 5), sw2021())
    folder = tmp_path_factory.mktemp("charts")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        files = draw_report_charts(small_market, facts, folder, Palette())
    return folder, files, caught


def test_every_chart_is_drawn_without_a_warning(charts: tuple[Path, dict, list]) -> None:
    _, files, caught = charts
    assert set(files) == {"fig1_weekly_returns", "fig2_ytd_returns", "fig3_pe_ttm", "relative_hs300"}
    assert [str(w.message) for w in caught] == []


def test_png_at_print_resolution_and_svg_beside_it(charts: tuple[Path, dict, list]) -> None:
    folder, files, _ = charts
    for chart in files.values():
        with Image.open(folder / chart.png) as image:
            assert min(image.info["dpi"]) >= 200
        svg = (folder / chart.svg).read_text(encoding="utf-8")
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg


def test_drawing_leaves_global_rcparams_alone(charts: tuple[Path, dict, list]) -> None:
    assert matplotlib.rcParams["axes.unicode_minus"] is True
    assert "Noto Sans SC" not in matplotlib.rcParams["font.sans-serif"]
