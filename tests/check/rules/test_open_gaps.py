"""A gap at the open against the close before it and the day's range (open_gaps.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.open_gaps import check_open_gaps


def _errors(text: str) -> list[Finding]:
    return [f for f in check_open_gaps(extract(read_plain(text))) if f.severity == "error"]


# 120e69c058 and e6dfeaa130 (pool B, real): a day's gap at the open against the close before it (the day's close
# less its move) and the day's range, or the open stated after 至
_OPENS = [
    "周二(3日)，港股3日高開246點，全日在23328點至23134點間波動，收市報23291點，升209點，升幅0.91%；",
    "周三(4日)港股4日低開7點，全日在23284點至23111點間波動，收市報23152點，跌139點，跌幅0.60%；",
    "大市連升3日，恒指上周五高開232點至26861，隨即攀至全日高位26895，升266點，其後升幅收窄，午前見全日低位26689，"
    "僅升60點，收報26749，升119點，高開低收呈陰燭。",
]


@pytest.mark.parametrize("text", _OPENS)
def test_a_gap_at_the_open_that_fits_the_day_is_clean(text: str) -> None:
    assert _errors(text) == []


def test_a_flipped_gap_is_caught_against_the_close_before() -> None:
    found = _errors(_OPENS[0].replace("高開", "低開"))
    assert len(found) == 1
    assert "the close before is 23082" in found[0].message and "opens at 22836" in found[0].message
    assert "23134–23328" in found[0].message and "consistent would be 高开" in found[0].message
    found = _errors(_OPENS[2].replace("高開232點至", "低開232點至"))
    assert len(found) == 1 and "the open 26861 against the close before, 26630" in found[0].message
    # 周五: 低开122 from 23110 opens at 22988, inside 22951–23231: nothing proves the word wrong
    friday = "周五(6日)港股6日低開122點，全日在23231點至22951點間波動，收市報22951點，跌159點，跌幅0.69%；"
    assert _errors(friday) == []


# 199edd1f96 (holdout_m23's source, seen) and dff635986c (pool B, real): an open stated with its gap, and a later
# level with its move that puts the close before the gap's size away from it
_STATED = [
    " 股指冲高又回落 昨天,上证指数以4882.15点跳空13.54点高开,开盘后,受连日阴跌的中国石油、中国石化等石油石化指标股"
    "反弹影响,股指随即震荡上扬,最高一度到达4971.40点,并收复了半年线4922点。不过,至收盘上证指数仍站稳于4900点整数关"
    "之上,报4915.89点,涨47.28点,涨幅为0.97%;深成指报16065.17点,涨232.18点,涨幅为1.47%。",
    "三大電訊商股價早段挫3% Jan 4, 2021 港股在2021年首個交易日低開144點,報27087點,最新報27170點,跌60點,跌幅0.22%。",
]


@pytest.mark.parametrize("text", _STATED)
def test_a_stated_open_on_its_gaps_side_is_clean(text: str) -> None:
    assert _errors(text) == []


def test_a_stated_open_on_the_other_side_is_caught() -> None:
    found = _errors(_STATED[0].replace("跳空13.54点高开", "跳空13.54点低开"))
    assert len(found) == 1
    message = found[0].message
    assert "「报4915.89点，涨47.28点」" in message and "4868.61" in message
    assert "13.54 points above" in message and "consistent would be 高开" in message
    found = _errors(_STATED[1].replace("低開144點", "高開144點"))
    assert len(found) == 1 and "27230" in found[0].message and "consistent would be 低开" in found[0].message


def test_a_close_not_the_gaps_size_away_is_not_read() -> None:
    # 4882.15 − (4915.89 − 40.00) = 6.26, not 13.54: another day's close, or another slip; nothing is proved
    assert (
        _errors(_STATED[0].replace("跳空13.54点高开", "跳空13.54点低开").replace("涨47.28点", "涨40.00点"))
        == []
    )


# ba7d3f7eaa and b2fcc54aa7 (pool B, real): an open without its gap's size, the close before from the paragraph's
# next level and move (上证综指 and 沪指 are one index)
_UNSIZED = (
    "当日上证综指以3306.15点低开 , 全天呈现探底回升格局 。 盘中沪指跌破3300点 , 下探3257.83点后缓步回升 , "
    "尾盘收报3325.11点 , 较前一交易日跌8.05点 , 跌幅为0.24% 。"
)
_UNREAD = (
    "申万计算机指数昨日以5979.58点高开后快速震荡上攻,冲高后小幅回落,维持高位震荡走势,尾盘再度加速上攻,"
    "并以日内高点6199.59点报收,涨幅为4.98%,涨势领先于其他行业板块。"
)


@pytest.mark.parametrize("text", [_UNSIZED, _UNREAD])
def test_an_open_without_its_size_that_fits_is_clean(text: str) -> None:
    assert _errors(text) == []


def test_an_open_without_its_size_on_the_other_side_is_caught() -> None:
    found = _errors(_UNSIZED.replace("低开", "高开"))
    assert len(found) == 1
    assert "「收报3325.11点，较前一交易日跌8.05点」" in found[0].message and "3333.16" in found[0].message
    assert "27.01 points below" in found[0].message and "consistent would be 低开" in found[0].message


def test_an_open_read_only_against_its_own_index() -> None:
    # another index named before the close: whose close before it gives is unclear
    other = _UNSIZED.replace("盘中沪指跌破3300点", "深成指跌破9300点").replace("低开", "高开")
    assert _errors(other) == []
    # no index named in the gap's clause
    assert _errors(_UNSIZED.replace("当日上证综指以", "当日以").replace("低开", "高开")) == []


@given(
    text=st.text(alphabet="以点跳空高开低开报收盘涨跌上证指数沪指深成指，,。0123456789.", max_size=80),
)
def test_free_text_never_crashes(text: str) -> None:
    check_open_gaps(extract(read_plain(text)))


# 23d70d4c00 (pool B, real): the close before from the paragraph before (收市報17718點,升2點) and from an intraday
# peak written move first (最多升149點,高見17865點); another index's level and move (國企指數) is not the gap's size away
_BEFORE = (
    "港股28日半年結,恒指先跌後回升,恆生指數收市報17718點,升2點。大市成交額為988億港元。\n"
    "當天,恒指低開133點,報17583點,為全日低位,之後止跌回升,最多升149點,高見17865點,午後在上午波幅內徘徊。\n"
    "國企指數報6331點,升7點。"
)


def test_closes_before_from_either_side_that_agree() -> None:
    assert _errors(_BEFORE) == []
    found = _errors(_BEFORE.replace("低開133點", "高開133點"))
    assert len(found) == 1
    assert "17716" in found[0].message and "133 points below" in found[0].message
    assert "consistent would be 低开" in found[0].message


def test_closes_before_that_disagree_are_not_read() -> None:
    # 17716 and 17717 (高見17866): one point apart, one close before
    assert len(_errors(_BEFORE.replace("低開133點", "高開133點").replace("高見17865", "高見17866"))) == 1
    # 17716 and 17450 (高見17599): both 133 from the open, on either side; which the gap is measured from is unclear
    assert _errors(_BEFORE.replace("低開133點", "高開133點").replace("高見17865", "高見17599")) == []
