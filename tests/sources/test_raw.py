"""sources/raw.py on its own: cells untouched, row numbers as a person opening the file sees them."""

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from sectorbrief.errors import DataError
from sectorbrief.sources.raw import decode_text, read_raw


def test_csv_cells_stay_text_and_blank_lines_keep_the_numbering(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text(
        "日期,代码,收盘\n2026-07-03,000300.SH,0012.50\n\n2026-07-02,801770.SI,\n", encoding="utf-8"
    )
    raw = read_raw(path)
    assert list(raw.frame.columns) == ["日期", "代码", "收盘"]
    assert raw.frame["收盘"].tolist() == ["0012.50", ""]  # untouched: no number parsing, no NaN
    assert [raw.where(i) for i in range(2)] == ["line 2", "line 4"]


def test_tab_separated_text_is_read_as_a_table(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text("date\tcode\n20260703\t000300.SH\n", encoding="utf-8")
    assert read_raw(path).frame.to_dict("records") == [{"date": "20260703", "code": "000300.SH"}]


@given(st.lists(st.sampled_from(["通信", "沪深300", "创业板指", "电子", "食品饮料"]), min_size=1, max_size=8))
def test_gbk_and_utf8_decode_to_the_same_text(names: list[str]) -> None:
    text = "日期,代码,名称,收盘\n" + "".join(f"2026-07-03,801770.SI,{n},1.5\n" for n in names)
    for encoding in ("utf-8", "utf-8-sig", "gbk"):
        assert decode_text(Path("x.csv"), text.encode(encoding)) == text


def test_parquet_rows_count_from_one(tmp_path: Path) -> None:
    path = tmp_path / "m.parquet"
    pd.DataFrame({" date ": ["2026-07-03", "2026-07-02"], "close": [1.0, 2.0]}).to_parquet(path)
    raw = read_raw(path)
    assert list(raw.frame.columns) == ["date", "close"] and raw.where(1) == "row 2"


def test_xlsx_header_is_the_first_non_empty_row_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in ([None, None], ["date", None], ["2026-07-03", 1.5], [None, None], ["2026-07-02", 2.5]):
        sheet.append(row)
    path = tmp_path / "m.xlsx"
    book.save(path)
    raw = read_raw(path)
    assert list(raw.frame.columns) == ["date", "column 2"]
    assert raw.frame.values.tolist() == [["2026-07-03", 1.5], ["2026-07-02", 2.5]]
    assert [raw.where(0), raw.where(1)] == ["row 3", "row 5"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("m.csv", b"", "the file is empty"),
        ("m.csv", b" \n\n", "the file is empty"),
        ("m.json", b"{}", "unsupported file type '.json'"),
        ("m.parquet", b"not parquet", "not a readable Parquet file"),
        ("m.xlsx", b"not a zip", "not a readable XLSX workbook"),
    ],
)
def test_unreadable_files_are_one_clear_data_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DataError, match=message) as caught:
        read_raw(path)
    assert str(path) in str(caught.value)


def test_a_missing_file_and_a_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        read_raw(tmp_path / "gone.csv")
    folder = tmp_path / "d.csv"
    folder.mkdir()
    with pytest.raises(DataError, match="is a directory"):
        read_raw(folder)
