from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.render.glyphs import missing_glyphs

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


def test_report_text_is_covered_and_emoji_is_not() -> None:
    assert missing_glyphs("沪深300下跌0.54%，（资料来源：IT之家）PE-TTM为34.48倍；±1σ") == []
    assert missing_glyphs("算力🚀再🚀加码😀") == ["🚀", "😀"]


@given(st.text(CJK, max_size=40))
def test_common_hanzi_are_all_covered(text: str) -> None:
    assert missing_glyphs(text) == []
