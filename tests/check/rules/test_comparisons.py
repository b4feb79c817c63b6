"""A comparison or direction word against the figures it compares, wherever the text states them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.comparisons import check_comparisons
from sectorbrief.check.rules.level_directions import check_level_directions


def _errors(text: str) -> list[Finding]:
    """The comparisons rule's errors and its sibling's, which reads a move between two levels (由 a 增至 b)."""
    claims = extract(read_plain(text))
    return [f for f in check_comparisons(claims) + check_level_directions(claims) if f.severity == "error"]


# Real pool-B sentences, verbatim: each is consistent and must stay clean.
CLEAN = [
    # 1de0bae7fb: two valuations against the figures after 的
    "上周环保板块整体估值下降,PE(TTM)为26.40,低于创业板的43.94;PB为2.75,低于创业板的4.35。",
    # 7ae3a05477
    "1、本周炼化及贸易板块周涨幅达2.63%,超过沪深300指数的1.64%涨幅,在131个板块中排名第90位。",
    # 9441928882: a move between two levels
    "10年期美国国债收益率从上周的0.892%下滑至本周的0.828%,创下8月以来最大一周收益率跌幅。",
    # 7b293df802: the level stated before against the base
    "上周我市二手房成交量继续超过一手房,成交总量为3141套,较前一周的2821套增长320套,涨幅为11.3%",
    # c131d95fe5: a list against a bracketed list, position by position
    "拉长周期看,过去一年、三年、五年净值增长率分别为29.51%、69.81%、28.90%,均显著跑赢同期基准收益率"
    "(27.26%、60.31%、8.06%),长期跟踪效果良好",
    # 943b94c5ee: 大盘 against the one benchmark stated
    "本周(1/29-2/2)交运指数下跌6.6%,沪深300指数下跌4.6%,跑输大盘2.0%,排名9/29",
    # b9b1550881: a move in points and its size word
    "恒生指数收盘报14387.48点,上涨151.98点,升幅1.07%,成交额萎缩至港币194亿元。",
    # 2c13c806d0: a bracketed figure with its period
    "本周(数据取 9月29日-10月10日,除中秋国庆假期外共 4 个交易日,下同),商贸零售指数报收2288.03点,上涨0.28%,"
    "跑输上证综指(本周上涨1.80%)1.52个百分点",
    # e77ae55179: a negated word (未能跑赢) is not a claim
    "A股医药生物板块累计上涨2.76%,在31个申万一级行业板块中,表现排名第15位。市场整体在政策利好等刺激下反弹,"
    "医药板块虽周线上涨,但涨幅未能跑赢大市,上证指数本周累计上涨3.42%,沪深300指数本周累计上4.47%。",
    # a7c9fab8e4: 跌幅大于 compares the sizes of falls, not the returns
    "上周市场表现:上周上证综指上涨1.10%,沪深300指数上涨2.08%,中小板指数上涨0.52%,创业板指数下跌0.87%。"
    "同期通信行业(申万)下跌1.46%,跌幅大于中小板指数。",
    # c337101b88
    "本周医药生物行业指数下跌6.26%,其中生物制品下跌6.32%,医疗器械下跌6.35%,中药下跌6.52%,沪深300指数下跌3.39%,"
    "医药生物行业指数跌幅大于大盘。",
]


CLEAN += [
    # 601e87283c: the subject's return after the word, in a heading's own sentence
    "- **银行板块表现优于市场**:本周银行板块上涨 $1.64\\%$,而沪深300指数下跌 $1.07\\%$。",
    # dc83582553: the subject's figure two clauses back, past a rank
    "过去一周(12.01–12.07),申万建筑材料行业指数上涨1.55%,在申万31个一级子行业中排名第9位,"
    "表现优于上证指数(+0.37%)、深证成指(+1.26%)和沪深300指数(+1.28%)",
    # 19f339d1ca: a one-day wrap, 大盘 is each benchmark of the day
    "板块整体表现 - 11月12日化妆品板块整体上涨0.24%,表现优于大盘,当日上证指数下跌0.07%,深证成指下跌0.36% [1]",
    # 219f665987: a list headed by its direction (its members' signs are list_signs' to read)
    "涨幅居前的 有:医药(+11.9%)、综合(+8.0%)、计算机(+7.9%)、商贸零售(+7.2%)、 汽车(+6.8%);"
    "下跌的有:建材(-0.8%)、房地产(-0.2%)。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_consistent_real_sentences_are_clean(text: str) -> None:
    assert _errors(text) == []


# Slips written from the sentences above: (text, what the message must quote).
SLIPS = [
    (CLEAN[0].replace("PE(TTM)为26.40,低于", "PE(TTM)为26.40,高于"), ["'高于'", "26.40", "43.94", "低于"]),
    (CLEAN[1].replace("超过沪深300", "不及沪深300"), ["'不及'", "2.63%", "1.64%", "0.99 pp"]),
    (CLEAN[2].replace("下滑至", "上升至"), ["'上升'", "0.892% to 0.828%", "consistent would be 下降"]),
    (CLEAN[3].replace("增长320套", "减少320套"), ["'减少'", "3141 against 2821", "consistent would be 增加"]),
    (CLEAN[4].replace("均显著跑赢", "均显著跑输"), ["'跑输'", "29.51%", "27.26%", "跑赢"]),
    (
        CLEAN[5].replace("跑输大盘2.0%", "跑赢大盘"),
        ["跑赢大盘' says", "交通运输 -6.60%", "沪深300 -4.60%", "-2.00 pp"],
    ),
    (CLEAN[7].replace("跑输上证综指", "跑赢上证综指"), ["'跑赢'", "0.28%", "1.80%", "跑输"]),
]


SLIPS += [
    (
        CLEAN[11].replace("表现优于市场", "表现逊于市场"),
        ["逊于市场' says 银行 did worse", "银行 1.64%", "沪深300 -1.07%", "优于"],
    ),
    (CLEAN[12].replace("表现优于上证指数", "表现逊于上证指数"), ["'逊于'", "1.55", "上证指数 0.37%", "优于"]),
    (
        CLEAN[13].replace("表现优于大盘", "表现弱于大盘"),
        ["弱于大盘' says", "上证指数 -0.07%", "深证成指 -0.36%"],
    ),
    # a bare summary word against the index's own move after only its close (written for this rule)
    ("上周沪深300指数小幅上升，周五收盘3898.50点，全周下跌0.16%。", ["沪深300 rose", "「下跌0.16%」"]),
]


@pytest.mark.parametrize(("text", "quoted"), SLIPS)
def test_a_flipped_word_is_an_error_quoting_both_figures(text: str, quoted: list[str]) -> None:
    errors = _errors(text)
    assert len(errors) == 1, errors
    for part in quoted:
        assert part in errors[0].message, (part, errors[0].message)


def test_hedged_forecast_and_other_period_comparisons_are_not_judged() -> None:
    # a forecast for a named index
    assert _errors("本周医药上涨1.20%，沪深300指数上涨2.50%，预计医药有望跑赢沪深300指数。") == []
    # the bracketed figure is another period's than the subject's only figure
    assert _errors("医药本周上涨1.20%，跑赢沪深300指数(年初至今上涨4.50%)。") == []
    # the stated figure after the word is the excess, not the other's return
    assert _errors("医药本周上涨1.20%，跑赢沪深300指数2.50个百分点。") == []
    # a rank falling from 84 to 109 is a place, not a level
    assert _errors("周内板块单日排名持续下滑，从12月29日的第84位降至12月31日的第109位。") == []
    # 收窄 compares the sizes of losses
    assert _errors("公司亏损由5.2亿元收窄至3.1亿元。") == []


def test_a_level_against_its_base_reads_any_base_and_hedges() -> None:
    errors = _errors("公司毛利率为32.5%，较上年同期的30.1%下降2.4个百分点。")
    assert len(errors) == 1 and "32.5 against 30.1" in errors[0].message and "上升" in errors[0].message
    errors = _errors("本周化工板块上涨1.8%，涨幅较上周的2.6%有所扩大。")
    assert len(errors) == 1 and "consistent would be 收窄" in errors[0].message
    assert _errors("本周化工板块上涨1.8%，涨幅较上周的2.6%有所收窄。") == []
    # 较 opening a clause about another measure, a fall's size with a signed verb, a forecast
    assert _errors("两市成交额为9000亿元，融资余额较上周的9500亿元增加。") == []
    assert _errors("本周化工板块下跌1.8%，较上周的2.6%有所上升。") == []
    assert _errors("预计毛利率为32.5%，较上年同期的30.1%下降。") == []


def test_more_and_less_after_a_base() -> None:
    errors = _errors("本周电子板块上涨2.1%，较沪深300的3.0%高出0.9个百分点。")
    assert (
        len(errors) == 1
        and "2.1 against 3.0" in errors[0].message
        and "consistent would be 低" in errors[0].message
    )
    assert _errors("本周电子板块上涨3.9%，比沪深300的3.0%多涨0.9个百分点。") == []


def test_listed_indices_said_to_move_together_against_each_ones_return() -> None:
    text = (
        "本周申万电子板块下跌1.2%，计算机板块上涨0.8%，通信板块上涨2.1%。电子、计算机和通信板块本周均上涨。"
    )
    errors = _errors(text)
    assert (
        len(errors) == 1
        and "电子 -1.2%" in errors[0].message
        and "「申万电子板块下跌1.2%」" in errors[0].message
    )
    assert _errors(text.replace("电子板块下跌", "电子板块上涨")) == []
    assert _errors(text.replace("本周均上涨", "年初至今均上涨")) == []  # another period's word


def test_a_larger_fall_is_a_lower_return() -> None:
    # a7c9fab8e4 (CLEAN[9]) says 跌幅大于中小板指数 of a fall against a rise: consistent; 跌幅小于 would not be
    errors = _errors(CLEAN[9].replace("跌幅大于", "跌幅小于"))
    assert len(errors) == 1 and "跌幅小于中小板指数' says 申万通信 did better" in errors[0].message
    assert "-1.46% − 中小板指 0.52% = -1.98 pp" in errors[0].message


def test_the_sector_word_goes_on_with_the_industry_of_the_sentence_before() -> None:
    text = "本周申万通信指数上涨0.06%。同期上证指数下跌0.02%，创业板指上涨0.46%，板块强于上证指数但弱于创业板指。"
    assert _errors(text) == []
    errors = _errors(text.replace("但弱于创业板指", "但强于创业板指"))
    assert len(errors) == 1 and errors[0].message.startswith("'强于创业板指' says 申万通信 did better")


def test_a_summary_word_is_not_read_past_another_subject_period_or_clause() -> None:
    assert _errors("上周沪深300指数小幅下降，周五收盘3898.50点，全周下跌0.16%。") == []
    assert _errors("上周沪深300指数小幅上升，年初至今下跌3.16%。") == []  # another period
    assert _errors("上周医药生物板块上涨，其中疫苗下跌1.20%。") == []  # another subject
    assert _errors("上周沪深300指数上涨，成交额明显放大，周五下跌0.16%。") == []  # not only its close between
    assert _errors("上周沪深300指数冲高回落，周五收盘3898.50点，全周上涨0.16%。") == []  # both ways


def test_a_word_with_its_excess_figure_is_left_to_the_excess_rules() -> None:
    text = CLEAN[5].replace("跑输大盘2.0%", "跑赢大盘2.0%")
    assert _errors(text) == []
    errors = check_text(text).errors
    assert len(errors) == 1 and "跑输" in errors[0].message  # the arithmetic rule reads its size and sign


def test_the_rule_speaks_only_where_no_earlier_rule_did() -> None:
    text = "本周煤炭板块下跌1.20%，表现逊于化工(下跌2.40%)和钢铁(下跌3.10%)。"
    errors = check_text(text).errors
    assert len(errors) == 1  # bracket_comparisons reports it; this rule adds nothing on the same sentence


@given(
    st.integers(-999, 999), st.integers(-999, 999), st.sampled_from(["强于", "弱于", "高于", "低于", "跑赢"])
)
def test_an_error_exactly_when_the_word_disagrees_with_the_difference(
    own: int, other: int, word: str
) -> None:
    text = f"本周有色金属板块上涨{own / 100:.2f}%，{word}沪深300指数的{other / 100:.2f}%。"
    better = word in ("强于", "高于", "跑赢")
    wrong = abs(own - other) > 1 and (own > other) != better
    if own < 0:
        text = text.replace(f"上涨{own / 100:.2f}", f"下跌{-own / 100:.2f}")
    assert (len(_errors(text)) == 1) == wrong


@given(
    st.text(
        alphabet="跑赢输强弱于高低由从至较的上周涨跌幅点为，。%()0123456789.医药沪深300指数大盘", max_size=60
    )
)
def test_any_text_reads_without_failing(text: str) -> None:
    check_comparisons(extract(read_plain(text)))


# 45fda8c9e8 (pool B, real): a list against a list written before its 的收益率, no brackets
_LIST_BY_LIST = "中长期表现依然亮眼,过去六个月、一年净值增长率分别达48.25%、57.21%,显著跑赢同期基准47.79%、55.41%的收益率。"
# ee1b63104d (pool B, real): an amount right after the name, for a word of size
_AMOUNTS = "節前國家政策調控密集, 半月內已 連續三輪投放儲備凍豬肉合計 12 萬噸,整體力度大于國慶前合計 3 萬 噸的儲備凍肉投放;"


def test_a_list_before_its_return_word_is_matched_position_by_position() -> None:
    assert _errors(_LIST_BY_LIST) == []
    found = _errors(_LIST_BY_LIST.replace("跑赢", "跑输"))
    assert len(found) == 1
    assert "'跑输' says 48.25%" in found[0].message and "47.79%" in found[0].message
    assert "consistent would be 跑赢" in found[0].message


def test_an_amount_right_after_the_name_is_read_for_a_word_of_size_only() -> None:
    assert _errors(_AMOUNTS) == []
    found = _errors(_AMOUNTS.replace("大于", "小于"))
    assert len(found) == 1
    assert "'小于' says 12万吨" in found[0].message and "3万吨" in found[0].message
    assert "consistent would be 大于" in found[0].message
    # 3ed7d0de41-like: a difference in points after the name is not a level (and 点 is not read this way)
    assert (
        _errors("创业板指数收盘点位为3459.72点，上证指数收盘点位为3411.72点，创业板指数低于上证指数48点。")
        == []
    )
    # a level and a difference of another size: 15倍 against 2倍 is not two levels of one measure
    assert _errors("板块PE为15倍，低于行业平均2倍。") == []
    # 跑赢基准0.12%: after a word of direction, a figure right after the name is an excess
    assert _errors("过去一年净值增长率12.13%，跑输基准0.12%。") == []


# c5a21f25c7 (holdout_m23's source, seen): a close against moving-average lines written with their levels in 点
_LINES = (
    "本周(26年3月9~13日)上证指数两头低、中间高,最低周一(26年3月9日)4052点,再创26年3月3日4197点以来回调新低,"
    "稍高于暂时的5月线4046点,最高周四(26年3月12日)4141点,最终收于4095点,低于5周线4106点和10周线4097点,"
    "共计下跌28点,跌幅为0.70%。"
)


def test_a_level_against_labelled_levels_in_points() -> None:
    assert _errors(_LINES) == []
    found = _errors(_LINES.replace("低于5周线", "高于5周线"))
    assert len(found) == 1
    assert "'高于' says 4095点" in found[0].message and "5周线 4106点" in found[0].message
    assert "-11.00" in found[0].message and "低于" in found[0].message


def test_a_change_in_points_is_not_a_level_against_a_name() -> None:
    assert _errors("该指数上涨50点,高于上证指数48点。") == []  # 48点 may be the gap, 50点 is a change
    assert _errors("指数上涨4120点,高于5周线4106点。") == []
