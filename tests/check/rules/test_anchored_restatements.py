"""One fact printed twice, known by its anchor (points, a level), a table row's label or a name's bracketed figure."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.anchored_restatements import check_anchored_restatements

# 4f2f2d9382 (pool B, Traditional): one year's move in points and percent, in the lead and at the end
_POINTS = (
    "港股全年終於完結,恒指最終埋單要跌958點或3.4%,全年波幅8035點。\n"
    "恒指收報27231點,升84點或0.3%,12月累升889點或3.4%。大市上升股份比例61%,下跌股份比例39%。\n"
    "港股年初曾有小陽春,升至29174點,比去年底升985點或3.5%。全年埋單恒指跌958點或3.4%。"
)
# 86b570b5dd (pool B): an index's level with its move, in the overview and in its own section
_LEVEL = (
    "据泸州·中国白酒商品批发价格指数办公室发布的数据显示,2024年6月上旬全国白酒环比价格总指数为99.80,下跌0.20%。"
    "从分类指数看,名酒环比价格指数为99.85,下跌0.15%;地方酒环比价格指数为99.57,下跌0.43%。\n"
    "本旬全国名酒环比价格指数为99.85,下跌0.15%。其中,四川名酒环比价格指数为99.81,下跌0.19%。\n"
    "本旬全国地方酒环比价格指数为99.57,下跌0.43%。"
)
# 45fda8c9e8 (pool B): a fund's figures in prose and in a two-column table
_ROW = (
    "报告期内(2025年10月1日-12月31日),新能源车龙头ETF主要财务指标呈现明显波动。本期已实现收益为74,602,164.18元,"
    "而本期利润却为-16,032,866.26元,两者差额达9063万元。期末基金资产净值1,041,561,514.36元,期末基金份额净值0.9252元。\n"
    "| 主要财务指标 | 报告期数据(2025.10.01-2025.12.31) |\n|---|---|\n"
    "| 本期已实现收益 | 74,602,164.18元 |\n| 本期利润 | -16,032,866.26元 |\n"
    "| 加权平均基金份额本期利润 | -0.0126元 |\n| 期末基金资产净值 | 1,041,561,514.36元 |\n"
    "| 期末基金份额净值 | 0.9252元 |\n"
)
# d6429db7fc (pool B): a summary's bracketed figures restated in the sections' lists
_BRACKETS = (
    "概览\n重点关注:华证A指大盘(-3.38%),华证金融(-0.39%),华证非银金融(+0.15%),A股算力基础设施(+7.07%)。\n"
    "一、规模指数\n规模指数前三:华证A指大盘(-3.38%),华证大盘(-3.57%),华证A指(-4.05%);\n"
    "二、一级行业指数\n一级行业指数前三:华证金融(-0.39%),华证信息技术(-1.07%),华证通信服务(-3.13%);\n"
    "三、二级行业指数\n二级行业指数前五:华证非银金融(+0.15%),华证电子(-0.50%),华证银行(-0.78%);\n"
    "四、主题指数\n主题指数前五:A股算力基础设施(+7.07%),华夏理财AI算力指数(+6.72%),华证芯片50(+5.36%)。"
)


def _errors(text: str) -> list:
    return check_anchored_restatements(extract(read_plain(text)))


def test_real_restatements_stay_clean() -> None:
    for text in (_POINTS, _LEVEL, _ROW, _BRACKETS):
        assert not _errors(text), text
        assert not check_text(text).errors


def test_one_points_move_with_two_percentages() -> None:
    found = _errors(_POINTS.replace("恒指最終埋單要跌958點或3.4%", "恒指最終埋單要跌958點或3.1%"))
    assert len(found) == 1
    message = found[0].message
    assert "跌958点或3.1%" in message and "跌958点或3.4%" in message
    assert "a move of 958点 is one move" in message and "0.3 apart" in message
    assert "both should read -3.1% or both -3.4%" in message


def test_points_printed_to_two_decimals_still_anchor() -> None:
    # 778a515a6e (pool B): 上漲1,191點 in the lead, 上漲1,191.54點 in the body
    text = (
        "台股上週加權股價指數上漲1,191點，漲幅約為3.92%，上市股票總市值達89.95兆元。\n"
        "發行量加權股價指數收盤為27,626.48點，較上週的26,434.94點上漲1,191.54點，漲幅約為4.51%。"
    )
    found = _errors(text)
    assert len(found) == 1 and "3.92%" in found[0].message and "4.51%" in found[0].message


def test_small_points_moves_are_no_anchor() -> None:
    # two indices may both move 84 points: fewer than three digits name no one move
    assert not _errors("恒指升84點或0.3%。國指升84點或0.9%。")


def test_one_level_with_two_moves() -> None:
    found = _errors(
        _LEVEL.replace(
            "本旬全国名酒环比价格指数为99.85,下跌0.15%", "本旬全国名酒环比价格指数为99.85,下跌0.31%"
        )
    )
    assert len(found) == 1
    message = found[0].message
    assert "下跌0.31%" in message and "下跌0.15%" in message and "a close of 99.85" in message


def test_a_table_row_and_its_sentence() -> None:
    found = _errors(_ROW.replace("期末基金份额净值0.9252元", "期末基金份额净值0.9185元"))
    assert len(found) == 1
    message = found[0].message
    assert "0.9185元" in message and "|期末基金份额净值| 0.9252元" in message
    assert "the table's row 「期末基金份额净值」" in message and "0.0067 apart" in message


def test_a_label_inside_a_longer_label_is_another_row() -> None:
    # 加权平均基金份额本期利润 is not the row 本期利润
    assert not _errors(_ROW.replace("而本期利润却为", "加权平均基金份额本期利润-0.0126元,而本期利润却为"))


def test_a_summary_bracket_against_its_section() -> None:
    found = _errors(_BRACKETS.replace("华证金融(-0.39%),华证非银", "华证金融(-0.52%),华证非银"))
    assert len(found) == 1
    message = found[0].message
    assert "华证金融(-0.52%)" in message and "华证金融(-0.39%)" in message
    assert "华证金融's bracketed figure for one period is one figure" in message


def test_two_lists_that_disagree_throughout_are_two_periods() -> None:
    # nothing else restated alike: the lists may be a week's and a year's
    text = "本周涨幅前三:银行(+3.20%),煤炭(+2.10%)。\n年内涨幅前三:银行(+13.20%),煤炭(+12.10%)。"
    assert not _errors(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="恒指跌升点或%约为,，。0123456789.|元() 华证金融", max_size=80))
def test_free_text_never_raises(text: str) -> None:
    _errors(text)


def test_rounding_agreement_is_half_of_each_printing() -> None:
    # 3.4% printed from 3.35%..3.45%: 3.42% agrees, 3.47% does not
    assert not _errors(_POINTS.replace("全年埋單恒指跌958點或3.4%", "全年埋單恒指跌958點或3.42%"))
    found = _errors(_POINTS.replace("全年埋單恒指跌958點或3.4%", "全年埋單恒指跌958點或3.47%"))
    assert len(found) == 1 and "3.47%" in found[0].message


def test_a_stock_s_close_anchors_its_move() -> None:
    # 0412db764a (pool B, Traditional): the paragraph is printed twice; the close 38.00元 names one day's move
    line = "煤炭股昨日走低,西山煤電(000983)收跌2.26%,報38.00元。"
    assert not _errors(line + "\n" + line)
    found = _errors(line + "\n" + line.replace("收跌2.26%", "收跌1.85%"))
    assert len(found) == 1
    assert (
        "收跌1.85%" in found[0].message
        and "收跌2.26%" in found[0].message
        and "a close of 38.00" in found[0].message
    )


# 6acca1d927 (holdout_m23 source, seen; Traditional, full-width ﹒, lines wrapped by hand): quotes by code in
# the prose and again in the quote table.
_QUOTES = (
    "當中,理\n想汽車(02015)升{move}%,報115﹒4元;比亞迪(01211)升1﹒8%,報\n{price}元,結束六連跌;"
    "吉利汽車(00175)升2﹒3%,報17﹒86元;小鵬汽車\n(09868)升1﹒8%,報76﹒45元;蔚來(09866)升0﹒4%,報27﹒6元\n"
    ";長汽(02333)升3%,報12﹒3元;至於零跑汽車(09863)升2﹒4%,報\n58﹒65元,以現價計,該股暫連升2日,累計升幅5﹒9%。\n"
    "表列同板塊或相關股份表現\n============\n股份(編號) 現價(元) 變幅(%)\n--------------------------\n"
    "比亞迪(01211) 392﹒4元 升1﹒82%\n理想汽車(02015) 115﹒4元 升4﹒91%\n吉利汽車(00175) 17﹒86元 升2﹒29%\n"
    "小鵬汽車(09868) 76﹒45元 升1﹒8%\n零跑汽車(09863) 58﹒65元 升2﹒45%\n蔚來(09866) 27﹒6元 升0﹒36%\n"
    "長汽(02333) 12﹒3元 升3﹒02%\n--------------------------\n(jl)"
)
# 05de3f4d9a (pool B, Traditional): quotes by code, no table to hold them against.
_NO_TABLE = (
    "濠賭股個別發展,新濠國際發展(0200)報14.88元,升1.36%;美高梅中國(2282)報11.22元,跌0.88%;"
    "澳博控股(0880)報9.09元,升0.22%;永利澳門(1128)報13.42元,升1.51%。"
)


def test_quotes_that_agree_with_their_table_within_its_rounding_stay_clean() -> None:
    assert _errors(_QUOTES.format(move="4﹒9", price="392﹒4")) == []
    assert _errors(_NO_TABLE) == []


def test_a_quote_s_move_that_disagrees_with_its_table_row_is_an_error() -> None:
    found = _errors(_QUOTES.format(move="9﹒4", price="392﹒4"))
    assert len(found) == 1
    message = found[0].message
    assert "升9.4%，报115.4元" in message and "理想汽车(02015) 115.4元升4.91%" in message
    assert "02015's move" in message and "+9.4% and +4.91%" in message


def test_a_quote_s_price_on_a_wrapped_line_is_held_against_its_table_row() -> None:
    found = _errors(_QUOTES.format(move="4﹒9", price="329﹒4"))
    assert (
        len(found) == 1 and "01211's price" in found[0].message and "329.4元 and 392.4元" in found[0].message
    )
