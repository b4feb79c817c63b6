"""One figure printed twice with two neighbouring digits swapped (a lead and its body, prose and its table)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.swapped_digits import check_swapped_digits

# a638472a4d (holdout5b, real): the sector's week stated in the summary and again in the body
MEDIA = (
    "上证综指上涨0.47%,报3253.24 点;传媒行业指数本周上涨3.51%,报1008.84 点。\n"
    "在各个行业中,本周传媒板块上涨{},涨跌幅排名居前。"
)
# af533b9561 (holdout5b, real): a midday level in the headline and in the story
MIDDAY = (
    "财新网1月12日电:多数板块下跌,金融股逆势领涨,沪指休报3028.04点涨幅0.38%。\n"
    "周二(1月12日),资源板块砸盘领跌,截至休盘,沪指报{}点,上涨11.47点。"
)
# 840eb97e30 (holdout5a, real): a headline and its first line
HERBS = "中药板块9月8日涨{},健民集团领涨,主力资金净流出4079.78万元\n中药板块整体表现 - 中药板块较上一交易日上涨1.24% 领涨个股"
# 6acca1d927-like prose over its own table (pool-B wording): the prose rounds the table's 4.91%
QUOTE = (
    "理想汽车(02015)升{},报115.4元;比亚迪(01211)升1.8%,报392.4元。\n| 理想汽车(02015) | 115.4元 | 升4.91% |"
)


def _swapped(text: str) -> list[str]:
    """The rule's own messages (a slip another rule already reports is not reported twice by check_text)."""
    return [f.message for f in check_swapped_digits(extract(read_plain(text))) if f.severity == "error"]


def test_a_summary_figure_retyped_with_two_digits_swapped_is_an_error() -> None:
    [message] = _swapped(MEDIA.format("3.15%"))
    assert "3.51%" in message and "3.15%" in message and "one of them is mistyped" in message


def test_a_level_retyped_with_two_digits_swapped_is_an_error() -> None:
    [message] = _swapped(MIDDAY.format("3082.04"))
    assert "3028.04点" in message and "3082.04点" in message


def test_a_headline_figure_with_two_digits_swapped_is_an_error() -> None:
    [message] = _swapped(HERBS.format("1.42%"))
    assert "1.42%" in message and "1.24%" in message


def test_prose_that_rounds_its_table_is_compared_after_rounding() -> None:
    [error] = check_text(QUOTE.format("9.4%")).errors  # one finding, whichever rule reads the quote first
    assert "9.4%" in error.message + error.snippet and "4.91%" in error.message + error.snippet
    [message] = _swapped(QUOTE.format("9.4%"))
    assert "9.4%" in message and "4.91%" in message
    assert not _swapped(QUOTE.format("4.9%"))


def test_the_texts_as_printed_pass() -> None:
    for text in (MEDIA.format("3.51%"), MIDDAY.format("3028.04"), HERBS.format("1.24%")):
        assert not check_text(text).errors


def test_chance_twins_of_other_subjects_times_and_lists_pass() -> None:
    texts = [
        # fca754b3a4 (holdout5a): two subjects
        "大盘周二全线走红,上证指数涨2.05%,深成指涨3.15%,创业板指涨3.31%。受大盘带动,物流板块指数上涨2.50%,"
        "板块中圆通速递涨近5%,顺丰控股涨3.42%,申通快递涨2.24%。",
        # 78f5f2f557 (holdout10): two share classes
        "然而,基金净值却出现下跌,A类份额净值增长率为 -5.67%,C类份额净值增长率为 -5.76%。",
        # 7a0121cd98 (holdout9): the open and the midday close
        "港股回吐,恒生指數在18000點水平上落,開市報18100點已屬半日高位,半日高低點數波幅只有約140點,中午收市報18010點,跌77點。",
        # 2b6b6c927e (holdout5c): one list
        "跌幅居前的是辽宁成大、海通证券和天威保变,幅度为4.71%、4.59%和4.17%。",
    ]
    for text in texts:
        assert not _swapped(text), text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.%点元涨跌报上证指数板块,。、和 \n"), max_size=120))
def test_any_text_of_figures_gives_a_clean_finding_list(text: str) -> None:
    for message in _swapped(text):
        assert "here but" in message


# 763c2854e7 (holdout_m23 original, seen): an HK quote note and its quote table, whose rows carry no verb
QUOTE_TABLE = (
    "《經濟通通訊社28日專訊》中建材(03323)現價跌6﹒7%,報{},該股\n"
    "成交約968萬股,涉資2209萬元,盤中高見2﹒38元,最低見2﹒24元。\n"
    "中建材(03323) 2﹒24元 跌6﹒67%"
)


def test_a_quote_retyped_against_its_own_table_row_is_an_error() -> None:
    [message] = _swapped(QUOTE_TABLE.format("2﹒42元"))
    assert "2.42元" in message and "2.24元" in message
    assert not _swapped(QUOTE_TABLE.format("2﹒24元"))


# 41a13b57e6 (holdout6, half-seen m22 source): a photo caption over the story, naming the index two ways
CAPTION = "● 滬指昨收報{}點,跌4點。\n截至收市,滬綜指報3,506點,跌4點,或0.11%;深成指報14,535點,漲50點,或0.35%。"


def test_one_index_named_two_ways_is_one_subject() -> None:
    [message] = _swapped(CAPTION.format("3,560"))
    assert "3,560点" in message and "3,506点" in message
    assert not _swapped(CAPTION.format("3,506"))


# a2f5a79e64 (holdout_m23 original, seen): one day's row in two rankings of the same days
TWO_TABLES = (
    "2003年恒生指數十大跌幅 (以點數計)\n\n名次 日期 收市指數 跌幅 (點數) 跌幅(百分比)\n"
    "1 031023 11737.18 -501.45 -4.10\n2 030910 {} -236.51 -2.14\n3 030331 8634.45 -228.91 -2.58\n\n"
    "2003年恒生指數十大跌幅 (以百分比計)\n\n名次 日期 收市指數 跌幅 (百分比) 跌幅(點數)\n"
    "1 031023 11737.18 -4.10 -501.45\n2 030331 8634.45 -2.58 -228.91\n3 030910 10810.31 -2.14 -236.51\n"
)


def test_a_row_retyped_against_the_same_days_row_in_another_table_is_an_error() -> None:
    [message] = _swapped(TWO_TABLES.format("10180.31"))
    assert "10180.31" in message and "10810.31" in message
    assert not _swapped(TWO_TABLES.format("10810.31"))


# the second_values story (pool-B wording): a one-day headline over a story with background periods
STORY = (
    "中证光伏产业指数下跌{}%，成分股普遍走弱\n新浪财经5月6日讯，深证成指下跌0.31%，中证光伏产业(931001)下跌1.24%，"
    "近一个月下跌3.20%，今年以来下跌8.15%。"
)


def test_a_headline_move_is_not_the_storys_month() -> None:
    """2.30 against 近一个月下跌3.20% is a chance twin of another period; 1.42 against the day's 1.24 is a slip."""
    assert not _swapped(STORY.format("2.30"))
    [message] = _swapped(STORY.format("1.42"))
    assert "1.42%" in message and "1.24%" in message


# 3a2e3ae99f (holdout11, pool B): a weights list of name(figure) entries; the second sentence is written from it
WEIGHTS = (
    "从指数持仓来看,中证环保产业指数十大权重分别为:宁德时代(12.41%)、长江电力(8.44%)、阳光电源(5.37%)、"
    "隆基绿能(4.82%)、中国核电(3.86%)、通威股份(3.24%)、特变电工(3.0%)、三峡能源(2.78%)、亿纬锂能(2.62%)、"
    "国投电力(1.91%)。\n其中宁德时代权重最高,为{}。"
)


def test_a_list_entry_retyped_against_a_sentence_naming_it_is_an_error() -> None:
    [message] = _swapped(WEIGHTS.format("12.14%"))
    assert "12.41%" in message and "12.14%" in message and "one of them is mistyped" in message
    assert not _swapped(WEIGHTS.format("12.41%"))


def test_list_entries_of_other_names_or_of_a_verb_pass() -> None:
    texts = [
        # the entry's name is not in the other figure's clause
        WEIGHTS.replace("其中宁德时代", "其中长江电力").format("12.14%"),
        # 上涨(3.1%) is a gloss, not a name's entry
        "板块上涨(13.4%)。\n光伏设备指数本周上涨14.3%。",
    ]
    for text in texts:
        assert not _swapped(text), text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.%()、,。宁德时代长江电力为权重最高 \n"), max_size=120))
def test_any_list_of_entries_gives_a_clean_finding_list(text: str) -> None:
    for message in _swapped(text):
        assert "here but" in message


def test_one_measure_of_two_owners_is_two_subjects() -> None:
    """X的Y names Y's owner: 中证甲 and 中证乙 的前十大权重占比 are two figures (h12d's case)."""
    two = "中证甲指数的前十大权重占比为2.74%。中证乙指数的前十大权重占比为2.47%。"
    assert not _swapped(two)
    [message] = _swapped(two.replace("中证乙", "中证甲"))
    assert "2.74%" in message and "2.47%" in message
