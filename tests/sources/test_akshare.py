"""The akshare adapter on frames and failures shaped exactly like akshare's (fixtures/akshare, fake_akshare)."""

from __future__ import annotations

import datetime as dt
import socket
from types import SimpleNamespace

import pandas as pd
import pytest

from sectorbrief.errors import DataError, UsageError
from sectorbrief.sources import akshare as adapter
from sectorbrief.sources.retry import Permanent, Throttled
from tests.sources.fake_akshare import DTYPES, ban_page, data_null, empty_table, error_answer, load_fixture

JUNE_29, JULY_3 = dt.date(2026, 6, 29), dt.date(2026, 7, 3)


def returning(frame: pd.DataFrame):
    return lambda **_: frame


def fake(**functions: pd.DataFrame) -> SimpleNamespace:
    return SimpleNamespace(**{name: returning(frame) for name, frame in functions.items()})


@pytest.mark.parametrize("function", sorted(DTYPES))
def test_adapter_knows_every_column_akshare_returns(function: str) -> None:
    assert adapter.COLUMNS[function] == tuple(DTYPES[function])
    assert set(adapter.REQUIRED[function]) <= set(adapter.COLUMNS[function])


@pytest.mark.parametrize(
    ("name", "function"),
    [
        ("index_hist_sw_801770.csv", adapter.SW_HIST),
        ("index_analysis_daily_sw_level1.csv", adapter.SW_ANALYSIS),
        ("stock_zh_index_daily_em_sh000300.csv", adapter.EM_DAILY),
        ("stock_zh_index_daily_sz399006.csv", adapter.SINA_HIST),
    ],
)
def test_fixtures_have_akshares_dtypes(name: str, function: str) -> None:
    frame = load_fixture(name, function)
    assert list(frame.columns) == list(DTYPES[function])
    for column, kind in DTYPES[function].items():
        expected = "object" if kind in ("str", "date") else kind
        assert str(frame[column].dtype) == expected, column


def test_sw_closes_map_to_the_long_frame_and_cut_to_the_range() -> None:
    raw = load_fixture("index_hist_sw_801770.csv", adapter.SW_HIST)
    out = adapter.fetch_sw_closes(fake(index_hist_sw=raw), "801770.SI", "通信", JUNE_29, JULY_3)
    assert list(out.columns) == ["date", "code", "name", "close"]
    assert str(out["date"].dtype) == "datetime64[ns]"
    assert out["date"].min() == pd.Timestamp(JUNE_29) and out["date"].max() == pd.Timestamp(JULY_3)
    assert set(out["code"]) == {"801770.SI"} and set(out["name"]) == {"通信"}
    expected = raw.loc[pd.to_datetime(raw["日期"]) >= pd.Timestamp(JUNE_29), "收盘"].to_numpy()
    assert out["close"].tolist() == pytest.approx(expected.tolist())


def test_sw_pe_reads_the_level1_table_for_the_codes_asked() -> None:
    raw = load_fixture("index_analysis_daily_sw_level1.csv", adapter.SW_ANALYSIS)
    out = adapter.fetch_sw_pe(fake(index_analysis_daily_sw=raw), ["801770.SI", "801080.SI"], JUNE_29, JULY_3)
    assert set(out["code"]) == {"801770.SI", "801080.SI"}
    assert len(out) == 2 * 5
    row = raw.loc[(raw["指数代码"] == "801770") & (raw["发布日期"] == JULY_3), "市盈率"].iloc[0]
    got = out.loc[(out["code"] == "801770.SI") & (out["date"] == pd.Timestamp(JULY_3)), "pe_ttm"].iloc[0]
    assert got == pytest.approx(row)


def test_benchmark_closes_from_east_money_and_sina() -> None:
    em = load_fixture("stock_zh_index_daily_em_sh000300.csv", adapter.EM_DAILY)
    out = adapter.fetch_em_closes(fake(stock_zh_index_daily_em=em), "000300.SH", "沪深300", JUNE_29, JULY_3)
    assert len(out) == 5 and set(out["code"]) == {"000300.SH"}
    sina = load_fixture("stock_zh_index_daily_sz399006.csv", adapter.SINA_HIST)
    out = adapter.fetch_sina_closes(fake(stock_zh_index_daily=sina), "399006.SZ", "创业板指", JUNE_29, JULY_3)
    assert len(out) == 5 and out["close"].iloc[-1] == pytest.approx(sina["close"].iloc[-1])


def test_east_money_without_klines_is_an_empty_answer() -> None:
    with pytest.raises(adapter.EmptyFrame, match=r"stock_zh_index_daily_em\(sh000300\)"):
        adapter.fetch_em_closes(
            fake(stock_zh_index_daily_em=pd.DataFrame()), "000300.SH", "沪深300", JUNE_29, JULY_3
        )


def raising(exc: BaseException):
    def function(**_: object) -> pd.DataFrame:
        raise exc

    return function


@pytest.mark.parametrize(
    ("function", "fetch", "exc", "named"),
    [
        ("index_hist_sw", lambda ak: adapter.fetch_sw_closes(ak, "801770.SI", "通信", JUNE_29, JULY_3), error_answer(), "index_hist_sw(801770)"),
        ("index_analysis_daily_sw", lambda ak: adapter.fetch_sw_pe(ak, ["801770.SI"], JUNE_29, JULY_3), empty_table(), "index_analysis_daily_sw(一级行业 2026-06-29..2026-07-03)"),
        ("stock_zh_index_daily_em", lambda ak: adapter.fetch_em_closes(ak, "000300.SH", "沪深300", JUNE_29, JULY_3), data_null(), "stock_zh_index_daily_em(sh000300)"),
        ("index_analysis_weekly_sw", lambda ak: adapter.fetch_sw_weekly_pe(ak, ["801770.SI"], JULY_3), empty_table(), "index_analysis_weekly_sw(一级行业 2026-07-03)"),
    ],
)  # fmt: skip
def test_akshares_own_failures_become_permanent_errors_naming_function_and_symbol(
    function: str, fetch, exc: BaseException, named: str
) -> None:
    with pytest.raises(Permanent) as info:
        fetch(SimpleNamespace(**{function: raising(exc)}))
    assert f"akshare.{named}" in str(info.value) and type(exc).__name__ in str(info.value)


def test_an_html_ban_page_is_throttled_not_a_connection_error() -> None:
    ak = SimpleNamespace(index_hist_sw=raising(ban_page()))
    with pytest.raises(
        Throttled, match=r"akshare.index_hist_sw\(801770\): the source sent a page that is not data"
    ):
        adapter.fetch_sw_closes(ak, "801770.SI", "通信", JUNE_29, JULY_3)


def test_connection_errors_pass_through_for_the_runner_to_retry() -> None:
    ak = SimpleNamespace(index_hist_sw=raising(ConnectionError("Connection reset by peer")))
    with pytest.raises(ConnectionError):
        adapter.fetch_sw_closes(ak, "801770.SI", "通信", JUNE_29, JULY_3)


def test_week_dates_and_weekly_pe() -> None:
    dates = pd.DataFrame({"date": [JUNE_29 - dt.timedelta(days=3), JULY_3]})
    assert adapter.fetch_sw_week_dates(fake(index_analysis_week_month_sw=dates)) == [
        dt.date(2026, 6, 26),
        JULY_3,
    ]
    raw = load_fixture("index_analysis_daily_sw_level1.csv", adapter.SW_ANALYSIS)
    week = raw.loc[raw["发布日期"] == JULY_3].reset_index(drop=True)
    out = adapter.fetch_sw_weekly_pe(fake(index_analysis_weekly_sw=week), ["801770.SI"], JULY_3)
    assert out["code"].tolist() == ["801770.SI"] and out["date"].tolist() == [pd.Timestamp(JULY_3)]


def test_a_renamed_column_is_named_in_the_error() -> None:
    raw = load_fixture("index_hist_sw_801770.csv", adapter.SW_HIST).rename(columns={"收盘": "收盘价"})
    with pytest.raises(
        DataError, match=r"index_hist_sw\(801770\): missing column.*'收盘'.*'收盘价' — renamed"
    ):
        adapter.fetch_sw_closes(fake(index_hist_sw=raw), "801770.SI", "通信", JUNE_29, JULY_3)


def test_renamed_pe_column_is_named() -> None:
    raw = load_fixture("index_analysis_daily_sw_level1.csv", adapter.SW_ANALYSIS).rename(
        columns={"市盈率": "市盈率TTM"}
    )
    with pytest.raises(DataError, match="'市盈率'.*'市盈率TTM'"):
        adapter.fetch_sw_pe(fake(index_analysis_daily_sw=raw), ["801770.SI"], JUNE_29, JULY_3)


@pytest.mark.parametrize("frame", [pd.DataFrame(), pd.DataFrame(columns=list(DTYPES[adapter.SW_HIST]))])
def test_an_empty_answer_is_an_empty_frame_error(frame: pd.DataFrame) -> None:
    with pytest.raises(adapter.EmptyFrame):
        adapter.fetch_sw_closes(fake(index_hist_sw=frame), "801770.SI", "通信", JUNE_29, JULY_3)


def test_a_non_number_close_is_named() -> None:
    raw = load_fixture("index_hist_sw_801770.csv", adapter.SW_HIST)
    raw["收盘"] = raw["收盘"].astype(object)
    raw.loc[2, "收盘"] = "停牌"
    with pytest.raises(DataError, match="'收盘' has a non-number '停牌'"):
        adapter.fetch_sw_closes(fake(index_hist_sw=raw), "801770.SI", "通信", JUNE_29, JULY_3)


def test_symbols() -> None:
    assert adapter.sw_symbol("801770.SI") == "801770"
    assert adapter.market_symbol("000300.SH") == "sh000300"
    assert adapter.market_symbol("399006.SZ") == "sz399006"


def test_without_akshare_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise ImportError(name)

    monkeypatch.setattr(adapter.importlib, "import_module", missing)
    with pytest.raises(UsageError, match=r"pip install 'sectorbrief\[live\]'"):
        adapter.import_akshare()


def test_pe_provenance_says_what_the_source_labels_it() -> None:
    assert "市盈率" in adapter.PE_PROVENANCE and "未注明 TTM 或静态" in adapter.PE_PROVENANCE


def network_up(host: str = "www.swsresearch.com") -> bool:
    try:
        socket.create_connection((host, 443), timeout=3).close()
    except OSError:
        return False
    return True


@pytest.mark.live
@pytest.mark.skipif(not network_up(), reason="no network to akshare's sources")
def test_live_sw_closes_have_the_documented_columns() -> None:
    ak = pytest.importorskip("akshare")
    out = adapter.fetch_sw_closes(ak, "801770.SI", "通信", dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert len(out) > 15 and out["close"].notna().all()
