"""A fund's verdict on its benchmark with no figure against the returns stated after it (rules/fund_excess.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.fund_excess import check_fund_excess


def _errors(text: str) -> list[Finding]:
    return [f for f in check_fund_excess(extract(read_plain(text))) if f.severity == "error"]


# 271b4043e0 (holdout_m23's source, seen): the verdict a paragraph before the two returns
_REPORT = (
    "本基金报告期业绩战胜基准指数。\n报告期内基金的业绩表现\n截至报告期末,本基金A类基金份额净值为2.4884元,"
    "本报告期份额净值增长率为-2.51%,同期业绩比较基准收益率为-2.78%;"
)
# 1ce3be56b0 (pool B, real): a verdict with its own excess, under 过去三个月
_THREE_MONTHS = (
    "过去三个月,基金份额净值增长率为 -2.17%,同期业绩比较基准增长率为 -2.60%。虽然基金跑赢业绩比较基准0.43个百分点,"
    "但短期内仍呈现负增长,显示出市场环境对该基金的不利影响。"
)


@pytest.mark.parametrize("text", [_REPORT, _THREE_MONTHS])
def test_real_verdicts_that_fit_are_clean(text: str) -> None:
    assert _errors(text) == []


def test_a_verdict_the_returns_contradict_is_caught() -> None:
    found = _errors(_REPORT.replace("业绩战胜基准", "业绩跑输基准"))
    assert len(found) == 1
    message = found[0].message
    assert "「本基金报告期业绩跑输基准指数」" in message and "-2.51% − (-2.78%) = 0.27 pp" in message
    assert "consistent would be 跑赢" in message


def test_a_verdict_takes_the_stage_of_the_returns_around_it() -> None:
    # no stage named: the verdict is of the returns stated right after it (过去三个月 here)
    bare = _THREE_MONTHS.replace("虽然基金跑赢业绩比较基准0.43个百分点,", "")
    assert _errors("本基金跑赢业绩比较基准。" + bare) == []
    found = _errors("本基金跑输业绩比较基准。" + bare)
    assert len(found) == 1 and "-2.17% − (-2.60%) = 0.43 pp" in found[0].message
    # and after them, in the same paragraph
    figures = bare[: bare.index("。") + 1]
    assert len(_errors(figures + "本基金跑输业绩比较基准。")) == 1


def test_a_verdict_of_another_stage_or_with_its_own_figure_is_not_read() -> None:
    # a verdict over 今年以来 against the report period's returns
    assert _errors(_REPORT.replace("本基金报告期业绩战胜", "今年以来本基金业绩跑输")) == []
    # 过去一年 named, the returns are the past three months'
    assert (
        _errors(_THREE_MONTHS.replace("虽然基金跑赢业绩比较基准0.43个百分点", "过去一年基金跑输业绩比较基准"))
        == []
    )
    # returns of two stages around it: which is meant is unclear
    two = _REPORT + "过去一年,本基金份额净值增长率为5.10%,同期业绩比较基准收益率为6.02%。"
    assert _errors(two.replace("业绩战胜", "业绩跑输")) == []
    # 未跑赢: negated; 跑输基准0.43个百分点: its own figure, the excess rules'
    assert _errors(_REPORT.replace("业绩战胜", "业绩未跑赢")) == []
    assert _errors(_THREE_MONTHS.replace("跑赢业绩比较基准0.43", "跑输业绩比较基准0.43")) == []


def test_every_share_class_must_go_the_other_way() -> None:
    text = (
        "本基金报告期业绩跑输基准指数。A类份额净值增长率为-2.51%,同期业绩比较基准收益率为-2.78%;"
        "C类份额净值增长率为-2.90%,同期业绩比较基准收益率为-2.78%。"
    )
    assert _errors(text) == []  # C trailed: the verdict may be of C


@given(own=st.integers(-999, 999), base=st.integers(-999, 999), wins=st.booleans())
def test_a_verdict_is_flagged_exactly_when_the_returns_go_the_other_way(
    own: int, base: int, wins: bool
) -> None:
    text = (
        f"本基金报告期业绩{'跑赢' if wins else '跑输'}基准。"
        f"本报告期份额净值增长率为{own / 100:.2f}%,同期业绩比较基准收益率为{base / 100:.2f}%。"
    )
    wrong = own < base if wins else own > base
    if abs(own - base) > 1:  # one unit of the last printed digit is a tie
        assert bool(_errors(text)) == wrong
    else:
        assert _errors(text) == []


@given(
    text=st.text(
        alphabet="本基金报告期业绩跑赢跑输基准指数净值增长率为同期比较收益过去三个月，,。-0123456789.%\n",
        max_size=90,
    )
)
def test_free_text_never_crashes(text: str) -> None:
    check_fund_excess(extract(read_plain(text)))


def test_a_share_class_verdict_is_read() -> None:
    text = "本报告期A类份额跑赢业绩比较基准。本报告期A类份额净值增长率为1.20%,同期业绩比较基准收益率为0.80%。"
    assert _errors(text) == []
    found = _errors(text.replace("跑赢", "跑输"))
    assert len(found) == 1 and "1.20% − (0.80%) = 0.40 pp" in found[0].message
