import subprocess
import sys
import textwrap

from sectorbrief.charts.workers import dealt
from sectorbrief.launch import wants_chart_workers

# Forking is only safe in a single-threaded process: the chart processes are started in a fresh one.
SCRIPT = textwrap.dedent(
    """
    import datetime as dt, os
    from sectorbrief.charts.workers import ChartWorkers
    workers = ChartWorkers.start()  # before anything heavy, as sectorbrief.launch does
    import sys
    assert "pandas" not in sys.modules and "matplotlib" not in sys.modules
    from sectorbrief.charts.assets import Palette
    from sectorbrief.charts.report import draw_charts
    from sectorbrief.charts.specs import PeBand, Relative, ReturnsBars

    days = tuple(dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(60))
    specs = {
        "fig1_weekly_returns": ReturnsBars((("通信", -9.17), ("电子", 3.2), ("沪深300", -0.54)), "通信", ("沪深300",)),
        "fig3_pe_ttm": PeBand(days, tuple(20.0 + i / 10 for i in range(60)), 22.0, 1.0),
        "relative_hs300": Relative(days, tuple(range(1, 61)), tuple(range(2, 62)), ("申万通信", "沪深300")),
    }
    with workers:
        drawn = workers.draw(specs, Palette()).result()
        here = draw_charts(specs, Palette())
        assert list(drawn) == list(specs)
        assert all(drawn[k].png == here[k].png and drawn[k].svg == here[k].svg for k in specs)
        try:
            workers.draw({"fig1_weekly_returns": ReturnsBars((), "通信", ())}, Palette()).result()
        except Exception as exc:
            print("raised", type(exc).__name__)
        pid = workers._process.pid
    print("alive after close", workers._process.is_alive())
    """
)


def test_chart_processes_draw_the_same_bytes_as_here_and_end_on_close() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert lines[0].startswith("raised ")  # a drawing's error comes back to the caller
    assert "alive after close False" in lines


def test_only_build_starts_chart_processes() -> None:
    assert wants_chart_workers(["build", "--formats", "md"])
    assert not wants_chart_workers(["build", "--help"])
    assert not wants_chart_workers(["batch"]) and not wants_chart_workers([])


def test_charts_are_dealt_back_and_forth_so_the_costliest_go_to_different_processes() -> None:
    keys = ["fig1_weekly_returns", "fig2_ytd_returns", "fig3_pe_ttm", "relative_hs300"]
    assert dealt(keys, 2) == [["fig1_weekly_returns", "relative_hs300"], ["fig2_ytd_returns", "fig3_pe_ttm"]]
    assert dealt(keys[:3], 2) == [["fig1_weekly_returns"], ["fig2_ytd_returns", "fig3_pe_ttm"]]
    assert dealt(keys[:1], 2) == [["fig1_weekly_returns"], []]
    assert sorted(sum(dealt(list("abcdefg"), 3), [])) == list("abcdefg")
