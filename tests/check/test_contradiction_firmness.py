"""When two figures of one subject and period may be called contradictory (issue #10, holdout5 round):
list items run together by extraction, periods the table cannot read, index families and other metrics.
Every text is real report prose (holdout5) that once raised a false contradiction."""

from __future__ import annotations

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.entities import find_entities
from sectorbrief.check.read import read_plain


def _returns(text: str) -> list[tuple[str, float, str | None]]:
    return [(r.entity.name, r.value.value, r.period) for r in extract(read_plain(text)).returns]


def _errors(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors]


def test_a_list_marker_run_into_the_text_starts_a_new_sentence() -> None:
    text = (
        "化工市场行情概览 - 截至2026年1月16日当周,基础化工指数收于4,633.49点,周涨幅0.90% [10] - 化工细分板块中,"
        "磷肥及磷化工指数上涨2.25% [10] - 氟化工指数周跌幅为0.90%,石油化工指数周跌幅为1.07% [10]"
    )
    assert ("磷化工", 2.25, "week") in _returns(text)
    assert ("磷化工", -0.9, "week") not in _returns(text)
    assert _errors(text) == []


def test_a_period_heading_after_a_list_item_does_not_date_the_item_before_it() -> None:
    text = (
        "- 二级板块双周表现:工程机械板块上涨0.54%,自动化设备板块下跌7.24%[2][15] - 二级板块年初至今表现:"
        "工程机械板块上涨35.56%,自动化设备板块上涨32.04%[16] - 个股双周涨幅前三:奥美森上涨266.55%"
    )
    assert [r for r in _returns(text) if r[0] == "自动化设备"] == [
        ("自动化设备", -7.24, "span:近2周"),
        ("自动化设备", 32.04, "ytd"),
    ]
    assert _errors(text) == []
    masked = "这还不是*跌幅。"  # a masked word, not a list marker
    assert len(extract(read_plain(masked)).sentences) == 1


def _contradictions(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in check_text(text).findings if f.kind == "contradiction"]


def test_a_figure_after_a_start_point_the_table_cannot_read_has_a_guessed_period() -> None:
    text = (
        "今年以来,沪深300指数上涨16.82%,而食品饮料板块却下跌8.05%;把时间拉长,从2021年2月高点算起,"
        "食品饮料板块累计跌幅超过50%,仅次于美容护理,同期沪深300跌了21%。"
    )
    sentence = extract(read_plain(text)).sentences[0]
    assert not sentence.period_guessed(text.index("16.82"))
    assert sentence.period_guessed(text.index("21%"))
    assert [s for s, _ in _contradictions(text)] == ["warning"]
    wrap = (
        "本周,标普500指数收于3215.63点,累计下跌0.28%,终结此前连续三周上涨走势。从2月19日的收盘高点算起,"
        "标普500指数累计下跌5.04%,相比3月23日的阶段低点累计上涨43.72%。"
    )
    assert [s for s, _ in _contradictions(wrap)] == ["warning"]


def test_a_quarter_in_the_clause_makes_the_carried_period_a_guess() -> None:
    text = (
        "2025年煤炭行情呈现反内卷再催化特征,第8波行情(7月21日至11月30日)申万煤炭指数上涨12.8%。"
        "价格与行情表现基本一致,25Q3动力煤价格环比下跌20.7%而煤炭指数上涨6.89%。"
    )
    assert [s for s, _ in _contradictions(text)] == ["warning"]
    # a period word of the clause's own ends the guess: the same year stated twice is still an error
    stated = "2025年申万煤炭指数上涨12.8%,25Q3动力煤价格下跌20.7%。2025年煤炭指数上涨6.89%。"
    assert [s for s, _ in _contradictions(stated)] == ["error"]


def test_an_index_of_another_market_is_not_the_a_share_industry_of_that_name() -> None:
    text = (
        "(4)A股教育公司跑输沪深300,港股教育公司跑输恒生指数。中信教育指数(CI005816)下跌2.45%,"
        "跑输沪深300指数3.01%。港股教育指数(887671)上涨0.64%,跑赢恒生指数6.57%。"
    )
    labels = {r.entity.label: r.value.value for r in extract(read_plain(text)).returns}
    assert labels["中信教育(二级)"] == -2.45 and labels["港股教育"] == 0.64
    assert _contradictions(text) == []
    stock_connect = "本周港股通医药指数上涨1.20%,申万医药生物指数下跌0.40%。本周医药生物指数下跌0.40%。"
    assert _contradictions(stock_connect) == []
    # the same A-share index named twice with two values is still a contradiction
    twice = "本周中信教育指数下跌2.45%,跑输沪深300指数3.01%。本周中信教育指数上涨0.64%。"
    assert [s for s, _ in _contradictions(twice)] == ["error"]


def _ranks(text: str) -> list[tuple[int, str]]:
    return [(k.rank, k.classification) for k in extract(read_plain(text)).ranks]


def _rank_findings(text: str) -> list[str]:
    return [f.severity for f in check_text(text).findings if f.kind == "rank"]


def test_a_rank_by_valuation_is_not_a_rank_by_return() -> None:
    text = (
        "本周(2026/01/19-2026/01/23)申万医药生物指数下跌0.4%,医药生物指数在31个申万一级子行业中表现排名第27,"
        "当前医药板块整体估值30.3倍,在31个申万一级行业中排名第12。"
    )
    assert [(rank, cls.startswith("scoped:估值")) for rank, cls in _ranks(text)] == [(27, False), (12, True)]
    assert _rank_findings(text) == []
    twice = "本周申万医药生物指数下跌0.4%,在31个申万一级行业中排名第27。本周医药生物指数排名第12。"
    assert _rank_findings(twice) == ["error"]


def test_a_rank_whose_subject_is_named_clauses_back_or_whose_period_is_a_guess_warns() -> None:
    text = (
        "本周申万建筑指数下跌1.44%,在31个申万一级行业中排名第20。从2月19日的高点算起,"
        "建筑指数累计下跌5.04%,在31个申万一级行业中排名第11。"
    )
    assert _rank_findings(text) == ["warning"]
    far = (
        "本周申万建筑指数下跌1.44%,在31个申万一级行业中排名第20。本周申万建筑指数走势偏弱,"
        "同期沪深300上涨0.73%,在31个申万一级行业中排名第11。"
    )
    assert [k.subject.name if k.subject else None for k in extract(read_plain(far)).ranks] == ["建筑装饰"] * 2
    assert _rank_findings(far) == ["warning"]
    owner = "本周申万建筑指数下跌1.44%,在31个申万一级行业中排名第20。本周申万建筑指数下跌1.44%,表现偏弱,排名第11。"
    assert _rank_findings(owner) == ["error"]


def test_a_clause_dated_to_one_day_or_the_nth_week_does_not_take_the_weeks_period_for_sure() -> None:
    day = "本周(2026年1月26日至1月30日),建筑指数下跌1.44%,建材指数上涨0.73%。1月30日,建筑指数上涨0.52%。"
    assert [s for s, _ in _contradictions(day)] == ["warning"]
    nth = "本周申万电子指数上涨2.10%。回看年初第3周,申万电子指数下跌1.05%。"
    assert [s for s, _ in _contradictions(nth)] == ["warning"]
    # without the day the second figure is the week's again, and the two disagree for sure
    assert [s for s, _ in _contradictions(nth.replace("回看年初第3周,", ""))] == ["error"]


def test_a_hedged_return_agrees_with_a_precise_one_within_a_quarter() -> None:
    text = "今年以来申万电子指数上涨约20%,领涨全市场。年初至今申万电子指数上涨21.35%,跑赢沪深300指数8.2个百分点。"
    assert ("电子", 20.0, "ytd") in _returns(text)
    assert _contradictions(text) == []
    assert [s for s, _ in _contradictions(text.replace("约20%", "约12%"))] == ["error"]
    assert [s for s, _ in _contradictions(text.replace("约20%", "20%"))] == ["error"]


def test_figures_beside_indices_in_a_clause_about_another_measure_are_not_returns() -> None:
    text = (
        "本周,恒生指数涨0.3%。表现居前的行业有有色金属(+7.5%)、基础化工(+6.6%)、家电(+6.2%)、"
        "消费者服务(+4.7%)和传媒(+4.7%);表现较弱的行业有综合(-7%)、电力及公用事业(-5.1%)和计算机(-4.3%)。"
        "本周,港股通整体法EPS预期下降0.8%。其中,预期上调幅度较大的行业有有色金属(+4.4%)、计算机(+2.6%)、"
        "消费者服务(+2.5%)和电子(1.8%);业绩下调幅度较大的行业有钢铁(-19.3%)、电力及公用事业(-4%)。"
    )
    read = _returns(text)
    assert ("计算机", -4.3, "week") in read and ("计算机", 2.6, "week") not in read
    assert _contradictions(text) == []


def test_an_unclassified_index_named_after_another_market_is_a_guessed_family() -> None:
    text = (
        "一、A股市场：本周申万电子指数上涨2.10%。二、港股市场：本周恒生指数上涨1.00%，"
        "恒生资讯科技业指数上涨1.50%，其中电子板块上涨0.80%。"
    )
    assert [s for s, _ in _contradictions(text)] == ["warning"]
    # an A-share name after the other market's brings the sentence back to A-shares
    back = "本周申万电子指数上涨2.10%。本周恒生指数上涨1.00%，沪深300指数上涨0.50%，电子板块上涨0.80%。"
    assert [s for s, _ in _contradictions(back)] == ["error"]


def test_a_rank_order_conflict_with_a_guessed_period_warns() -> None:
    firm = "本周银行指数下跌1.24%，在申万31个一级行业中排名第18位；证券指数上涨1.15%，在申万31个一级行业中排名第27位。"
    assert _rank_findings(firm) == ["error"]
    guessed = (
        "本周银行指数下跌1.24%，在申万31个一级行业中排名第18位；从1月高点算起，证券指数上涨1.15%，"
        "在申万31个一级行业中排名第27位。"
    )
    assert _rank_findings(guessed) == ["warning"]


def test_a_stated_period_after_a_date_or_a_read_start_point_is_firm() -> None:
    for text in (
        "截至2026年1月16日当周，申万电子指数上涨2.1%。",
        "自年初以来，申万电子指数上涨2.1%。",
        "本周(1月12日-1月16日)，申万电子指数上涨2.1%。",
        "本周(1月12日至1月16日)，申万电子指数上涨2.1%。",  # a range's end date is not a day of its own
        "上周（6月29日至7月3日），沪深300下跌0.54%，申万电子指数上涨2.1%。",
    ):
        sentence = extract(read_plain(text)).sentences[0]
        assert not sentence.period_guessed(text.index("2.1%")), text


def test_a_classification_in_brackets_after_the_tag_keeps_two_families_apart() -> None:
    """bbs.pinggu.org 1257844 (holdout7): 环保板块(中信)环保指数 is CITIC's index; 环保工程及服务(申万) below it
    is SW's, so their two returns are not one index's."""
    text = (
        "上周(11月23日至11月27日)环保板块(中信)环保指数下跌7.23%,同期沪深300下跌5.76%,"
        "中信环保指数跑输沪深300指数1.47个百分点。分板块来看,环保工程及服务(申万)下跌7.00%,环保设备(申万)下跌8.69%。"
    )
    assert check_text(text).errors == ()
    assert [e.key for e in find_entities("医药板块(申万)上涨1.00%")] == [("申万", "医药生物")]
