from matplotlib.axes import Axes

from sectorbrief.charts.assets import Palette
from sectorbrief.charts.bars import plot_returns_bars
from sectorbrief.charts.style import chart_style


def test_bars_sorted_highest_on_top_with_one_label_each() -> None:
    data = {"通信": -9.17, "沪深300": -0.54, "电子": 3.2, "银行": 1.0}
    with chart_style() as palette:
        ax = plot_returns_bars(data, industry="通信", benchmarks=["沪深300"], palette=palette)
    assert isinstance(ax, Axes)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["通信", "沪深300", "银行", "电子"]  # bottom to top: ascending
    values = sorted(t.get_text() for t in ax.texts)
    assert values == sorted(["-9.17", "-0.54", "3.20", "1.00"])
    assert ax.get_yticklabels()[0].get_color() == Palette().industry


def test_minus_signs_are_ascii_hyphens() -> None:
    with chart_style():
        ax = plot_returns_bars({"a": -1.0, "b": 2.0}, industry="a", benchmarks=[])
        ax.figure.canvas.draw()
        ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert any(t.startswith("-") for t in ticks)
    assert not any("\N{MINUS SIGN}" in t for t in ticks)


def test_bars_order_as_pandas_sorts_them_ties_and_missing_values_included() -> None:
    import pandas as pd

    from sectorbrief.charts.bars import ascending

    returns = {f"n{i}": float(i % 5) for i in range(40)} | {"gap": float("nan"), "low": -3.0}
    names, values = ascending(returns)
    expected = pd.Series(returns).sort_values()
    assert names == list(expected.index)
    assert values.tolist()[:-1] == expected.to_numpy().tolist()[:-1] and names[-1] == "gap"
