"""A superlative opened by 其中 about the list of figures just given must name the list's largest (or lowest)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

LISTED = "本周上证指数/银行/煤炭/钢铁指数分别上涨{}%/上涨{}%/下跌{}%/上涨{}%。其中{}本周{}。"


def _rank_errors(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors if f.kind == "rank"]


def test_a_leader_named_after_the_list_in_the_sentence_before() -> None:
    """m21-19's shape: 甲/乙/丙…分别上涨a%/上涨b%/…。其中乙本周涨幅最高, with another member higher."""
    assert not _rank_errors(LISTED.format("1.20", "2.45", "0.30", "1.75", "银行", "涨幅最高"))
    errors = _rank_errors(LISTED.format("1.20", "2.45", "0.30", "2.75", "银行", "涨幅最高"))
    assert len(errors) == 1 and "钢铁" in errors[0] and "+2.75%" in errors[0]
    # the lowest: a fall signs its figure (下跌0.30% is -0.30%)
    assert not _rank_errors(LISTED.format("1.20", "2.45", "0.30", "1.75", "煤炭", "领跌"))
    assert len(_rank_errors(LISTED.format("1.20", "2.45", "0.30", "1.75", "上证指数", "领跌"))) == 1


def test_the_list_in_the_same_sentence_and_what_is_not_read() -> None:
    text = "本周银行、煤炭和钢铁分别上涨{}%、{}%和0.80%，其中银行涨幅最大。"
    assert not _rank_errors(text.format("2.10", "1.40"))
    assert len(_rank_errors(text.format("1.10", "1.40"))) == 1
    # a name outside the list, two names only, or figures fewer than the names: not read
    assert not _rank_errors("本周银行、煤炭和钢铁分别上涨1.10%、1.40%和0.80%，其中电子涨幅最大。")
    assert not _rank_errors("本周银行和煤炭分别上涨1.10%和1.40%，其中银行涨幅最大。")
    assert not _rank_errors("本周银行、煤炭和钢铁分别上涨1.10%和1.40%，其中银行涨幅最大。")
    # another paragraph's list is not the one meant
    assert not _rank_errors("本周银行/煤炭/钢铁指数分别上涨1.10%/1.40%/0.80%。\n\n其中银行本周涨幅最高。")


@given(st.lists(st.integers(-900, 900), min_size=3, max_size=3), st.integers(0, 2))
def test_a_named_leader_is_an_error_exactly_when_another_member_rose_more(
    values: list[int], pick: int
) -> None:
    names = ["银行", "煤炭", "钢铁"]
    moves = "/".join(f"{'上涨' if v >= 0 else '下跌'}{abs(v) / 100:.2f}%" for v in values)
    text = f"本周{'/'.join(names)}指数分别{moves}。其中{names[pick]}本周涨幅最高。"
    beaten = any(v > values[pick] for v in values)  # a larger printed figure is a larger return
    assert bool(_rank_errors(text)) is beaten
