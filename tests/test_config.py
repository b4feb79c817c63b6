from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.config import load_house_style, merge
from sectorbrief.errors import ConfigError


def test_defaults_are_neutral_and_valid() -> None:
    style = load_house_style()
    assert style.firm == "示例证券研究所"
    assert style.series_for("通信") == "通信行业跟踪报告"
    assert set(style.rating_definitions.industry) == {"强于大市", "同步大市", "弱于大市"}


def test_a_file_overrides_mappings_key_by_key_and_replaces_lists(tmp_path: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(
        "firm: 海风证券研究院\nanalysts:\n  - {name: 林一, licence: S1234567890123}\n"
        "rating: 强于大市\ncolors: {primary: '#003366'}\n",
        encoding="utf-8",
    )
    style = load_house_style(path)
    assert style.firm == "海风证券研究院"
    assert [a.name for a in style.analysts] == ["林一"]
    assert style.colors.primary == "#003366"
    assert style.colors.accent == load_house_style().colors.accent


def test_every_problem_is_listed_with_its_field_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "rating: 买入\nrating_change: 升级\nanalysts:\n  - {name: 林一}\ncolors: {primary: blue}\nfrim: x\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_house_style(path)
    message = str(caught.value)
    assert str(path) in message and "5 problem(s)" in message
    for field in ("rating:", "rating_change:", "analysts.0.licence:", "colors.primary:", "frim: unknown key"):
        assert field in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [("firm: [unclosed\n", "not valid YAML at line"), ("- a list\n", "expected a mapping")],
)
def test_unreadable_files_are_config_errors(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=expected):
        load_house_style(path)


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_house_style(tmp_path / "nope.yaml")


mappings = st.recursive(
    st.integers() | st.text(max_size=3),
    lambda children: st.dictionaries(st.text(max_size=3), children, max_size=3),
    max_leaves=8,
)


@given(st.dictionaries(st.text(max_size=3), mappings, max_size=4))
def test_merging_into_itself_or_nothing_changes_nothing(data: dict) -> None:
    assert merge(data, data) == data
    assert merge(data, {}) == data
    assert merge({}, data) == data


def test_rating_rules_default_and_are_checked(tmp_path: Path) -> None:
    rules = load_house_style().rating_rules
    assert (rules.horizon_months, rules.benchmark, rules.outperform_pp, rules.underperform_pp) == (
        6,
        "沪深300",
        10.0,
        -10.0,
    )
    bad = tmp_path / "bad_rules.yaml"
    bad.write_text(
        "rating_rules:\n  horizon_months: 0\n  benchmark: 上证50\n  colour: red\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as info:
        load_house_style(bad)
    message = str(info.value)
    assert "3 problem(s)" in message and "rating_rules.horizon_months" in message
    assert "rating_rules.benchmark: '上证50' is not a benchmark index" in message
    assert "rating_rules.colour: unknown key" in message
    crossed = tmp_path / "crossed.yaml"
    crossed.write_text("rating_rules: {outperform_pp: -5, underperform_pp: 5}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="underperform_pp must be below outperform_pp"):
        load_house_style(crossed)


def test_rating_definitions_print_the_rules_that_ratings_verify_checks(tmp_path: Path) -> None:
    default = load_house_style().rating_texts()
    assert default.industry["强于大市"] == "预计未来6个月内行业指数相对基准指数的涨幅超过10%。"
    assert default.industry["同步大市"] == "预计未来6个月内行业指数相对基准指数的涨跌幅介于-10%与10%之间。"
    assert default.benchmark == "沪深300指数"
    path = tmp_path / "house.yaml"
    path.write_text(
        "rating_rules: {horizon_months: 12, benchmark: 沪深300, outperform_pp: 5, underperform_pp: -7.5}\n",
        encoding="utf-8",
    )
    texts = load_house_style(path).rating_texts()
    assert texts.industry["强于大市"] == "预计未来12个月内行业指数相对基准指数的涨幅超过5%。"
    assert texts.industry["同步大市"] == "预计未来12个月内行业指数相对基准指数的涨跌幅介于-7.5%与5%之间。"
    assert texts.industry["弱于大市"] == "预计未来12个月内行业指数相对基准指数的跌幅超过7.5%。"
    assert texts.benchmark == "沪深300指数"


def test_an_unknown_field_in_a_rating_definition_is_named(tmp_path: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text("rating_definitions: {benchmark: '{index}指数'}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_house_style(path)
    assert "rating_definitions.benchmark" in str(caught.value) and "{index}" in str(caught.value)
