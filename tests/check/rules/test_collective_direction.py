"""A direction word said of several indices at once (均跑输 …), against each member's return."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text


def _collective(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors if "is said of each of them" in f.message]


@pytest.mark.parametrize(
    ("text", "member"),
    [
        # a list before 均, the returns in the clause before it
        ("本周申万电子、计算机板块涨幅分别为0.20%、1.50%，均跑赢沪深300指数(上涨0.80%)。", "电子"),
        (
            "上周家用电器与轻工制造均跑输上证指数，家用电器上涨2.10%，轻工制造上涨0.40%，上证指数上涨1.00%。",
            "家用电器",
        ),
        # 各子板块: the parts whose returns the sentence and the next one state
        (
            "本周银行各子板块均跑输沪深300指数。国有大型银行板块上涨1.90%，城商行板块下跌0.80%，沪深300指数上涨0.60%。",
            "国有大型银行",
        ),
    ],
)
def test_a_member_on_the_other_side_of_the_benchmark_is_an_error(text: str, member: str) -> None:
    found = _collective(text)
    assert len(found) == 1 and member in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        "本周申万电子、计算机板块涨幅分别为1.20%、0.90%，均跑赢沪深300指数(上涨0.80%)。",
        "本周银行各子板块均跑输沪深300指数。国有大型银行板块上涨0.10%，城商行板块下跌0.80%，沪深300指数上涨0.60%。",
        # the whole industry is not one of its parts; 整体 is said of it
        "本周银行各子板块均跑输沪深300指数。国有大型银行板块上涨0.10%，银行整体上涨0.90%，沪深300指数上涨0.60%。",
        # a member within rounding of the benchmark is not against the word
        "本周电子和计算机均跑赢沪深300，电子上涨0.81%，计算机上涨0.90%，沪深300上涨0.80%。",
        # another period's return is another figure
        "本周电子和计算机均跑赢沪深300，本周电子上涨1.10%，计算机上涨0.90%，年初至今电子下跌3.00%，沪深300上涨0.80%。",
        # no benchmark named after the word: nothing to hold the members against
        "本周电子和计算机均表现较好，电子上涨1.10%，计算机下跌0.90%。",
    ],
)
def test_consistent_or_unreadable_collectives_raise_nothing(text: str) -> None:
    assert not _collective(text), text


def test_a_member_the_excess_reader_compared_is_left_to_it() -> None:
    # 计算机 is the subject the excess reader gives the claim: one finding, not two
    text = "本周电子和计算机均跑赢沪深300，电子上涨1.20%，计算机上涨0.50%，沪深300上涨0.80%。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "计算机" in errors[0].message


def test_qizhong_before_a_board_is_not_a_csi_index() -> None:
    # 其中证券板块 is 其中 + 证券板块, not an index named 中证券
    text = "本周非银金融各子板块均跑输沪深300指数，沪深300指数下跌0.57%，其中证券板块上涨0.29%，保险板块下跌1.10%。"
    found = _collective(text)
    assert len(found) == 1 and "证券" in found[0] and "中证券" not in found[0], found


_RETURN = st.integers(min_value=-500, max_value=500).map(lambda n: n / 100)


@settings(max_examples=60, deadline=None)
@given(a=_RETURN, b=_RETURN, bench=_RETURN, beat=st.booleans())
def test_a_collective_is_flagged_exactly_when_some_member_is_on_the_wrong_side(
    a: float, b: float, bench: float, beat: bool
) -> None:
    word = "跑赢" if beat else "跑输"
    text = (
        f"本周申万有色金属、钢铁板块涨幅分别为{a:.2f}%、{b:.2f}%，均{word}沪深300指数，"
        f"沪深300指数上涨{bench:.2f}%。"
    )
    wrong = [x for x in (a, b) if abs(x - bench) > 0.01 + 1e-9 and ((x - bench) > 0) != beat]
    errors = check_text(text).errors
    # 钢铁, the name the excess reader gives the claim, is its finding; 有色金属 is this rule's
    assert ("钢铁" in " ".join(f.message for f in errors if "disagrees" in f.message)) == (b in wrong)
    assert ("有色金属" in " ".join(f.message for f in errors if "each of them" in f.message)) == (a in wrong)


@pytest.mark.parametrize(
    ("claim", "wrong"),
    [
        ("电子各子行业本周均下跌。", True),
        ("电子二级板块周线悉数收跌，分化明显。", True),
        ("电子二级板块周线悉数收涨，分化明显。", False),
        # a sub-industry of another industry is not a member
        ("计算机各子行业本周均下跌。", False),
    ],
)
def test_every_sub_industry_said_to_move_one_way(claim: str, wrong: bool) -> None:
    text = claim + "其中半导体板块本周上涨3.20%，消费电子板块本周上涨0.40%。"
    errors = [f for f in check_text(text).errors if f.kind == "contradiction"]
    assert len(errors) == (1 if wrong else 0), text
    if wrong:
        assert "半导体" in errors[0].message and "消费电子" in errors[0].message


@given(values=st.lists(st.floats(min_value=-9.99, max_value=9.99, allow_nan=False), min_size=2, max_size=2))
def test_property_every_sub_industry_rose(values: list[float]) -> None:
    a, b = (round(v, 2) for v in values)
    parts = "，".join(
        f"{name}本周{'上涨' if v >= 0 else '下跌'}{abs(v):.2f}%"
        for name, v in (("半导体板块", a), ("元件板块", b))
    )
    text = f"电子各子行业本周均上涨。其中{parts}。"
    errors = [f for f in check_text(text).errors if f.kind == "contradiction"]
    assert len(errors) == (1 if min(a, b) < 0 else 0), text
