from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.periods import split_sentences
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.superlatives import siblings, superlatives


def test_a_board_said_to_fall_the_most_beside_one_that_fell_more() -> None:
    text = "子板块涨跌幅差异明显，航运上涨1.37%，公路货运跌幅最重达-3.01%，快递跌幅-4.08%。"
    findings = check_text(text).errors
    assert [f.kind for f in findings] == ["rank"]
    assert (
        "公路货运" in findings[0].message and "快递" in findings[0].message and "-4.08" in findings[0].message
    )


def test_the_superlative_that_holds_passes() -> None:
    text = "子板块涨跌幅差异明显，航运上涨1.37%，快递跌幅最重达-4.08%，公路货运跌幅-3.01%。"
    assert check_text(text).errors == ()


def test_a_leader_written_after_its_figure_is_read_and_equal_figures_pass() -> None:
    sentence = split_sentences(
        read_plain("银行板块涨3.75%领跑，传媒行业涨3.52%位列第二，房地产板块涨2.85%。")
    )[0]
    [(move, top)] = superlatives(sentence)
    assert (move.name, move.signed, top) == ("银行", 3.75, True)
    assert [s.name for s in siblings(sentence, (move.start, move.end))] == ["传媒", "房地产"]
    assert check_text("银行板块涨3.75%领跑，传媒行业涨3.75%。").errors == ()


def test_real_prose_without_a_contradiction_passes() -> None:
    """Real passages (财新, a 电力设备 weekly, a 通信 weekly) whose superlatives hold."""
    for text in (
        "多数医药二级板块本周累计录得涨幅。其中，生物制品大幅领涨，本周累计上涨6.29%；医药商业板块累计上2.92%。",
        "本周子板块中电池涨幅最大，上涨1.78%，光伏设备下跌1.93%，风电设备下跌3.54%，电网设备下跌0.40%。",
        "通信应用增值服务涨幅最大，达1.41%，通信终端及配件上涨0.68%，通信线缆及配套下跌2.43%。",
    ):
        assert check_text(text).errors == (), text


def test_other_periods_benchmarks_stocks_and_levels_are_not_siblings() -> None:
    for text in (
        "本周公路货运跌幅最大，下跌3.01%；年初至今快递下跌14.08%。",
        "公路货运跌幅最大，下跌3.01%，沪深300下跌4.08%。",
        "煤炭板块领涨，上涨3.60%，中国神华上涨5.12%，个股大有能源上涨53.13%。",
        "有色金属领涨，上涨3.20%，工业金属上涨5.10%。",
    ):
        assert check_text(text).errors == (), text


def test_a_superlative_naming_its_board_after_it_and_one_written_with_yi() -> None:
    assert check_text("涨幅最大的是银行板块，上涨3.75%，传媒行业涨3.52%，房地产板块涨2.85%。").errors == ()
    assert (
        len(check_text("涨幅最大的是银行板块，上涨3.75%，传媒行业涨4.52%，房地产板块涨2.85%。").errors) == 1
    )
    assert check_text("本周有色金属板块以5.01%的涨幅领涨，煤炭板块上涨4.39%。").errors == ()
    assert len(check_text("本周有色金属板块以5.01%的涨幅领涨，煤炭板块上涨6.39%。").errors) == 1


def test_a_leader_at_the_top_of_a_years_list_is_a_rise() -> None:
    """djyanbao (real): 稀土指数上涨101.55%，涨幅居首 is a rise, not a fall."""
    sentence = split_sentences(read_plain("综合2025年以来的情况看，稀土板块上涨101.55%，涨幅居首。"))[0]
    assert [(m.signed, top) for m, top in superlatives(sentence)] == [(101.55, True)]


def test_unknown_names_are_compared_only_as_boards_and_never_beside_stocks() -> None:
    assert check_text("公路货运跌幅最重达-3.01%，快递跌幅-4.08%。").errors == ()
    assert check_text("子板块中公路货运涨幅最大，上涨3.01%，顺丰控股上涨10.08%，航运上涨1.37%。").errors == ()


def test_siblings_given_by_a_fenbie_list() -> None:
    """c25: 乙和丙分别上涨a%和b% names two siblings, each with its own figure (not the first figure for the last name)."""
    clean = "本周煤炭行业上涨3.2%领涨，钢铁和有色金属分别上涨2.85%和1.21%。"
    assert check_text(clean).errors == ()
    errors = check_text("本周煤炭行业上涨3.2%领涨，钢铁和有色金属分别上涨3.85%和1.21%。").errors
    assert len(errors) == 1 and "钢铁" in errors[0].message and "+3.85%" in errors[0].message
    errors = check_text("本周银行行业4.85%的跌幅领跌，煤炭、钢铁分别下跌5.24%和5.36%。").errors
    assert len(errors) == 1 and "煤炭" in errors[0].message and "-5.24%" in errors[0].message
    # names and figures that do not pair up are no siblings
    assert check_text("本周煤炭行业上涨3.2%领涨，钢铁和有色金属分别上涨3.85%。").errors == ()


def test_a_figure_before_de_diefu_without_yi() -> None:
    """客车行业8.85%的跌幅领跌 reads as 以8.85%的跌幅领跌."""
    (sentence,) = split_sentences(read_plain("本周银行行业5.85%的跌幅领跌。"))
    ((move, top),) = superlatives(sentence)
    assert (move.name, move.signed, top) == ("银行", -5.85, False)
    assert check_text("本周银行行业5.85%的跌幅领跌，煤炭、钢铁分别下跌5.24%和5.36%。").errors == ()


@given(st.integers(1, 900), st.integers(1, 900), st.integers(1, 900))
def test_a_leader_beside_a_fenbie_list_is_an_error_exactly_when_a_sibling_rose_more(
    a: int, b: int, c: int
) -> None:
    text = f"本周煤炭行业上涨{a / 100:.2f}%领涨，钢铁和有色金属分别上涨{b / 100:.2f}%和{c / 100:.2f}%。"
    assert bool(check_text(text).errors) == (max(b, c) > a)
