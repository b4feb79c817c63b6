import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check.normalise import _nfkc, normalise


def test_full_width_digits_and_extractor_spacing_are_normalised() -> None:
    assert normalise("沪深 300 下跌 ０.５４％，创业板指（-4.16 %）") == "沪深300下跌0.54%，创业板指(-4.16%)"


def test_markdown_emphasis_and_headings_are_dropped() -> None:
    assert normalise("## 2 市场行情回顾\n**光通信:** 康宁") == "2市场行情回顾\n光通信：康宁"


def test_digits_in_a_row_are_not_glued() -> None:
    assert "300 8.64" in normalise("跑输沪深300 8.64个百分点")


@given(st.text(alphabet="沪深300 ，,.%（）()上涨-4１２ab:：", max_size=40))
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


def test_traditional_text_reads_as_simplified_without_pinyin_glosses() -> None:
    text = "商貿零售指數(shù)報收2214.55點(diǎn),上漲0.44%,跑輸上證綜指0.42個百分點"
    assert normalise(text) == "商贸零售指数报收2214.55点，上涨0.44%，跑输上证综指0.42个百分点"


def test_simplified_text_is_left_alone_by_the_conversion() -> None:
    text = "医药生物(申万)下跌2.05%，乾坤(qián)未定"
    assert normalise(text) == text


def test_every_traditional_marker_is_converted() -> None:
    from sectorbrief.check.normalise import TRADITIONAL, simplified

    assert all(simplified(ch) != ch for ch in TRADITIONAL)


def test_a_latex_percentage_from_a_pdf_extractor_is_a_plain_one() -> None:
    """ae78ed26c4 (holdout5b): 本周中信煤炭行业收跌 $3.33\\%$ ,沪深300指数下跌 $0.57\\%$ ,跑输沪深300指数2.76个百分点."""
    from sectorbrief.check import check_text

    text = "本周中信煤炭行业收跌 $3.33\\%$ ,沪深300指数下跌 $0.57\\%$ ,跑输沪深300指数2.76个百分点。"
    assert "收跌3.33%" in normalise(text) and "下跌0.57%" in normalise(text)
    assert normalise(normalise(text)) == normalise(text)
    report = check_text(text)
    assert report.errors == () and [e.verified for e in report.extracted if e.kind == "excess"] == [True]
    assert normalise("成本 $x\\%$ 未知") == "成本$x\\%$未知"


def test_the_fast_nfkc_is_nfkc() -> None:
    """_nfkc replaces common full-width marks before NFKC and skips texts already NFKC: same result."""
    texts = [
        "申万通信行业指数下跌９.１７％，跑输沪深300（-0.54%）：排名第31位！",
        "本周上涨1.00%。",
        "ＣＰＯ　与ＮＰＯ；①②，㎡，ﬁ，e\u0301，\u3000（完）？",
        "電子（申万）：上漲2.1%",
        "",
    ]
    for text in texts:
        assert _nfkc(text) == unicodedata.normalize("NFKC", text), text


@given(
    st.text(alphabet="，：；（）！？\u3000０９ＡａＣ①㎡ﬁe\u0301\u0308\u3099か沪深300上涨.%()", max_size=30)
)
def test_the_fast_nfkc_is_nfkc_on_any_text(text: str) -> None:
    assert _nfkc(text) == unicodedata.normalize("NFKC", text)
