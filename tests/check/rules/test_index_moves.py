"""An index's move in points, its percentage and its level, in any order, must agree."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.index_moves import index_moves


def _errors(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors]


def _read(text: str) -> list[tuple[str, str, str]]:
    sentences = extract(read_plain(text)).sentences
    return [(m.move.text, m.pct.text, m.level.text) for s in sentences for m in index_moves(s)]


def test_a_day_percentage_between_the_move_and_the_level() -> None:
    # 60 / (1990 + 60) = 2.93 %
    text = "波罗的海综合运价指数周三下跌60点，当日跌{}%，至1990点；当周累计上涨8.5%。"
    assert _read(text.format("2.9")) == [("60", "2.9", "1990")]
    assert not _errors(text.format("2.9"))
    errors = _errors(text.format("3.4"))
    assert len(errors) == 1
    assert "60 / (1990 + 60) = 2.93%" in errors[0] and "consistent would be 2.9%" in errors[0]
    assert "跌3.4%" in errors[0] and "下跌60点" in errors[0] and "至1990点" in errors[0]


def test_the_wire_template_with_a_level_without_points_in_traditional_characters() -> None:
    # 120 / (18250 + 120) = 0.65 %
    text = "現時，恒生指數報18250，跌120點或跌{}%，主板成交逾300億元。"
    assert _read(text.format("0.7")) == [("120", "0.7", "18250")]
    assert not _errors(text.format("0.7"))
    errors = _errors(text.format("0.9"))
    assert len(errors) == 1 and "0.65%" in errors[0] and "consistent would be 0.7%" in errors[0]


def test_a_move_against_the_level_before_it() -> None:
    # 50 / 2500 = 2 %
    text = "该指数较上周五的2500点下跌50点，跌幅{}%。"
    assert _read(text.format("2.0")) == [("50", "2.0", "2500")]
    assert not _errors(text.format("2.0"))
    assert len(_errors(text.format("2.5"))) == 1


def test_a_percentage_in_brackets_after_the_move_against_last_week() -> None:
    # 41.27 / (3012.55 - 41.27) = 1.39 %
    text = "深证综指本周收于3012.55点，较上周上涨41.27点(+{}%)，成交额有所放大。"
    assert not _errors(text.format("1.39"))
    errors = _errors(text.format("1.93"))
    assert len(errors) == 1 and "1.39%" in errors[0]


def test_a_week_move_after_the_close() -> None:
    # 25.31 / (3050.12 + 25.31) = 0.82 %
    text = "上证指数收于3050.12点，周跌25.31点，跌幅{}%，成交额萎缩。"
    assert _read(text.format("0.82")) == [("25.31", "0.82", "3050.12")]
    assert not _errors(text.format("0.82"))
    assert len(_errors(text.format("0.92"))) == 1


def test_a_week_percentage_is_not_the_day_move() -> None:
    for text in (
        "该指数周五下跌50点，当日跌2.0%，至2450点；当周上涨8.5%。",
        "该指数收报2450点，跌50点，周涨8.5%。",
        "该指数收报2450点，跌50点，年内累计上涨8.5%。",
    ):
        assert not _errors(text), text


def test_another_subject_or_measure_ends_the_statement() -> None:
    for text in (
        "上证指数收于3000点，创业板指下跌30点，跌幅1.5%。",
        "恒生指数收报20000点，涨100点，成交额增长20%。",
        "恒生指数收报20000点，涨100点，同比上涨15%。",
        "恒生指数收报20000点，涨100点，腾讯涨5%。",
    ):
        assert not _read(text), text
        assert not _errors(text), text


def test_figures_of_the_day_course_are_not_read_here_nor_by_points() -> None:
    for text in (
        "恒生指数盘中一度跌300点，收报20000点，跌幅0.5%。",
        "恒生指数盘中一度跌300点，跌幅0.5%，收报20000点。",
        "恒生指数早盘最高报20300点，涨300点，涨幅0.5%。",
    ):
        assert not _read(text), text
        assert not _errors(text), text


def test_hedged_figures_are_not_read() -> None:
    for text in (
        "恒生指数涨300点，涨幅约0.5%，收报20000点。",
        "恒生指数涨300点，涨幅0.5%左右，收报20000点。",
        "恒生指数涨300点，涨幅0.5%，收报20000点关口上方。",
        "恒生指数涨逾300点，涨幅0.5%，收报20000点。",
    ):
        assert not _read(text), text


def test_a_statement_with_two_levels_or_two_moves_is_not_read() -> None:
    for text in (
        "指数收报2450点，跌50点，跌幅2.5%，较上周五的2500点下跌。",
        "指数跌50点，又跌30点，跌幅2.5%，收报2450点。",
    ):
        assert not _read(text), text


def test_opposite_directions_are_not_read_here() -> None:
    assert not _read("指数收报2450点，跌50点或升2%。")


def test_a_time_of_day_is_not_a_level() -> None:
    assert not _errors("截至10点，恒指涨100点，涨幅0.5%。")
    assert not _read("恒指至10点30分涨100点，涨幅0.5%。")


def test_thousands_separators_stay_inside_their_figure() -> None:
    # 536.10 / (22,870.36 + 536.10) = 2.29 %
    text = "纳斯达克指数收在22,870.36点，大跌536.10点，跌幅达{}%。"
    assert _read(text.format("2.29")) == [("536.10", "2.29", "22,870.36")]
    assert not _errors(text.format("2.29"))
    assert len(_errors(text.format("2.92"))) == 1


_TEMPLATES = (
    "{name}{verb}{move}点，当日{short}{pct}%，至{level}点。",
    "{name}报{level}，{short}{move}点或{short}{pct}%，成交放量。",
    "{name}收报{level}点，{short}{move}点或{pct}%。",
    "{name}{verb}{move}点({sign}{pct}%)，收于{level}点。",
    "{name}收于{level}点，较上周{verb}{move}点，{kind}{pct}%。",
)


@given(
    before=st.floats(min_value=500, max_value=40000),
    change=st.floats(min_value=-0.15, max_value=0.15).filter(lambda c: abs(c) > 0.001),
    template=st.sampled_from(_TEMPLATES),
    places=st.sampled_from((1, 2)),
    whole=st.booleans(),
)
def test_a_consistent_statement_never_raises_and_a_wrong_one_does(
    before: float, change: float, template: str, places: int, whole: bool
) -> None:
    digits = 0 if whole else 2
    before = round(before, digits)
    move = round(abs(before * change), digits)
    rises = change > 0
    level = before + move if rises else before - move
    pct = move / before * 100
    words = dict(
        name="某指数",
        verb="上涨" if rises else "下跌",
        short="涨" if rises else "跌",
        kind="涨幅" if rises else "跌幅",
        sign="+" if rises else "-",
        move=f"{move:.{digits}f}",
        level=f"{level:.{digits}f}",
    )
    right = template.format(pct=f"{pct:.{places}f}", **words)
    assert not _errors(right), right
    wrong = template.format(pct=f"{pct * 1.5 + 0.5:.{places}f}", **words)
    assert len(_errors(wrong)) == 1, wrong


_FRAGMENTS = (
    "恒生指数",
    "报",
    "收报",
    "至",
    "较上周五的",
    "上涨",
    "下跌",
    "升",
    "跌",
    "或",
    "涨幅",
    "当日",
    "周",
    "一度",
    "早盘",
    "点",
    "%",
    "(",
    ")",
    "+",
    "-",
    "0",
    "50",
    "50.00",
    "1,929",
    "3.5",
    "，",
    "。",
    "；",
    "约",
    "左右",
)


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30))
def test_any_arrangement_of_move_words_gives_a_clean_finding_list(parts: list[str]) -> None:
    report = check_text("".join(parts))
    assert all(f.message and f.snippet is not None for f in report.findings)
