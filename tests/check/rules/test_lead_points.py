"""An index's day move in points stated twice, where one statement is tied by its own close and percentage."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.lead_points import check_lead_points

# 4f2f2d9382 (holdout5c, pool B, Traditional HK wire); the lead line is written from its close
HSI = (
    "港股全年終於完結,恒指{}。\n"
    "恒指高開47點,甫開曾飆193點,見27340點,創2月21日以來新高,之後升勢回順,升幅曾縮至16點,見27163點半日低。"
    "恒指收報27231點,升84點或0.3%,12月累升889點或3.4%。大市上升股份比例61%,下跌股份比例39%。"
)
# e8ae982cf9 (holdout_m24 source, seen): the lead's fall and the body's close, fall and percentage
SSE = (
    "內地股市下滑,上證指數收跌{}點。兩市成交合計增至5426億元(人民幣‧下同)。\n"
    "上證指數一度重越2800點關口,最多升15點或0.57%,高見2804點,惟在高位乏力再升,大市轉跌,以接近全日低位收市,"
    "收報2765點,跌22點或0.81%,成交2285.7億元。"
)


def _points(text: str) -> list[str]:
    return [f.message for f in check_lead_points(extract(read_plain(text)))]


def test_a_move_the_close_and_percentage_cannot_give_is_an_error() -> None:
    [message] = _points(SSE.format("27"))
    assert message.startswith("收跌27点 here but 「收报2765点，跌22点或0.81%」")
    assert "give 22.4–22.7 points" in message and "should read 22点" in message
    [message] = _points(HSI.format("升48點"))
    assert "升48点 here" in message and "should read 84点" in message


def test_the_texts_as_printed_pass() -> None:
    assert not _points(SSE.format("22"))
    assert not _points(HSI.format("升84點"))


def test_other_moves_pass() -> None:
    texts = [
        # the year's fall, with its own percentage, is another move
        HSI.format("最終埋單要跌958點或3.4%"),
        # an intraday extreme (曾, 一度) is not the close's move
        HSI.format("一度升48點"),
        # another direction
        HSI.format("跌48點"),
    ]
    for text in texts:
        assert not _points(text), text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.%点恒指上证指数收报跌升或，,。\n"), max_size=100))
def test_any_text_gives_a_clean_finding_list(text: str) -> None:
    for message in _points(text):
        assert " here but " in message
