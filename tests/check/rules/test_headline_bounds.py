"""A headline's bound on the stocks it names (齐泻逾半成) against their quotes in the story."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.headline_bounds import check_headline_bounds

# f7b647aa2e (holdout11, pool B, Traditional HK wire): 挫逾一成 is a fall of more than 10%, 兗州煤 a short form
COAL = (
    "煤股大瀉 兗州煤挫逾一成 發改委擬干預煤價\n\n撰文:黃捷\n出版:更新:\n\n"
    "發改委擬干預煤價,煤股大瀉,兗州煤業﹙1171﹚瀉{}%;中國神華﹙1088﹚瀉5.3%;中煤能源﹙1898﹚瀉6.5%。"
)
# 10650a176f (holdout_m24 source, seen): two short forms listed under one bound (齊瀉逾半成: each fell over 5%)
TWO = (
    "煤炭股弱勢 兗煤、中煤齊瀉逾半成 發改委預告煤價將下調\n\n"
    "其中,兗州煤業﹙1171﹚挫5.3%,報10.36元;中煤能源﹙1898﹚挫{}%,報4.71元;中國神華﹙1088﹚挫2.23%,報17.48元;"
)


def _bounds(text: str) -> list[str]:
    return [f.message for f in check_headline_bounds(extract(read_plain(text)))]


def test_a_quote_that_breaks_the_headline_s_bound_is_an_error() -> None:
    [message] = _bounds(COAL.format("9.1"))
    assert "the headline says 兖州煤 moved more than 10%" in message and "兖州煤业 9.1%" in message
    assert "should be at least 10%" in message


def test_each_listed_short_form_is_bound() -> None:
    [message] = _bounds(TWO.format("2.53"))
    assert "中煤 moved more than 5%" in message and "中煤能源 2.53%" in message


def test_the_texts_as_printed_pass() -> None:
    assert not _bounds(COAL.format("10.9"))
    assert not _bounds(TWO.format("5.23"))


def test_other_names_and_other_directions_pass() -> None:
    texts = [
        # 中国神华 is no short form's: 中煤 is not in it in order
        TWO.replace("中煤能源﹙1898﹚挫", "中國旭陽﹙1907﹚挫").format("2.53"),
        # a rise is not bound by a fall
        COAL.replace("兗州煤業﹙1171﹚瀉", "兗州煤業﹙1171﹚升").format("9.1"),
    ]
    for text in texts:
        assert not _bounds(text), text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.%()、兖煤中能源泻挫升逾超半一成,;\n"), max_size=100))
def test_any_text_gives_a_clean_finding_list(text: str) -> None:
    for message in _bounds(text):
        assert message.startswith("the headline says")
