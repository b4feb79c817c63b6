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


@given(st.text(alphabet="报收至较升跌点元美幅或，。%0123456789.,的上周", max_size=60))
@settings(max_examples=200, deadline=None)
def test_the_reader_takes_any_text(text: str) -> None:
    _moves(text)
