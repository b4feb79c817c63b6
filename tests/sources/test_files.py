from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.errors import DataError
from sectorbrief.sources.files import read_market_file
from sectorbrief.sources.values import header_field, parse_code, parse_date

CHINESE = {"date": "日期", "code": "指数代码", "name": "指数名称", "close": "收盘价", "pe_ttm": "市盈率TTM"}
HEADER = "date,code,name,close,pe_ttm\n"


def as_text_rows(frame: pd.DataFrame, date_format: str = "%Y-%m-%d") -> pd.DataFrame:
    out = frame.copy()
    out["date"] = out["date"].dt.strftime(date_format)
    return out


def write_csv(
    path: Path,
    frame: pd.DataFrame,
    *,
    encoding: str = "utf-8",
    date_format: str = "%Y-%m-%d",
    chinese: bool = False,
) -> Path:
    rows = as_text_rows(frame, date_format)
    rows.rename(columns=CHINESE if chinese else {}).to_csv(path, index=False, encoding=encoding)
    return path


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def error_of(path: Path) -> str:
    with pytest.raises(DataError) as info:
        read_market_file(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    return message


# --- what a good file gives -------------------------------------------------------------


def test_gbk_chinese_shuffled_with_duplicate_equals_utf8_twin(
    tmp_path: Path, market_rows: pd.DataFrame
) -> None:
    twin = read_market_file(write_csv(tmp_path / "utf8.csv", market_rows))
    messy = pd.concat([market_rows, market_rows.iloc[[5]]]).sample(frac=1, random_state=3)
    gbk = read_market_file(write_csv(tmp_path / "gbk.csv", messy, encoding="gbk", chinese=True))
    pd.testing.assert_frame_equal(gbk, twin)
    pd.testing.assert_frame_equal(twin, market_rows)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "utf-16"])
def test_other_encodings(tmp_path: Path, market_rows: pd.DataFrame, encoding: str) -> None:
    path = write_csv(tmp_path / "m.csv", market_rows, encoding=encoding, chinese=True)
    pd.testing.assert_frame_equal(read_market_file(path), market_rows)


@pytest.mark.parametrize("date_format", ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"])
def test_each_date_format(tmp_path: Path, market_rows: pd.DataFrame, date_format: str) -> None:
    path = write_csv(tmp_path / "m.csv", market_rows, date_format=date_format)
    pd.testing.assert_frame_equal(read_market_file(path), market_rows)


def test_xlsx_round_trip(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    path = tmp_path / "m.xlsx"
    market_rows.rename(columns=CHINESE).to_excel(path, index=False, engine="openpyxl")
    pd.testing.assert_frame_equal(read_market_file(path), market_rows)


def test_xlsx_with_text_dates_and_integer_codes(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    rows = as_text_rows(market_rows, "%Y%m%d")
    rows["code"] = rows["code"].str[:6].astype(int)  # what Excel makes of 000300: 300
    path = tmp_path / "m.xlsx"
    rows.to_excel(path, index=False, engine="openpyxl")
    pd.testing.assert_frame_equal(read_market_file(path), market_rows)


def test_parquet_round_trip(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    path = tmp_path / "m.parquet"
    market_rows.to_parquet(path, index=False)
    pd.testing.assert_frame_equal(read_market_file(path), market_rows)


def test_parquet_with_integer_dates_and_lower_case_codes(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    rows = market_rows.copy()
    rows["date"] = rows["date"].dt.strftime("%Y%m%d").astype(int)
    rows["code"] = rows["code"].str.lower()
    path = tmp_path / "m.parquet"
    rows.to_parquet(path, index=False)
    pd.testing.assert_frame_equal(read_market_file(path), market_rows)


def test_header_variants_codes_and_blank_pe(tmp_path: Path) -> None:
    text = (
        " 日期 ,代码,名称,收盘指数,ＰＥ－ＴＴＭ,成交额\n"
        '2026/7/3,801770.si,通信,"3,456.5",34.48,1\n'
        "\n"
        "2026-07-03,000300,沪深300,3900, ,2\n"
        "20260703,399006,创业板指,2100.25,,3\n"
    )
    frame = read_market_file(write_text(tmp_path / "m.csv", text, "gbk"))
    assert frame["code"].tolist() == ["000300.SH", "399006.SZ", "801770.SI"]
    assert frame["close"].tolist() == [3900.0, 2100.25, 3456.5]
    assert frame["pe_ttm"].isna().tolist() == [True, True, False]
    assert (frame["date"] == pd.Timestamp("2026-07-03")).all()


def test_pe_ttm_column_is_optional(tmp_path: Path) -> None:
    frame = read_market_file(
        write_text(tmp_path / "m.csv", "Date,Code,Name,Close\n2026-07-03,801770.SI,通信,1\n")
    )
    assert frame["pe_ttm"].isna().all()
    assert list(frame.columns) == ["date", "code", "name", "close", "pe_ttm"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("收盘", "close"),
        (" Close ", "close"),
        ("PE-TTM", "pe_ttm"),
        ("pe_ttm", "pe_ttm"),
        ("市盈率TTM", "pe_ttm"),
        ("市盈率（TTM）", "pe_ttm"),
        ("指数代码", "code"),
        ("ＣＯＤＥ", "code"),
        ("volume", None),
    ],
)
def test_header_field(header: str, field: str | None) -> None:
    assert header_field(header) == field


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("801770.si", "801770.SI"),
        (" 801770 ", "801770.SI"),
        ("000300", "000300.SH"),
        ("399006", "399006.SZ"),
        (300, "000300.SH"),
        (801770.0, "801770.SI"),
        ("", None),
        (None, None),
        ("HSI", "HSI"),
    ],
)
def test_parse_code(value: object, code: str | None) -> None:
    assert parse_code(value) == code


# --- what a bad file says ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "where", "field"),
    [
        ("2026-07-03,801770.SI,通信,100,30\n2026-13-01,801770.SI,通信,100,30\n", "line 3", "date"),
        ("2026-07-03,801770.SI,通信,100,30\nJuly 4,801770.SI,通信,100,30\n", "line 3", "date"),
        ("2026-07-03,,通信,100,30\n", "line 2", "code"),
        ("2026-07-03,801770.SI,,100,30\n", "line 2", "name"),
        ("2026-07-03,801770.SI,通信,abc,30\n", "line 2", "close is not a number"),
        ("2026-07-03,801770.SI,通信,0,30\n", "line 2", "close is not positive"),
        ("2026-07-03,801770.SI,通信,-5,30\n", "line 2", "close is not positive"),
        ("2026-07-03,801770.SI,通信,,30\n", "line 2", "close is blank"),
        ("2026-07-03,801770.SI,通信,100,n/a\n", "line 2", "pe_ttm is not a number"),
        ("2026-07-03,801770.SI,通信,100,30\n\n\n2026-07-06,801770.SI,通信,x,30\n", "line 5", "close"),
    ],
)
def test_bad_csv_cell_names_file_line_and_field(tmp_path: Path, body: str, where: str, field: str) -> None:
    message = error_of(write_text(tmp_path / "bad.csv", HEADER + body))
    assert f": {where}: " in message
    assert field in message


def test_short_row_names_its_line(tmp_path: Path) -> None:
    message = error_of(
        write_text(tmp_path / "bad.csv", HEADER + "2026-07-03,801770.SI,通信,100,30\n2026-07-06,801770.SI\n")
    )
    assert "line 3: name is blank" in message


def test_bad_cell_under_chinese_header_names_both_names(tmp_path: Path) -> None:
    text = "日期,代码,名称,收盘价\n2026-07-03,801770.SI,通信,abc\n"
    message = error_of(write_text(tmp_path / "bad.csv", text, "gbk"))
    assert "line 2: 收盘价 (close) is not a number (got 'abc')" in message


def test_missing_column_lists_headers_found(tmp_path: Path) -> None:
    message = error_of(
        write_text(tmp_path / "bad.csv", "日期,代码,名称,成交量\n2026-07-03,801770.SI,通信,1\n")
    )
    assert "missing required column close" in message
    assert "headers found: 日期, 代码, 名称, 成交量" in message


def test_conflicting_duplicates_name_both_lines(tmp_path: Path) -> None:
    text = HEADER + (
        "2026-07-02,801770.SI,通信,99,30\n2026-07-03,801770.SI,通信,100,30\n"
        "2026-07-02,000300.SH,沪深300,3900,\n20260703,801770.si,通信,101,30\n"
    )
    message = error_of(write_text(tmp_path / "bad.csv", text))
    assert "line 3 and line 5" in message
    assert "801770.SI on 2026-07-03" in message
    assert "close 100.0 vs 101.0" in message


@pytest.mark.parametrize("text", ["", "\n\n", HEADER, HEADER + "\n\n"])
def test_empty_files(tmp_path: Path, text: str) -> None:
    message = error_of(write_text(tmp_path / "empty.csv", text))
    assert "empty" in message or "no data rows" in message


def test_missing_directory_and_unsupported_files(tmp_path: Path) -> None:
    assert "no such file" in error_of(tmp_path / "absent.csv")
    (tmp_path / "folder.csv").mkdir()
    assert "directory" in error_of(tmp_path / "folder.csv")
    assert "unsupported file type '.json'" in error_of(write_text(tmp_path / "m.json", "{}"))
    assert "not a readable Parquet file" in error_of(write_text(tmp_path / "m.parquet", "not parquet"))
    assert "not a readable XLSX workbook" in error_of(write_text(tmp_path / "m.xlsx", "not a zip"))


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bin.csv"
    path.write_bytes(HEADER.encode() + bytes(range(128, 256)) * 4)
    error_of(path)


def test_xlsx_error_names_sheet_row(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    rows = market_rows.copy()
    rows["close"] = rows["close"].astype(object)
    rows.loc[4, "close"] = "n.a."
    path = tmp_path / "bad.xlsx"
    rows.to_excel(path, index=False, engine="openpyxl")
    assert "row 6: close is not a number" in error_of(path)  # header in sheet row 1


def test_parquet_missing_date_names_row_number(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    rows = market_rows.copy()
    rows.loc[2, "date"] = pd.NaT
    path = tmp_path / "bad.parquet"
    rows.to_parquet(path, index=False)
    assert "row 3: date is not a date" in error_of(path)


def test_parquet_error_names_row_number(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    rows = market_rows.copy()
    rows.loc[9, "close"] = -3.0
    path = tmp_path / "bad.parquet"
    rows.to_parquet(path, index=False)
    assert "row 10: close is not positive" in error_of(path)


def test_negative_and_missing_pe_ttm_are_accepted(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "loss.csv",
        HEADER + "2026-07-03,801770.SI,通信,100,-12.5\n2026-07-06,801770.SI,通信,101,\n",
    )
    frame = read_market_file(path)
    assert frame["pe_ttm"].iloc[0] == -12.5 and np.isnan(frame["pe_ttm"].iloc[1])


# --- properties --------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))


@given(day=dates, fmt=st.sampled_from(["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"]))
def test_parse_date_reads_every_accepted_format(day: dt.date, fmt: str) -> None:
    assert parse_date(day.strftime(fmt)) == day
    assert parse_date(dt.datetime.combine(day, dt.time())) == day


@given(day=dates)
def test_parse_date_reads_yyyymmdd_integers(day: dt.date) -> None:
    assert parse_date(int(day.strftime("%Y%m%d"))) == day


@given(text=st.text(max_size=12))
def test_parse_date_never_raises_and_agrees_with_a_formatted_form(text: str) -> None:
    day = parse_date(text)
    if day is not None:
        digits = "".join(ch for ch in text if ch.isdigit())
        assert int(digits[:4]) == day.year


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), extra=st.lists(st.integers(0, 41), max_size=6))
def test_shuffling_and_exact_duplicates_do_not_change_the_result(seed: int, extra: list[int]) -> None:
    from tests.conftest import sample_market

    rows = sample_market()
    messy = pd.concat([rows, rows.iloc[extra]]).sample(frac=1, random_state=np.random.RandomState(seed))
    with tempfile.TemporaryDirectory() as folder:
        frame = read_market_file(write_csv(Path(folder) / "m.csv", messy))
    pd.testing.assert_frame_equal(frame, rows)


# --- issue 16, item 14: encodings, sheets, time zones and bytes as real files have them -------------


def test_a_utf8_bom_before_gbk_text_reads_the_headers(tmp_path: Path) -> None:
    path = tmp_path / "bom_gbk.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + "2026-07-03,801770.SI,通信,100,30\n").encode("gbk"))
    frame = read_market_file(path)
    assert frame["name"].tolist() == ["通信"] and frame["close"].tolist() == [100.0]


def test_a_workbook_with_data_on_its_second_sheet_is_read(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "封面"
    book.active.append(["申万一级行业行情"])
    data = book.create_sheet("数据")
    data.append(["date", "code", "name", "close", "pe_ttm"])
    data.append([dt.datetime(2026, 7, 3), "801770.SI", "通信", 100.0, -3.5])
    book.save(tmp_path / "two.xlsx")
    frame = read_market_file(tmp_path / "two.xlsx")
    assert frame["pe_ttm"].tolist() == [-3.5]


def test_parquet_utc_instants_are_beijing_trading_days(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    rows = market_rows.copy()
    beijing_midnight = rows["date"].dt.tz_localize("Asia/Shanghai").dt.tz_convert("UTC")
    rows["date"] = beijing_midnight  # 2026-06-01 00:00+08:00 is 2026-05-31 16:00 UTC
    rows.to_parquet(tmp_path / "utc.parquet", index=False)
    pd.testing.assert_frame_equal(read_market_file(tmp_path / "utc.parquet"), market_rows)


def test_parquet_bytes_codes_and_names_are_text(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    rows = market_rows.assign(
        code=market_rows["code"].str.encode("utf-8"), name=market_rows["name"].str.encode("utf-8")
    )
    rows.to_parquet(tmp_path / "bytes.parquet", index=False)
    frame = read_market_file(tmp_path / "bytes.parquet")
    assert set(frame["code"]) == set(market_rows["code"]) and "b'" not in "".join(frame["name"])
