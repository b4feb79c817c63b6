"""A fund's net value return per share class and period, stated in its title or summary and in its body."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.fund_restatements import check_fund_restatements

# c2964b9e33 (pool B): the title's 单季 and the body's 过去三个月 are the quarter
_TITLE = (
    "华夏中证智能汽车主题ETF季报解读:净值单季跌9.27% 份额逆增11.4%\n"
    "报告期内,基金短期表现弱于基准,过去三个月净值下跌9.27%,跑输业绩比较基准(中证智能汽车主题指数)0.32个百分点;"
    "但长期表现依然占优,过去三年净值增长47.71%,跑赢基准2.94个百分点。"
)
# 05a6235720 (pool B): a classless lead in a report of three share classes
_CLASSES = (
    "招商中证煤炭等权指数基金2025年第二季度报告显示,该基金在报告期内份额赎回超5000万份,净值增长率下滑1.43%。"
    "以下是对该基金季报的详细解读。\n基金净值表现:跑赢业绩比较基准\n"
    "过去三个月,招商中证煤炭等权指数A份额净值增长率为 -1.43%,业绩比较基准收益率为 -2.72%,A类份额跑赢基准1.29个百分点;"
    "C份额净值增长率为 -1.45%,跑赢基准1.27个百分点;E份额净值增长率为 -1.50%,跑赢基准1.22个百分点 。"
    "过去六个月,A份额净值增长率 -5.65%,跑赢基准1.22个百分点;C份额净值增长率 -5.69%,跑赢基准1.18个百分点。"
)
# 78a4574a1d (pool B): a heading over the body's class figures, and a since-inception figure that is no quarter's
_HEADING = (
    "富国中证新能源汽车指数季报解读:单季利润28.4亿 份额缩水11.13亿份\n"
    "过去三月净值涨47.53% 与基准持平\n"
    "过去三个月,指数A净值增长率47.53%,指数C为47.51%,均与业绩比较基准(47.53%)基本一致。长期表现来看,"
    "指数A自基金合同生效以来(2015年3月30日至今)净值增长率77.42%,显著跑输基准的113.14%。"
)


def _errors(text: str) -> list:
    return check_fund_restatements(extract(read_plain(text)))


def test_real_fund_reports_stay_clean() -> None:
    for text in (_TITLE, _CLASSES, _HEADING):
        assert not _errors(text), text
        assert not check_text(text).errors


def test_a_title_against_its_body() -> None:
    found = _errors(_TITLE.replace("净值单季跌9.27%", "净值单季跌8.95%"))
    assert len(found) == 1
    message = found[0].message
    assert "净值单季跌8.95%" in message and "净值下跌9.27%" in message
    assert "net value return over the quarter is one figure" in message and "0.32 apart" in message


def test_a_classless_lead_matching_no_class() -> None:
    found = _errors(_CLASSES.replace("净值增长率下滑1.43%", "净值增长率下滑1.62%"))
    assert len(found) == 1
    message = found[0].message
    assert "下滑1.62%" in message and "no share class named" in message and "nearest is -1.50%" in message


def test_a_classless_lead_matching_one_class_is_clean() -> None:
    assert not _errors(_CLASSES.replace("净值增长率下滑1.43%", "净值增长率下滑1.50%"))


def test_a_heading_against_its_class() -> None:
    found = _errors(_HEADING.replace("过去三月净值涨47.53%", "过去三月净值涨46.09%"))
    assert len(found) == 1
    assert "46.09%" in found[0].message and "47.53%" in found[0].message


def test_one_class_in_summary_and_body() -> None:
    # 78f5f2f557 (pool B): a summary and the body give both classes
    text = (
        "2025年第二季度,东财中证光伏指数发起式基金呈现出份额增长但净值下滑的态势。报告期内,该基金份额总额从期初的"
        "46,755,662.45份增长至期末的51,670,686.26份,增长率达10.51%;然而,基金净值却出现下跌,A类份额净值增长率为 -5.67%,"
        "C类份额净值增长率为 -5.96%。\n"
        "过去三个月,东财中证光伏指数发起式A净值增长率为 -5.67%,C类为 -5.76%,同期业绩比较基准收益率均为 -6.07%。"
    )
    found = _errors(text)
    assert len(found) == 1
    message = found[0].message
    assert "C类" in message and "-5.96%" in message and "-5.76%" in message


def test_not_a_fund_report() -> None:
    text = "本周申万汽车指数上涨1.2%。沪深300下跌0.5%。创业板指上涨0.3%。\n过去三个月净值下跌9.27%。过去三个月净值下跌8.95%。"
    assert not _errors(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="基金季报净值增长率单季跌涨过去三个月AC类份额为,，。-0123456789.%", max_size=80))
def test_free_text_never_raises(text: str) -> None:
    _errors(text)
