"""Reading ratings files and folders of facts.json: good rows become entries, a bad row is named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sectorbrief.config import RatingRules, load_house_style
from sectorbrief.errors import DataError, UsageError
from sectorbrief.ratings.read import read_built, read_ratings
from sectorbrief.ratings.record import with_rating
from tests.factories import make_facts

RULES = RatingRules()


def write(tmp_path: Path, text: str, name: str = "ratings.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_names_codes_numbers_and_chinese_headers(tmp_path: Path) -> None:
    path = write(
        tmp_path, "日期,行业,评级\n2026/01/05,通信,强于大市\n20260106,801080,弱于大市\n", encoding="gb18030"
    )
    entries = read_ratings(path, RULES)
    assert [(e.date, e.industry, e.rating) for e in entries] == [
        (dt.date(2026, 1, 5), "801770.SI", "强于大市"),
        (dt.date(2026, 1, 6), "801080.SI", "弱于大市"),
    ]
    assert entries[0].benchmark_code == "000300.SH" and entries[1].where.endswith("line 3")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("2026-13-01,通信,强于大市", r"line 3, field date: '2026-13-01' is not a date"),
        ("2026-01-05,通讯,强于大市", r"line 3, field industry: '通讯' is not a SW level-1 industry"),
        ("2026-01-05,通信,买入", r"line 3, field rating: '买入' is not one of 强于大市/同步大市/弱于大市"),
    ],
)
def test_a_bad_row_names_the_file_line_and_field(tmp_path: Path, row: str, message: str) -> None:
    path = write(tmp_path, f"date,industry,rating\n2026-01-05,通信,同步大市\n{row}\n")
    with pytest.raises(DataError, match=message) as info:
        read_ratings(path, RULES)
    assert str(path) in str(info.value)


def test_a_missing_column_or_empty_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no column for rating"):
        read_ratings(write(tmp_path, "date,industry\n2026-01-05,通信\n"), RULES)
    with pytest.raises(DataError, match="no ratings below the header"):
        read_ratings(write(tmp_path, "date,industry,rating\n", "empty.csv"), RULES)


def test_a_folder_of_facts_uses_the_rules_each_report_recorded(tmp_path: Path) -> None:
    style = tmp_path / "style.yaml"
    style.write_text(
        "rating: 弱于大市\nrating_rules: {horizon_months: 12, outperform_pp: 5, underperform_pp: -5}\n",
        "utf-8",
    )
    (tmp_path / "a" / "801770.SI").mkdir(parents=True)
    with_rating(make_facts(), load_house_style(style), None).write(
        tmp_path / "a" / "801770.SI" / "facts.json"
    )
    with_rating(make_facts(), load_house_style(), dt.date(2026, 7, 7)).write(tmp_path / "facts.json")
    entries = read_ratings(tmp_path, RatingRules(horizon_months=3))
    assert [(e.date, e.rating, e.rules.horizon_months, e.rules.outperform_pp) for e in entries] == [
        (dt.date(2026, 7, 6), "弱于大市", 12, 5.0),  # published the Monday after 2026-07-03
        (dt.date(2026, 7, 7), "同步大市", 6, 10.0),
    ]


def test_a_facts_file_without_a_rating_is_named(tmp_path: Path) -> None:
    make_facts().write(tmp_path / "facts.json")
    with pytest.raises(DataError, match=r"facts.json, field rating: not recorded"):
        read_ratings(tmp_path, RULES)
    (tmp_path / "facts.json").write_text('{"schema": "x"}', "utf-8")
    with pytest.raises(DataError, match=r"facts.json, field industry: Field required"):
        read_ratings(tmp_path, RULES)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DataError, match="no facts.json"):
        read_ratings(empty, RULES)


def test_read_built_wants_facts(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no facts.json"):
        read_built(tmp_path)
    make_facts().write(tmp_path / "facts.json")
    built = read_built(tmp_path / "facts.json")
    assert built.markdown is None and built.facts.industry.code == "801770.SI"
