"""One figure (subject, measure, unit, period) stated twice with two values that cannot both be its printing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.restatements import check_restatements

# 11dc389574 (pool B): a heading and its story give one level
_LEVEL = (
    "上证房地产行业指数报409.91点,前十大权重包含南京高科等\n"
    "金融界4月30日消息,A股三大指数收盘涨跌不一,上证房地产行业指数 (上证地产,950217)报409.91点。\n"
    "数据统计显示,上证房地产行业指数近一个月下跌3.47%,近三个月下跌0.70%,年至今下跌7.25%。"
)
# 7b1568ea7d (pool B, Traditional): a headline's move and the story's 上漲41.16點,或2.43%
_OR = (
    "美股三大股指周一收盤再創新高 費城半導體指數大漲2.43%\n"
    "11月26日消息,據國外媒體報道,美國股市三大股指周一均上漲,收盤再創歷史新高。\n"
    "費城半導體指數上漲41.16點,或2.43%,報1731.95點。"
)
# c337101b88 (pool B): one week's moves of many sub-industries, one of them equal to the industry's
_MANY = (
    "本周医药生物行业指数下跌6.26%,其中生物制品下跌6.32%,医疗器械下跌6.35%,中药下跌6.52%,医疗服务下跌8.57%,"
    "化学制剂下跌6.26%,医药商业下跌6.80%,化学原料药下跌4.06%,沪深300指数下跌3.39%,医药生物行业指数跌幅大于大盘。"
)
# 8d7da3d949 (pool B): a bracketed list repeats the story's figure
_LISTED = (
    "化工细分板块中,半导体材料指数周涨幅最大,达8.12%,煤化工指数上涨3.82%,磷肥及磷化工指数上涨2.25% [10] - "
    "申万三级化工细分板块中,周涨幅前三为煤化工(+3.82%)、炭黑(+2.70%)、合成树脂(+2.49%)"
)

# 66364c7937 (pool B): a week's move stated as 下跌2.21% and again as 2.21%的跌幅 under the stated range
_AFTER = (
    "市场回顾与表现 - 上周(统计区间2026/3/2-2026/3/6)申万国防军工指数下跌2.21%,中证军工龙头指数下跌0.15%,"
    "同期上证综指下跌0.93%,沪深300下跌1.07%,创业板指下跌2.45% [2][5] - 国防军工板块2.21%的跌幅在31个申万一级行业中"
    "涨跌幅排名第13位 [2][5] - 从构建的军工集团指数看,上周中证民参军指数平均跌幅为6.12%,表现靠后 [2][5][11]"
)


def _errors(text: str) -> list:
    return check_restatements(extract(read_plain(text)))


def test_real_restatements_stay_clean() -> None:
    for text in (_LEVEL, _OR, _MANY, _LISTED, _AFTER):
        assert not _errors(text), text
        assert not check_text(text).errors


def test_a_level_stated_twice_with_two_values() -> None:
    found = _errors(_LEVEL.replace("报409.91点,前十大", "报409.19点,前十大"))
    assert len(found) == 1
    message = found[0].message
    assert "报409.19点" in message and "报409.91点" in message
    assert "0.72 apart" in message and "two neighbouring digits swapped" in message
    assert "one of the two is wrong: both should read 409.19点 or both 409.91点" in message


def test_a_move_in_points_then_percent_against_its_headline() -> None:
    found = _errors(_OR.replace("大漲2.43%", "大漲3.43%"))
    assert len(found) == 1 and "大涨3.43%" in found[0].message and "或2.43%" in found[0].message
    assert "+2.43% and +3.43%" in found[0].message and "one digit differs" in found[0].message


def test_a_figure_after_its_measure_is_read() -> None:
    found = _errors(_AFTER.replace("板块2.21%的跌幅", "板块2.12%的跌幅"))
    assert len(found) == 1 and "2.12%的跌幅" in found[0].message and "下跌2.21%" in found[0].message
    assert "-2.12% and -2.21%" in found[0].message


def test_a_sign_flipped_is_caught_and_the_odd_one_named() -> None:
    text = "本周传媒板块上涨3.51%。传媒板块本周涨幅3.51%,跑赢大盘。本周传媒板块下跌3.51%,排名靠后。"
    found = _errors(text)
    assert len(found) == 1 and "「本周传媒板块下跌3.51%」 should likely read +3.51%" in found[0].message
    assert (
        "the sign differs" in found[0].message
        and "1 other statement of it agrees with +3.51%" in found[0].message
    )


def test_rounding_and_vague_words_are_allowed() -> None:
    assert not _errors("本周传媒板块上涨3.5%。本周传媒板块涨幅为3.51%。")
    assert not _errors("本周传媒板块上涨约3.6%。本周传媒板块涨幅为3.51%。")


def test_different_periods_subjects_and_changes_are_not_one_figure() -> None:
    assert not _errors("本周传媒板块上涨3.51%。本月传媒板块上涨3.15%。")
    assert not _errors("本周传媒板块上涨3.51%。本周计算机板块上涨3.15%。")
    assert not _errors("本周传媒板块上涨3.51%。传媒板块换手率较上周上涨3.15%。")
    assert not _errors("本周传媒板块上涨3.51%。传媒板块盘中最高上涨3.15%。")
    # three values of one key are a series the text tells apart some other way (three bull markets)
    assert not _errors("沪深300涨幅达513%。沪深300涨幅152%。沪深300涨幅102%。")


def test_values_not_one_misprint_apart_are_left_alone() -> None:
    """Two printings of one number differ by one digit or one swap; 18.67% and 9.83% are two quantities."""
    assert not _errors("混合基金上涨18.67%。混合基金上涨9.83%。")
    assert _errors("混合基金上涨18.67%。混合基金上涨18.76%。")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="指数板块上涨下跌报收于点%亿元本周。，,0123456789.()、传媒", max_size=80))
def test_free_text_never_fails_and_one_value_twice_is_clean(noise: str) -> None:
    _errors(noise)
    assert not _errors(f"{noise}。本周电子板块上涨1.23%。{noise}。本周电子板块涨幅1.23%。")


# 9dae351ee9 (pool B): a heading's week figure restated in the body
_HEADING = (
    "一周行情回顾:建材行业周度跌幅 1.88%,水泥制造板块跌幅 2.81%\n"
    "本周建筑材料申万一级行业指数下跌 1.88%, 沪深 300 指数上涨 0.23%;细分行业指数中,水泥制造指数下跌 2.81%,"
    "玻璃制造下跌 3.50%,管材指数下跌0.82%,耐火材料指数下跌 1.73%,其他建材指数下跌 0.45%。"
)


def test_a_heading_and_its_body_disagree_by_any_amount() -> None:
    assert not _errors(_HEADING)
    found = _errors(_HEADING.replace("建材行业周度跌幅 1.88%", "建材行业周度跌幅 1.52%"))
    assert len(found) == 1
    message = found[0].message
    assert "周度跌幅1.52%" in message and "下跌1.88%" in message
    assert "a heading and its body" in message and "0.36 apart" in message


def test_a_heading_without_its_own_period_word_is_not_compared_by_any_amount() -> None:
    # the heading's figure has no period word of its own: only a misprint is read
    text = _HEADING.replace("建材行业周度跌幅 1.88%", "建材行业跌幅 1.52%")
    assert not _errors(text)


def test_two_body_statements_each_naming_subject_and_period() -> None:
    # 9dae351ee9 (pool B), its heading written as a sentence of the body: both clauses name 建材 and the week
    text = _HEADING.replace("水泥制造板块跌幅 2.81%\n", "水泥制造板块跌幅 2.81%。\n")
    assert not _errors(text)
    found = _errors(text.replace("建材行业周度跌幅 1.88%", "建材行业周度跌幅 1.52%"))
    assert len(found) == 1
    assert "each names its subject and period" in found[0].message and "0.36 apart" in found[0].message


def test_a_clause_without_its_own_period_is_read_for_misprints_only() -> None:
    # 6b17266101 (pool B): 创业板指数下跌1.80% takes 本周 from the sentence's first clause
    text = (
        "受重量级股走弱的影响,本周市场震荡走低。本周上证综指下跌1.80%,深成指下跌1.47%,沪深300指数下跌2.34%,"
        "创业板指数下跌1.80%。受美元走强影响,国际商品价格普遍下跌。创业板本周下跌1.80%,但个股活跃度明显强于主板。"
    )
    assert not _errors(text)
    assert not _errors(text.replace("创业板本周下跌1.80%", "创业板本周下跌2.15%"))


# 1001c9c7a8 (pool B): a bracketed headline and its story's 分别 list
_RESPECTIVELY = (
    "(原标题:港股收评:恒指跌0.23%,中字头大基建股继续弱势,升能集团暴跌98.4%停牌)\n"
    "港股三大指数早盘冲高回落午后维持震荡行情,总体波幅不大,市场情绪依旧谨慎。截止收盘,恒指、国指分别下跌0.23%及0.13%,"
    "恒生科技指数涨0.29%。"
)


def test_a_one_day_headline_against_its_story_s_list() -> None:
    assert not _errors(_RESPECTIVELY)
    assert not check_text(_RESPECTIVELY).errors
    found = _errors(_RESPECTIVELY.replace("恒指跌0.23%", "恒指跌0.45%"))
    assert len(found) == 1
    message = found[0].message
    assert "恒指跌0.45%" in message and "恒指、国指分别下跌0.23%" in message
    assert "a heading and its body" in message and "0.22 apart" in message


def test_a_list_entry_is_its_own_name_s() -> None:
    # 国指 is the list's second name: 0.13%, not 0.23%
    assert not _errors(_RESPECTIVELY.replace("恒指跌0.23%", "国指跌0.13%"))
    found = _errors(_RESPECTIVELY.replace("恒指跌0.23%", "国指跌0.31%"))
    assert len(found) == 1 and "国指" in found[0].message and "-0.13%" in found[0].message


def test_a_list_of_unequal_lengths_is_not_read() -> None:
    text = _RESPECTIVELY.replace("分别下跌0.23%及0.13%", "分别下跌0.23%、0.13%及0.50%").replace(
        "恒指跌0.23%", "恒指跌0.45%"
    )
    assert not _errors(text)


# 8d3b629e77 (pool B): a weekly's title restates its body's move; neither names a period word
_TITLE = (
    "行业周报|汽车整车指数跌-4.27%, 跑输上证指数3.83%\n\n来源: 同花顺iNews 作者:周报君\n\n  本周行情回顾:\n\n"
    "  2026年1月26日-2026年1月30日,上证指数跌0.44%,报4117.95点。创业板指跌0.09%,报3346.36点。深证成指跌1.62%,"
    "报14205.89点。汽车整车指数跌-4.27%,跑输上证指数3.83%。"
)


def test_a_title_without_a_period_against_its_body() -> None:
    assert not _errors(_TITLE)
    found = _errors(_TITLE.replace("行业周报|汽车整车指数跌-4.27%", "行业周报|汽车整车指数跌-3.98%"))
    assert len(found) == 1
    message = found[0].message
    assert "跌-3.98%" in message and "跌-4.27%" in message and "a heading and its body" in message
