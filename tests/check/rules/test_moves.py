"""A move read from its parts: level, change, percentage and level before must agree, in any order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.rules.moves import _moves

# real, pool B: holdout5c 9c3fb9bce4
NEW_LEVEL = "港股跌幅擴大,恒指新造28596,跌304點或1.05%;國企指數新報10825,跌174點或1.58%,成交金額501.55億元。"
# real, pool B: holdout5c 941452e1a7
CHANGE_FIRST = (
    "道瓊斯工業平均指數周五小跌38.29點,或0.13%,收市報於29,888.78點,標普500指數漲0.22%,收市報於3,674.84點。"
)
# real, pool B: 31ecf144a7 (a freight lane in 美元)
FREIGHT = "主要航線中，遠東到歐洲每 TEU(標準 20 呎櫃) 續跌 161 美元至 1154 美元，跌幅 12.24%；遠東到地中海每 TEU 續跌 233 美元至 1738 美元，跌幅 11.82%。"
# real, pool B: holdout5c 793b386d77
TWO_LEVELS = "台灣50指數收盤為30,454.02點，較上周的30,758.03點下跌304.01點，跌幅約為0.99%，寶島股價指數收盤為37,246.37點，較上周的37,397.32點下跌150.95點，跌幅約為0.40%。"
# real, pool B: 9a14b12d95
ISSUE_PRICE = (
    "中國電信「回A」今日首日掛牌,開市報4.79元人民幣,較發行價4.53元人民幣,升5.74%,最新報4.65元人民幣,升2.65%。"
)
# real, pool B: d824c0e1e5 (one day's course: every move is from the same previous close)
COURSE = "受美股拖累，港股上周五大幅回吐，恒指低開413點至26660，早段反彈至全日高位26881，下跌192點，其後壓力不斷加大，午後跌至全日低位26535，大跌538點，收市反彈至26572，下挫500點，全日成交額減至2328億元。"
# real, pool B: holdout5c 471f309d80 (a whole-point move is truncated: 跌60點 is 60 to 61)
TRUNCATED = "上證指數於3100點水平失而復得,收報3107點,跌60點,跌幅1.92%,創10月底以來最大單日跌幅。"
# real: holdout5c 2577590f3f (two indices in one sentence: no common base)
TWO_INDICES = "至收盘时，日经股指下跌230.51点，收于37298.98点；东证股指下跌5.95点，收于2732.88点。"


def _errors(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors]


def test_real_moves_are_clean() -> None:
    for text in (NEW_LEVEL, CHANGE_FIRST, FREIGHT, TWO_LEVELS, ISSUE_PRICE, COURSE, TRUNCATED, TWO_INDICES):
        assert not _errors(text), text


def test_a_percentage_against_its_level_and_change() -> None:
    (message,) = _errors(NEW_LEVEL.replace("或1.05%", "或1.35%"))
    assert (
        "「1.35%」" in message
        and "28596点" in message
        and "304点" in message
        and "consistent would be 1.05%" in message
    )
    (message,) = _errors(CHANGE_FIRST.replace("或0.13%", "或0.18%"))
    assert "「0.18%」" in message and "29,888.78点" in message and "consistent would be 0.13%" in message
    (message,) = _errors(FREIGHT.replace("跌幅 12.24%", "跌幅 12.42%"))
    assert "「12.42%」" in message and "1154美元" in message and "161美元" in message and "12.24%" in message


def test_a_change_against_the_two_levels_it_joins() -> None:
    (message,) = _errors(TWO_LEVELS.replace("下跌150.95點", "下跌159.05點"))
    assert "「159.05点」" in message and "37,397.32点" in message and "37,246.37点" in message
    assert "consistent would be 150.95" in message
    # without its percentage (points.py reads 上漲…跌幅 as one move given both directions)
    flipped = TWO_LEVELS.replace("下跌150.95點，跌幅約為0.40%", "上漲150.95點")
    (message,) = _errors(flipped)  # said once, by the first rule that reads it (level_directions)
    assert "37,246.37" in message and "37,397.32" in message and "下跌" in message


def test_a_percentage_against_a_level_and_the_level_before() -> None:
    (message,) = _errors(ISSUE_PRICE.replace("升2.65%", "升3.65%"))
    assert "「3.65%」" in message and "4.65元" in message and "4.53元" in message and "2.65%" in message
    assert not _errors(ISSUE_PRICE.replace("升2.65%", "升2.56%"))  # within the rounding of both prices


def test_moves_of_one_day_imply_one_previous_close() -> None:
    (message,) = _errors(COURSE.replace("下挫500點", "下挫560點"))
    assert (
        "「26572点」" in message
        and "跌560点" in message
        and "「26660点」" in message
        and "跌413点" in message
    )
    assert not _errors(TWO_INDICES.replace("5.95点", "59.5点"))


@settings(max_examples=60, deadline=None)
@given(
    close=st.integers(1000, 40000),
    move=st.integers(1, 900),
    falls=st.booleans(),
    order=st.sampled_from(["{L}，{D}，{P}", "{D}，{P}，收报{L}", "新造{L}，{D}或{p}%"]),
)
def test_a_consistent_move_in_any_order_is_clean(close: int, move: int, falls: bool, order: str) -> None:
    before = close + move if falls else close - move
    if before <= 0:
        return
    p = f"{move / before * 100:.2f}"
    verb, kind = ("跌", "跌幅") if falls else ("升", "升幅")
    text = (
        "恒指"
        + order.format(
            L=f"收报{close}点" if order[0] == "{" else f"{close}点", D=f"{verb}{move}点", P=f"{kind}{p}%", p=p
        )
        + "。"
    )
    assert not _errors(text), text


@given(st.text(alphabet="报收至较升跌点元美幅或，。%0123456789.,的上周一手股赚蚀万恒指数生", max_size=60))
@settings(max_examples=200, deadline=None)
def test_the_reader_takes_any_text(text: str) -> None:
    _moves(text)


# real, pool B: 23d70d4c00 (the open and the high both measured from the previous close, 17716)
LOW_OPEN = (
    "當天,恒指低開133點,報17583點,為全日低位,之後止跌回升,最多升149點,高見17865點,午後在上午波幅內徘徊。"
)
# real, holdout_m24 source (seen): m24-41's original; the moves before 恒指 is named are its moves
UNNAMED = (
    "大市今日高開257點,但已是日內低位,在科技股帶動下,早段一度升695點,高見22414點,"
    "午後受騰訊倒跌拖累,恒指升幅略為收窄,收市報22229點,升510點。"
)
# real, holdout_m24 source (seen): m24-31's original; 30.7 − 16.5 = 14.2元 a share, 14200元 a lot
LOT_GAIN = "今日掛牌的明源雲,收報30.7元,較招股價16.5元高86%,一手1000股帳面賺1.42萬元。"


def test_an_index_named_again_by_its_short_name_keeps_its_move() -> None:
    """恒生指数 … 恒指高见: one index, so 最多升149点 and 高见17865点 stay one move (from the base 17716)."""
    named = LOW_OPEN.replace("恒指低開133點,報", "恒生指數低開133點報").replace(",高見", ",恒指高見")
    assert not _errors(LOW_OPEN) and not _errors(named)
    (message,) = _errors(named.replace("最多升149點", "最多升194點"))
    assert "17865点" in message and "升194点" in message and "17716.50" in message and "升149点" in message


def test_two_indices_whose_names_only_share_a_character_are_not_one() -> None:
    from sectorbrief.check.rules.moves import _same_index

    assert _same_index("恒生指数", "恒指") and _same_index("国企指数", "国指")
    assert not _same_index("恒生科技指数", "恒指") and not _same_index("国企指数", "恒指")


def test_moves_before_the_one_named_index_are_that_index() -> None:
    assert not _errors(UNNAMED)
    (message,) = _errors(UNNAMED.replace("一度升695點", "一度升659點"))
    assert "22229点" in message and "升659点" in message and "22414点" in message and "21719.00" in message
    assert "consistent would be 升474点 here, or 升695点 earlier" in message
    # a sentence naming two indices leaves its unnamed moves unread
    two = UNNAMED.replace("收市報22229點", "國企指數收市報22229點")
    assert not _errors(two.replace("一度升695點", "一度升659點"))


def test_a_lots_paper_gain_is_the_move_times_the_lot() -> None:
    assert not _errors(LOT_GAIN)
    (message,) = _errors(LOT_GAIN.replace("賺1.42萬元", "賺1.24萬元"))
    assert "「一手1000股帐面赚1.24万元」" in message and "30.7元" in message and "16.5元" in message
    assert "14.2元 a share" in message and "consistent would be 1.42万元" in message
    (message,) = _errors(LOT_GAIN.replace("一手1000股帳面賺1.42萬元", "每手1000股賬面賺1.24萬元"))
    assert "consistent would be 1.42万元" in message
    (message,) = _errors(LOT_GAIN.replace("賺1.42萬元", "賺14600元"))
    assert "consistent would be 14200元" in message
    # a loss said of a rise, or a bound, is not read
    assert not _errors(LOT_GAIN.replace("賺1.42萬元", "蝕1.24萬元"))
    assert not _errors(LOT_GAIN.replace("賺1.42萬元", "賺逾1萬元"))


@given(
    st.integers(min_value=100, max_value=9999),
    st.integers(min_value=100, max_value=9999),
    st.sampled_from([100, 200, 500, 1000, 2000]),
)
@settings(max_examples=60, deadline=None)
def test_a_consistent_lot_gain_is_clean(level: int, base: int, lot: int) -> None:
    """Levels and bases in 0.01元; the gain of a lot printed in whole 元 is never an error."""
    if level == base:
        return
    word = "賺" if level > base else "蝕"
    gain = round(abs(level - base) * lot / 100)
    text = (
        f"今日掛牌的某公司,收報{level / 100:.2f}元,較招股價{base / 100:.2f}元,一手{lot}股帳面{word}{gain}元。"
    )
    assert not _errors(text), text


def test_an_unnamed_price_is_not_the_named_index() -> None:
    """A stock's move in 元 before the index is named is the stock's: no base shared with the index."""
    text = "騰訊早段一度升20元,高見400元,午後恒指升幅略為收窄,收市報22229點,升510點。"
    assert not _errors(text)
