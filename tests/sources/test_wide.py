"""Wide terminal exports (a Wind-style workbook, iFinD-style GB18030 CSVs) give the long file's facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import Workbook

from sectorbrief.errors import DataError
from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market, normalise
from sectorbrief.sources.files import read_market_file, read_market_files
from sectorbrief.sources.wide import column_letter
from sectorbrief.taxonomy import sw2021
from tests.conftest import random_market_frame

AS_OF = dt.date(2026, 7, 3)
FIELDS = {"close": ("收盘价", "点"), "pe_ttm": ("市盈率PE(TTM)", "倍")}


@pytest.fixture(scope="module")
def long_market() -> pd.DataFrame:
    frame = normalise(random_market_frame(dt.date(2022, 12, 1), AS_OF, seed=11))
    # as a terminal gives them (Excel keeps 15 significant digits): closes to 2 places, PE-TTM to 4
    return frame.assign(close=frame["close"].round(2), pe_ttm=frame["pe_ttm"].round(4))


def series_columns(market: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(code, name, field) of each wide column: every close, then every industry's PE-TTM."""
    names = market.drop_duplicates("code").set_index("code")["name"]
    closes = [(code, names[code], "close") for code in names.index]
    pe = [(code, names[code], "pe_ttm") for code in names.index if code.startswith("801")]
    return closes + pe


def wide_values(
    market: pd.DataFrame, columns: list[tuple[str, str, str]]
) -> tuple[pd.Index, list[list[float]]]:
    """The dates and, per date, the values of ``columns`` in order."""
    table = pd.concat(
        [market.pivot(index="date", columns="code", values=field)[[c for c, _, f in columns if f == field]]
         for field in FIELDS if any(f == field for _, _, f in columns)],
        axis=1,
    )  # fmt: skip
    return table.index, table.to_numpy(dtype=float).tolist()


def wind_name(code: str, name: str) -> str:
    return f"{name}(申万)" if code.startswith("801") else name


def write_wind_xlsx(market: pd.DataFrame, path: Path) -> Path:
    """Header rows 代码 / 名称 / 指标名称 / 单位, Excel dates (a few as serial numbers), a footer."""
    columns = series_columns(market)
    days, values = wide_values(market, columns)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("万得")
    sheet.append(["代码", *(code for code, _, _ in columns)])
    sheet.append(["名称", *(wind_name(code, name) for code, name, _ in columns)])
    sheet.append(["指标名称", *(FIELDS[f][0] for _, _, f in columns)])
    sheet.append(["单位", *(FIELDS[f][1] for _, _, f in columns)])
    for i, (day, row) in enumerate(zip(days, values, strict=True)):
        date: object = day.to_pydatetime() if i % 50 else (day.date() - dt.date(1899, 12, 30)).days
        sheet.append([date, *row])
    sheet.append([])
    sheet.append(["数据来源：Wind"])
    book.save(path)
    return path


def write_ifind_csv(market: pd.DataFrame, field: str, path: Path) -> Path:
    """One indicator per file: a merged-style indicator row, 名称(代码) headers, YYYY/MM/DD, a footer."""
    columns = [c for c in series_columns(market) if c[2] == field]
    days, values = wide_values(market, columns)
    label = {"close": "收盘价", "pe_ttm": "市盈率(TTM)"}[field]
    lines = [",".join(["指标名称", label] + [""] * (len(columns) - 1))]
    lines.append(",".join(["日期", *(f"{name}({code})" for code, name, _ in columns)]))
    for day, row in zip(days, values, strict=True):
        lines.append(",".join([f"{day:%Y/%m/%d}", *map(repr, row)]))
    lines += ["", "数据来源：同花顺iFinD"]
    path.write_bytes(("\n".join(lines) + "\n").encode("gb18030"))
    return path


def facts_json(frame: pd.DataFrame) -> dict:
    industry = sw2021().resolve_industry("通信")
    facts = compute_facts(Market.from_long(frame, source="x"), industry, AS_OF, sw2021())
    return facts.to_json_dict()


def test_wind_xlsx_and_ifind_csvs_give_the_long_files_facts(
    long_market: pd.DataFrame, tmp_path: Path
) -> None:
    wind = read_market_file(write_wind_xlsx(long_market, tmp_path / "wind.xlsx"))
    ifind = read_market_files(
        [
            write_ifind_csv(long_market, "close", tmp_path / "ifind_a.csv"),
            write_ifind_csv(long_market, "pe_ttm", tmp_path / "ifind_b.csv"),
        ]
    )
    pd.testing.assert_frame_equal(wind, long_market, check_exact=True)
    pd.testing.assert_frame_equal(ifind, long_market, check_exact=True)
    assert facts_json(wind) == facts_json(ifind) == facts_json(long_market)


def test_a_sheet_per_indicator_is_merged(long_market: pd.DataFrame, tmp_path: Path) -> None:
    recent = long_market.loc[long_market["date"] >= "2026-06-01"]
    book = Workbook()
    for field, sheet in zip(FIELDS, (book.active, book.create_sheet()), strict=True):
        sheet.title = FIELDS[field][0]
        columns = [c for c in series_columns(recent) if c[2] == field]
        table = recent.pivot(index="date", columns="code", values=field)
        sheet.append(["", *(f"申万{name}" if code.startswith("801") else name for code, name, _ in columns)])
        sheet.append(["日期", *(FIELDS[field][0] for _ in columns)])
        for day in table.index:
            sheet.append([day.to_pydatetime(), *(float(table.at[day, c]) for c, _, _ in columns)])
    book.create_sheet("说明").append(["数据来源：Choice"])
    book.save(tmp_path / "choice.xlsx")
    pd.testing.assert_frame_equal(read_market_file(tmp_path / "choice.xlsx"), recent.reset_index(drop=True))


def small_wide(
    tmp_path: Path, body: list[str], header: str = "日期,农林牧渔(801010.SI),沪深300(000300.SH)"
) -> Path:
    path = tmp_path / "close.csv"
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    return path


def error_of(*paths: Path) -> str:
    with pytest.raises(DataError) as info:
        read_market_files(list(paths))
    message = str(info.value)
    assert "\n" not in message
    return message


def test_bad_wide_cell_names_line_and_column(tmp_path: Path) -> None:
    path = small_wide(tmp_path, ["2026/07/02,100.5,3500", "2026/07/03,abc,3510"])
    message = error_of(path)
    assert str(path) in message and "line 3, column B (801010.SI close)" in message and "'abc'" in message


def test_bad_date_inside_the_table_is_named(tmp_path: Path) -> None:
    message = error_of(small_wide(tmp_path, ["2026/07/02,100.5,3500", "2026/7/x,101,3510", "2026/07/06,1,2"]))
    assert "line 3, column A: date is not a date" in message


def test_unknown_column_is_named(tmp_path: Path) -> None:
    path = small_wide(tmp_path, ["2026/07/02,100.5,3500"], header="日期,农林牧渔(801010.SI),某某指数")
    assert "column C (某某指数): cannot tell which index" in error_of(path)


def test_blank_and_dash_cells_are_missing_values(tmp_path: Path) -> None:
    frame = read_market_file(
        small_wide(tmp_path, ["2026/07/02,--,3500", "2026/07/03,101,3510", "数据来源：Wind"])
    )
    assert len(frame) == 3 and set(frame["code"]) == {"801010.SI", "000300.SH"}
    names = dict(zip(frame["code"], frame["name"], strict=True))
    assert names == {"801010.SI": "农林牧渔", "000300.SH": "沪深300"} and np.isnan(frame["pe_ttm"]).all()


def test_files_that_disagree_are_named(tmp_path: Path) -> None:
    a = small_wide(tmp_path, ["2026/07/02,100.5,3500"])
    b = tmp_path / "more_close.csv"
    b.write_text("日期,农林牧渔(801010.SI)\n2026/07/02,100.6\n", encoding="utf-8")
    message = error_of(a, b)
    assert str(a) in message and str(b) in message and "801010.SI close on 2026-07-02" in message


def test_pe_without_a_close_is_refused(tmp_path: Path) -> None:
    close = small_wide(tmp_path, ["2026/07/02,100.5,3500"])
    pe = tmp_path / "pe.csv"
    pe.write_text("日期,农林牧渔(801010.SI)\n2026/07/02,20\n2026/07/03,21\n", encoding="utf-8")
    assert "801010.SI has PE-TTM on 2026-07-03 but no table gives its close" in error_of(close, pe)


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701)] == ["A", "Z", "AA", "ZZ"]


def test_the_readme_examples_read(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    for row in (
        ["代码", "801010.SI", "801770.SI", "000300.SH", "801010.SI", "801770.SI"],
        ["名称", "农林牧渔(申万)", "通信(申万)", "沪深300", "农林牧渔(申万)", "通信(申万)"],
        ["指标名称", "收盘价", "收盘价", "收盘价", "市盈率PE(TTM)", "市盈率PE(TTM)"],
        ["单位", "点", "点", "点", "倍", "倍"],
        [dt.datetime(2026, 7, 2), 2871.35, 4120.88, 4021.55, 25.1234, 34.9120],
        [dt.datetime(2026, 7, 3), 2869.02, 4102.11, 4000.03, 25.1018, 34.4812],
        ["数据来源：Wind"],
    ):
        sheet.append(row)
    book.save(tmp_path / "wind.xlsx")
    close = tmp_path / "close.csv"
    close.write_text(
        "指标名称,收盘价,,\n日期,农林牧渔(801010.SI),通信(801770.SI),沪深300(000300.SH)\n"
        "2026/07/02,2871.35,4120.88,4021.55\n2026/07/03,2869.02,4102.11,4000.03\n数据来源：同花顺iFinD\n",
        encoding="gb18030",
    )
    wind = read_market_file(tmp_path / "wind.xlsx")
    assert len(wind) == 6 and wind["pe_ttm"].notna().sum() == 4
    pd.testing.assert_frame_equal(read_market_file(close), wind.assign(pe_ttm=np.nan))
