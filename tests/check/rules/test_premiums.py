"""A futures premium or discount must be the futures price minus its index's level."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text


def _errors(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors]


_WIRE = (
    "恒生指數報{hsi}，升45點或升0﹒2%。恆生科技指數報{tech}，升20點或升0﹒5%。"
    "即月期指新報{hsi_f}，升40點，{word}{hsi_p}點。即月科指期貨新報{tech_f}，升18點，高水{tech_p}點。"
)


def test_premiums_that_fit_their_levels_within_rounding() -> None:
    text = _WIRE.format(hsi=19250, tech=4120, hsi_f=19268, word="高水", hsi_p=17, tech_f=4126, tech_p=6)
    assert not _errors(text)
    text = _WIRE.format(hsi=19250, tech=4120, hsi_f=19190, word="低水", hsi_p=60, tech_f=4126, tech_p=6)
    assert not _errors(text)


def test_a_premium_that_does_not_fit_is_an_error() -> None:
    text = _WIRE.format(hsi=19250, tech=4120, hsi_f=19268, word="高水", hsi_p=17, tech_f=4126, tech_p=16)
    errors = _errors(text)
    assert len(errors) == 1
    assert (
        "高水16点" in errors[0]
        and "4126 − 4120 = 6" in errors[0]
        and "consistent would be 高水6点" in errors[0]
    )


def test_a_premium_stated_as_a_discount_is_an_error() -> None:
    text = _WIRE.format(hsi=19250, tech=4120, hsi_f=19268, word="低水", hsi_p=18, tech_f=4126, tech_p=6)
    errors = _errors(text)
    assert len(errors) == 1 and "consistent would be 高水18点" in errors[0]


def test_an_index_given_two_levels_is_not_compared() -> None:
    text = "恒生指数早段报19100，恒指其后收报19250。即月期指收报19268，高水60点。"
    assert not _errors(text)


def test_a_premium_without_its_index_level_is_not_read() -> None:
    assert not _errors("即月期指新报19268，升40点，高水60点。")


@given(
    level=st.integers(min_value=3000, max_value=30000),
    premium=st.integers(min_value=-300, max_value=300),
    off=st.integers(min_value=-1, max_value=1),
)
def test_a_premium_within_a_point_of_the_levels_never_raises(level: int, premium: int, off: int) -> None:
    word = "高水" if premium >= 0 else "低水"
    text = f"现时，国企指数报{level}。即月国指期货报{level + premium}，跌10点，{word}{abs(premium + off)}点。"
    assert not _errors(text), text


_FRAGMENTS = (
    "恒生指数",
    "恒指",
    "科指期货",
    "期指",
    "报",
    "新报",
    "高水",
    "低水",
    "0",
    "1",
    "17,150",
    "3.5",
    "点",
    "，",
    "。",
    "\n",
)


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30))
def test_any_arrangement_of_premium_words_gives_a_clean_finding_list(parts: list[str]) -> None:
    report = check_text("".join(parts))
    assert all(f.message and f.snippet is not None for f in report.findings)
